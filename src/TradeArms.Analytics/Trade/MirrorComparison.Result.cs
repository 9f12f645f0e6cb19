namespace TradeArms;

public sealed partial record MirrorComparison : IAnalysisResult
{
    Measure IAnalysisResult.Measure => Measure.Of(Unit);

    string IAnalysisResult.Window => Period.Span([.. Rows.Select(r => r.Period)]);

    DataSource IAnalysisResult.Source => SecondSource;

    IReadOnlyList<string> IAnalysisResult.Summary =>
    [
        "By exporter = the exporter's report of its exports (FOB); by importer = the importer's report of its imports (CIF); gap = by importer - by exporter, gap (%) of the exporter's figure; ratio = by importer / by exporter.",
    ];

    IReadOnlyList<string> IAnalysisResult.Notes =>
    [
        Convention,
        .. Notes,
        .. FirstSource.Citation == SecondSource.Citation ? Array.Empty<string>() : [$"{First.Name}'s figures: {FirstSource.Citation.TrimEnd('.')}."],
    ];
}
