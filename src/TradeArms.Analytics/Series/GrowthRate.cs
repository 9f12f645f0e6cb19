using System.Globalization;

namespace TradeArms;

/// <summary>
/// A compound annual growth rate between two periods: (end / start)^(1 / years) - 1, in percent per year.
/// </summary>
/// <param name="From">The start period.</param>
/// <param name="To">The end period.</param>
/// <param name="Years">The number of years between them (To minus From).</param>
/// <param name="Start">The start value, null when missing.</param>
/// <param name="End">The end value, null when missing.</param>
/// <param name="PercentPerYear">The rate in percent per year; null when undefined (see <see cref="Reason"/>).</param>
/// <param name="Reason">Why the rate is undefined; null when it is defined.</param>
public sealed record GrowthRate(Period From, Period To, int Years, double? Start, double? End, double? PercentPerYear, string? Reason)
{
    /// <inheritdoc />
    public override string ToString() => PercentPerYear is { } r
        ? string.Create(CultureInfo.InvariantCulture, $"CAGR {From}..{To}: {r:0.##}% per year")
        : $"CAGR {From}..{To}: undefined ({Reason})";
}
