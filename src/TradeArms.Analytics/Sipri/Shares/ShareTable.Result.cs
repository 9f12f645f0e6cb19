namespace TradeArms.Sipri;

public sealed partial record ShareTable : IAnalysisResult
{
    string IAnalysisResult.Window => Window.ToString();

    IReadOnlyList<string> IAnalysisResult.Notes => Notes;
}
