namespace TradeArms.Sipri;

/// <summary>Which flow a <see cref="ShareTable"/> breaks down, and so what its partners are.</summary>
public enum ShareBreakdown
{
    /// <summary>A recipient's imports, by supplier: each supplier's share of what the recipient received.</summary>
    ImportsBySupplier,

    /// <summary>A supplier's exports, by recipient: each market's share of what the supplier delivered.</summary>
    ExportsByRecipient,
}
