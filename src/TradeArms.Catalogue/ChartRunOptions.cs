namespace TradeArms.Catalogue;

/// <summary>What <see cref="ChartRegenerator.Run"/> renders and where.</summary>
public sealed record ChartRunOptions
{
    /// <summary>The output folder (created when missing).</summary>
    public string OutputFolder { get; init; } = "charts";

    /// <summary>The formats to write.</summary>
    public ChartFormats Formats { get; init; } = ChartFormats.All;

    /// <summary>Only these chart ids; empty for all.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>Re-render charts whose inputs and code did not change.</summary>
    public bool Force { get; init; }

    /// <summary>The charts to run; null for <see cref="ChartCatalogue.For(ChartData)"/> (e.g. <see cref="ChartCatalogue.ForProfile"/> for a country's chart set).</summary>
    public IReadOnlyList<ChartDefinition>? Charts { get; init; }
}
