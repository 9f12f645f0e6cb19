using System.Globalization;

namespace TradeArms;

/// <summary>
/// An amount of money in a stated <see cref="MoneyUnit"/>, e.g. 183.57 US$ million. Amounts add and subtract only
/// within one unit; there is no operator with a bare number (so a plain <c>decimal</c> cannot slip in) and none with
/// <see cref="Tiv"/> (SIPRI's volume indicator is not money).
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    /// <summary>
    /// The largest magnitude a reader accepts, 1e15 units of the stated scale (world trade is about 2.5e7 US$ million
    /// a year): a larger figure is a corrupted number, and sums of accepted amounts never overflow a decimal.
    /// </summary>
    public const decimal MaxAmount = 1_000_000_000_000_000m;

    /// <summary>Creates an amount.</summary>
    public Money(decimal amount, MoneyUnit unit)
    {
        if (unit.Currency is null)
        {
            throw new ArgumentException("The unit is not set: use e.g. MoneyUnit.UsDollarMillions.", nameof(unit));
        }
        Amount = amount;
        Unit = unit;
    }

    /// <summary>The amount in <see cref="Unit"/> (183.57 for US$ 183.57 million).</summary>
    public decimal Amount { get; }

    /// <summary>The currency and scale.</summary>
    public MoneyUnit Unit { get; }

    /// <summary>Creates an amount in US$ million.</summary>
    public static Money UsDollarMillions(decimal amount) => new(amount, MoneyUnit.UsDollarMillions);

    /// <summary>For example <c>183.57 US$ million</c>; invariant culture.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount} {Unit}");

    /// <summary>The sum of two amounts in the same unit.</summary>
    /// <exception cref="UnitMismatchException">The units differ.</exception>
    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount, Same(left, right, "+"));

    /// <summary>The difference of two amounts in the same unit.</summary>
    /// <exception cref="UnitMismatchException">The units differ.</exception>
    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount, Same(left, right, "-"));

    /// <summary>The negated amount.</summary>
    public static Money operator -(Money value) => new(-value.Amount, value.Unit);

    /// <summary>The sum of two amounts in the same unit.</summary>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>The difference of two amounts in the same unit.</summary>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>The negated amount.</summary>
    public static Money Negate(Money value) => -value;

    /// <inheritdoc />
    /// <exception cref="UnitMismatchException">The units differ.</exception>
    public int CompareTo(Money other) => Amount.CompareTo(new Money(other.Amount, Same(this, other, "compare")).Amount);

    /// <summary>Is the left amount smaller? Throws for different units.</summary>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Is the left amount larger? Throws for different units.</summary>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Is the left amount smaller or equal? Throws for different units.</summary>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Is the left amount larger or equal? Throws for different units.</summary>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    private static MoneyUnit Same(Money left, Money right, string operation) => left.Unit == right.Unit ? left.Unit
        : throw new UnitMismatchException($"Cannot {(operation == "compare" ? "compare" : "combine with '" + operation + "'")} {left} and {right}: the units differ ({left.Unit} vs {right.Unit}). Convert one of them first.");
}
