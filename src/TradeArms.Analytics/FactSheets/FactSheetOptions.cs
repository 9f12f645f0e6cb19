namespace TradeArms.FactSheets;

/// <summary>How many exporters, importers and partners a <see cref="FactSheet"/> lists, and which actors are ranked.</summary>
public sealed record FactSheetOptions
{
    /// <summary>The number of exporters and of importers listed (SIPRI's fact sheets list 10 with shares, 25 in tables). Default 10.</summary>
    public int Top { get; init; } = 10;

    /// <summary>The number of main partners listed for each top exporter and importer. Default 3.</summary>
    public int Partners { get; init; } = 3;

    /// <summary>
    /// The kinds of actor that are ranked. SIPRI ranks states (historical states included); non-state actors,
    /// organisations and unknown suppliers or recipients count in the world total but are not ranked. Default: states.
    /// </summary>
    public IReadOnlySet<ActorKind> RankedKinds { get; init; } = new HashSet<ActorKind> { ActorKind.State, ActorKind.HistoricalState };

    /// <summary>The defaults: top 10, 3 partners each, states ranked.</summary>
    public static FactSheetOptions Default { get; } = new();
}
