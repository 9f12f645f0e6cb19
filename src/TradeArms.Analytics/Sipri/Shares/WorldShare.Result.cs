namespace TradeArms.Sipri;

public sealed partial record WorldShare : IAnalysisResult
{
    /// <summary>For example <c>Russia's share of world arms exports, 2017-2021</c>.</summary>
    public string Title => $"{Supplier.Name}'s share of world arms exports, {Window}";

    string IAnalysisResult.Window => Window.ToString();

    IReadOnlyList<string> IAnalysisResult.Notes => Notes;
}
