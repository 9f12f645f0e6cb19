namespace TradeArms;

/// <summary>A flow of a bilateral trade table, reporter's view.</summary>
public enum TradeFlow
{
    /// <summary>The reporter's exports to the partner.</summary>
    Exports,

    /// <summary>The reporter's imports from the partner.</summary>
    Imports,

    /// <summary>Exports + imports (turnover), computed.</summary>
    Total,

    /// <summary>Exports - imports, computed.</summary>
    Balance,
}
