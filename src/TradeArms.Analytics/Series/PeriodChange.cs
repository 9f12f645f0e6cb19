namespace TradeArms;

/// <summary>The change of a series from the previous period to <see cref="Period"/>.</summary>
/// <param name="Period">The period.</param>
/// <param name="Previous">The previous period (one year earlier).</param>
/// <param name="Absolute">Value minus previous value, in the series' measure; null when either is missing.</param>
/// <param name="Percent">The change in percent of the previous value; null when undefined (see <see cref="Reason"/>).</param>
/// <param name="Reason">Why a change is missing (e.g. "no value for 2011", "undefined from a previous value of 0").</param>
public sealed record PeriodChange(Period Period, Period Previous, double? Absolute, double? Percent, string? Reason);
