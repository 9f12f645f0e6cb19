namespace TradeArms.FactSheets;

public sealed partial class FactSheet : IAnalysisResult
{
    /// <summary>For example <c>Trends in international arms transfers, 2017-2021 vs 2012-2016</c>.</summary>
    public string Title => $"Trends in international arms transfers, {Second} vs {First}";

    Measure IAnalysisResult.Measure => Measure;

    string IAnalysisResult.Window => $"{First} vs {Second}";

    IReadOnlyList<string> IAnalysisResult.Notes => [];
}
