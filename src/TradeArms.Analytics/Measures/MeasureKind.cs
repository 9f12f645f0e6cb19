namespace TradeArms;

/// <summary>What kind of quantity a <see cref="Measure"/> is.</summary>
public enum MeasureKind
{
    /// <summary>Money in a currency and scale (US$ million).</summary>
    Money,

    /// <summary>SIPRI trend-indicator values (TIV million): a volume, not money.</summary>
    Tiv,

    /// <summary>Percent (a share of 46 means 46%, a change of -4.6 means -4.6%).</summary>
    Percent,

    /// <summary>An index number (base period = 100).</summary>
    Index,

    /// <summary>A pure ratio (coverage 1.13 means exports are 113% of imports).</summary>
    Ratio,
}
