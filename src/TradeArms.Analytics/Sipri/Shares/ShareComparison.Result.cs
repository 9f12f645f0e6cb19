using System.Globalization;

namespace TradeArms.Sipri;

public sealed partial record ShareComparison : IAnalysisResult
{
    /// <summary>For example <c>India's arms imports by supplier, 2012-2016 vs 2017-2021 (TIV million)</c>.</summary>
    public string Title => string.Create(CultureInfo.InvariantCulture,
        $"{Subject.Name}'s arms {(Breakdown == ShareBreakdown.ImportsBySupplier ? "imports by supplier" : "exports by recipient")}, {First} vs {Second} ({Tiv.UnitLabel})");

    string IAnalysisResult.Window => $"{First} vs {Second}";

    IReadOnlyList<string> IAnalysisResult.Notes => Notes;
}
