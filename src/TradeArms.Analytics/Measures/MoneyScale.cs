namespace TradeArms;

/// <summary>The scale in which money amounts are stated (US$ <em>million</em>).</summary>
public enum MoneyScale
{
    /// <summary>Single currency units.</summary>
    Units = 0,

    /// <summary>Thousands (10^3).</summary>
    Thousands = 3,

    /// <summary>Millions (10^6).</summary>
    Millions = 6,

    /// <summary>Billions (10^9).</summary>
    Billions = 9,
}
