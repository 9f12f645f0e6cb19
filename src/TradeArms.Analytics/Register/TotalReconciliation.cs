using System.Globalization;
using TradeArms.Sipri;

namespace TradeArms.Register;

/// <summary>
/// A total SIPRI printed in a TIV table, compared with the sum of the deliveries of the same release's Trade
/// Register that it covers.
/// </summary>
/// <remarks>
/// SIPRI rounds the printed total to a whole number from unrounded values, while each register row carries its TIV
/// rounded to two decimals, so a difference up to 0.5 + 0.005 × <see cref="Rows"/> is rounding. Beyond that, or when
/// one side shows deliveries and the other none, the figures disagree.
/// </remarks>
/// <param name="Total">The total as printed (<see cref="Tiv.NoDeliveries"/> for an empty cell or an actor the table does not list).</param>
/// <param name="Computed">The sum of the register's deliveries it covers.</param>
/// <param name="Rows">The number of register rows (deal-years) summed.</param>
public sealed record TotalReconciliation(PublishedTotal Total, Tiv Computed, int Rows)
{
    /// <summary>The largest difference rounding explains: 0.5 + 0.005 × rows.</summary>
    public double Tolerance => 0.5 + (0.005 * Rows);

    /// <summary>Printed total minus computed sum, in TIV millions.</summary>
    public double Difference => Total.Value.Millions - Computed.Millions;

    /// <summary>Do both sides agree on whether there were deliveries, and differ by no more than rounding?</summary>
    public bool WithinRounding => Total.Value.HasDeliveries == Computed.HasDeliveries && Math.Abs(Difference) <= Tolerance + 1e-9;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Total.Location} {Total.Side} {Total.Supplier?.Name ?? Total.Recipient?.Name ?? "world"} {(Total.Year is { } y ? y.ToString() : "all years")}: printed {Total.Value}, register sums to {Computed} ({Rows} rows, difference {Difference:0.##})");
}
