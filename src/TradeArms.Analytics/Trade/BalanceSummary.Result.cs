namespace TradeArms;

public sealed partial record BalanceSummary : IAnalysisResult
{
    Measure IAnalysisResult.Measure => Measure.Of(Unit);

    string IAnalysisResult.Window => Period.Span([.. Rows.Select(r => r.Period)]);

    IReadOnlyList<string> IAnalysisResult.Notes => [.. Rows.Where(r => !r.Notes.IsEmpty).Select(r => $"{r.Period}: {string.Join("; ", r.Notes)}."), .. DataNotes];
}
