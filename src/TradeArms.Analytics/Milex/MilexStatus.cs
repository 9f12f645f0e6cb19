namespace TradeArms.Milex;

/// <summary>What a cell of SIPRI's military-expenditure workbook says, beside its number.</summary>
public enum MilexStatus
{
    /// <summary>A figure in black: SIPRI's data.</summary>
    Value,

    /// <summary>A figure in blue: a SIPRI estimate.</summary>
    Estimate,

    /// <summary>
    /// A figure in red: highly uncertain data. On the regional-totals sheet red means that more than 10% of the total
    /// consists of estimates for countries whose data are missing.
    /// </summary>
    Uncertain,

    /// <summary>The marker <c>. .</c> (stored as <c>...</c>): data unavailable. No number.</summary>
    Unavailable,

    /// <summary>The marker <c>xxx</c>: the country did not exist or was not independent during all or part of the year. No number.</summary>
    DidNotExist,
}
