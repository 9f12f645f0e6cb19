namespace TradeArms.Sipri;

/// <summary>Which of SIPRI's printed totals a <see cref="PublishedTotal"/> is.</summary>
public enum TotalSide
{
    /// <summary>A recipient's imports from all suppliers (the <c>Total</c> row of a by-recipient table).</summary>
    RecipientImports,

    /// <summary>A supplier's exports to all recipients (the <c>Total</c> row of a by-exporter table).</summary>
    SupplierExports,

    /// <summary>One supplier-recipient pair over all years of a table (its <c>Total</c> column).</summary>
    Pair,

    /// <summary>All transfers in the world (the <c>Total</c> row of SIPRI's "all" table).</summary>
    World,
}
