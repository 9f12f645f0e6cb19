namespace TradeArms;

/// <summary>A figure of a bilateral trade table that can be both published and computed.</summary>
public enum TradeField
{
    /// <summary>Total trade (turnover): exports + imports.</summary>
    Total,

    /// <summary>Trade balance, reporter's view: exports - imports.</summary>
    Balance,
}
