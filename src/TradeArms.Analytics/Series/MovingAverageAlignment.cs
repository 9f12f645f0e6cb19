namespace TradeArms;

/// <summary>Where a moving-average window sits relative to the period it is reported for.</summary>
public enum MovingAverageAlignment
{
    /// <summary>The period and the n - 1 periods before it (the usual choice for "5-year average to date").</summary>
    Trailing,

    /// <summary>The period in the middle of an odd window of n periods.</summary>
    Centred,
}
