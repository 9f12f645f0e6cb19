namespace TradeArms;

public sealed partial record BalanceSummary : IAnalysisResult
{
    string IAnalysisResult.Title => ToString().Split('\n')[0].TrimEnd();

    Measure IAnalysisResult.Measure => Measure.Of(Unit);

    string IAnalysisResult.Window => Period.Span([.. Rows.Select(r => r.Period)]);

    IReadOnlyList<string> IAnalysisResult.Notes => [.. Rows.Where(r => !r.Notes.IsEmpty).Select(r => $"{r.Period}: {string.Join("; ", r.Notes)}")];
}
