using System.Globalization;

namespace TradeArms;

/// <summary>
/// The prices a money amount is stated in: <em>current</em> prices (the prices of the year the amount belongs to,
/// as trade tables and IMF DOTS give them) or <em>constant</em> prices of a named base year (SIPRI's "constant (2023)
/// US$"). Amounts on different bases never combine: moving between them is an explicit call on a
/// <see cref="Deflator"/>. The default value is <see cref="Current"/>.
/// </summary>
public readonly record struct PriceBasis
{
    private PriceBasis(int? baseYear) => BaseYear = baseYear;

    /// <summary>Current prices: each year's amount in that year's prices.</summary>
    public static PriceBasis Current => default;

    /// <summary>Constant prices of <paramref name="baseYear"/>, e.g. constant (2023) prices.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1..9998.</exception>
    public static PriceBasis Constant(int baseYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(baseYear, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(baseYear, 9998);
        return new PriceBasis(baseYear);
    }

    /// <summary>The base year of constant prices; null for current prices.</summary>
    public int? BaseYear { get; }

    /// <summary>Are these current prices?</summary>
    public bool IsCurrent => BaseYear is null;

    /// <summary><c>current prices</c> or <c>constant (2023) prices</c>.</summary>
    public override string ToString() => BaseYear is { } y
        ? string.Create(CultureInfo.InvariantCulture, $"constant ({y:0000}) prices")
        : "current prices";
}
