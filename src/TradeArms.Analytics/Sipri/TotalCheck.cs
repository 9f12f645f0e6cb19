using System.Globalization;

namespace TradeArms.Sipri;

/// <summary>
/// A SIPRI total compared with the sum of the cells it covers. SIPRI rounds each cell to a whole number, and the
/// total from unrounded values, so a sum of n cells may differ from the total by up to (n + 1)/2 without any error.
/// </summary>
/// <param name="Total">The total as printed.</param>
/// <param name="Sum">The sum of the printed cells it covers.</param>
/// <param name="Cells">The number of non-empty cells summed.</param>
public sealed record TotalCheck(PublishedTotal Total, Tiv Sum, int Cells)
{
    /// <summary>The largest difference rounding explains: (cells + 1) / 2.</summary>
    public double Tolerance => (Cells + 1) / 2.0;

    /// <summary>Printed total minus the sum of the cells.</summary>
    public double Difference => Total.Value.Millions - Sum.Millions;

    /// <summary>Does the difference stay within rounding?</summary>
    public bool WithinRounding => Math.Abs(Difference) <= Tolerance + 1e-9;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Total.Location} {Total.Side} {Total.Supplier?.Name ?? "all"} -> {Total.Recipient?.Name ?? "all"} {(Total.Year is { } y ? y.ToString() : "all years")}: printed {Total.Value.Millions}, cells sum to {Sum.Millions} ({Cells} cells, tolerance {Tolerance})");
}
