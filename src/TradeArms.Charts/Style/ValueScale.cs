namespace TradeArms.Charts;

/// <summary>How a line chart draws its values (Our World in Data's grapher offers the same choices).</summary>
public enum ValueScale
{
    /// <summary>The values on a linear axis.</summary>
    Linear,

    /// <summary>The values on a base-10 logarithmic axis (equal distances are equal growth rates); values must be positive.</summary>
    Log,

    /// <summary>Relative change: each series as an index with the first common period = 100 (<see cref="Trend.IndexTo"/>).</summary>
    IndexToFirst,
}
