namespace TradeArms;

public sealed partial record MirrorComparison : IAnalysisResult
{
    string IAnalysisResult.Title => ToString().Split('\n')[0].TrimEnd();

    Measure IAnalysisResult.Measure => Measure.Of(Unit);

    string IAnalysisResult.Window => Period.Span([.. Rows.Select(r => r.Period)]);

    DataSource IAnalysisResult.Source => SecondSource;

    IReadOnlyList<string> IAnalysisResult.Notes => Notes;
}
