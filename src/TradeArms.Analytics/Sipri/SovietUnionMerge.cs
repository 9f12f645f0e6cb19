namespace TradeArms.Sipri;

/// <summary>Which roles <see cref="ArmsTransfers.WithSovietUnionAsRussia(SovietUnionMerge)"/> merges.</summary>
public enum SovietUnionMerge
{
    /// <summary>
    /// The Soviet Union is Russia as supplier and as recipient: Russia's exports before 1992 are the Soviet Union's,
    /// and so are its imports (Russia's imports 1985-1995 then include the Soviet Union's).
    /// </summary>
    SuppliersAndRecipients,

    /// <summary>
    /// Only the Soviet Union's deliveries (exports) are counted as Russia's; as a recipient it stays separate. The merge
    /// arms-trade studies usually mean: Russia as the continuing supplier.
    /// </summary>
    SuppliersOnly,
}
