using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TradeArms.Text;

namespace TradeArms;

/// <summary>
/// An amount of money in a stated <see cref="MoneyUnit"/>, e.g. 183.57 US$ million. Amounts add and subtract only
/// within one unit; there is no operator with a bare number (so a plain <c>decimal</c> cannot slip in) and none with
/// <see cref="Tiv"/> (SIPRI's volume indicator is not money).
/// </summary>
public readonly record struct Money : IComparable<Money>, ISpanFormattable, ISpanParsable<Money>
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

    /// <summary>For example <c>183.57 US$ million</c>: the amount as published (its own decimals), invariant culture.</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// The amount as text. Formats: null, empty or <c>U</c>: the amount as published (its own decimals, <c>P</c>)
    /// with the unit, <c>183.57 US$ million</c>; <c>+U</c>: the same with an explicit sign on a positive amount; any
    /// other format is a <see cref="NumberText"/> format of the bare amount: <c>G</c> without trailing zeros (JSON,
    /// CSV), <c>P2</c> as published with at most two decimals (tables), <c>N0</c> whole with group separators,
    /// <c>+P</c> signed as balances are printed (<c>+21.15</c>, <c>-48.04</c>).
    /// </summary>
    /// <param name="format">The format (above).</param>
    /// <param name="formatProvider">The culture for separators; null for the invariant culture (not the current one).</param>
    /// <exception cref="FormatException">The format is not one of the above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "U" => NumberText.Format(Amount, "P", formatProvider) + " " + Unit,
        "+U" => NumberText.Format(Amount, "+P", formatProvider) + " " + Unit,
        _ => NumberText.Format(Amount, format, formatProvider),
    };

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)" />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        SpanText.TryWrite(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <summary>
    /// Reads an amount with its unit as <see cref="ToString(string?, IFormatProvider?)"/> writes it:
    /// <c>183.57 US$ million</c>, <c>-1,234.5 USD mn</c>, <c>+21.15 constant (2023) US$ million</c> (units as
    /// <see cref="MoneyUnit.Parse"/> reads them).
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number; null for the invariant culture.</param>
    /// <exception cref="FormatException">The text is not an amount followed by a unit.</exception>
    public static Money Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string, IFormatProvider?)" />
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => TryParse(s, provider, out var value) ? value
        : throw new FormatException($"Expected an amount and a unit such as '183.57 US$ million', found '{s}'.");

    /// <summary>Tries to read an amount (see <see cref="Parse(string, IFormatProvider?)"/>).</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result)
    {
        result = default;
        return s is not null && TryParse(s.AsSpan(), provider, out result);
    }

    /// <summary>Tries to read an amount (see <see cref="Parse(string, IFormatProvider?)"/>).</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result)
    {
        result = default;
        var t = s.Trim();
        var space = t.IndexOf(' ');
        if (space <= 0
            || !decimal.TryParse(t[..space], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands,
                provider ?? CultureInfo.InvariantCulture, out var amount)
            || Math.Abs(amount) > MaxAmount
            || !MoneyUnit.TryParse(t[(space + 1)..].ToString(), out var unit))
        {
            return false;
        }
        result = new Money(amount, unit);
        return true;
    }

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
