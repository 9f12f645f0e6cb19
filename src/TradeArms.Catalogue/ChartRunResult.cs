namespace TradeArms.Catalogue;

/// <summary>What a chart run did.</summary>
/// <param name="Written">Ids of charts rendered and written.</param>
/// <param name="Unchanged">Ids of charts skipped because their inputs and code did not change.</param>
/// <param name="ManifestPath">The path of <c>charts.json</c>.</param>
public sealed record ChartRunResult(IReadOnlyList<string> Written, IReadOnlyList<string> Unchanged, string ManifestPath)
{
    /// <summary>Why the previous <c>charts.json</c> was not used (damaged, or not written by TradeArms.Charts); null when it was, or there was none.</summary>
    public string? ManifestProblem { get; init; }
}
