namespace TradeArms;

/// <summary>A fitted trend value with the confidence band of the fitted mean, for charting.</summary>
/// <param name="Period">The period.</param>
/// <param name="Observed">The observed value; null when missing.</param>
/// <param name="Fitted">The trend value.</param>
/// <param name="Lower">The lower bound of the confidence band of the mean.</param>
/// <param name="Upper">The upper bound of the confidence band of the mean.</param>
public sealed record FittedPoint(Period Period, double? Observed, double Fitted, double Lower, double Upper);
