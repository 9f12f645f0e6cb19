namespace TradeArms.Sources;

/// <summary>The frequency of an observation (SDMX <c>FREQUENCY</c>, Comtrade <c>freqCode</c>).</summary>
public enum TradeFrequency
{
    /// <summary>Annual (<c>A</c>): the period is a calendar year.</summary>
    Annual,

    /// <summary>Quarterly (<c>Q</c>): <c>2020-Q1</c>.</summary>
    Quarterly,

    /// <summary>Monthly (<c>M</c>): <c>2020-01</c> (Comtrade: <c>202001</c>).</summary>
    Monthly,
}
