using System.Globalization;

namespace TradeArms;

public sealed partial record ValidationReport : IAnalysisResult
{
    /// <summary>For example <c>Pakistan-China trade (US$ million): published totals and balances against the computed ones</c>.</summary>
    public string Title => $"{Table.Reporter.Name}-{Table.Partner.Name} trade ({Table.Unit}): published totals and balances against the computed ones";

    Measure IAnalysisResult.Measure => Measure.Of(Table.Unit);

    string IAnalysisResult.Window => Period.Span([.. Table.Rows.Select(r => r.Period)]);

    DataSource IAnalysisResult.Source => Table.Source;

    IReadOnlyList<string> IAnalysisResult.Notes =>
    [
        IsConsistent
            ? string.Create(CultureInfo.InvariantCulture, $"All {FiguresChecked} published totals and balances agree within rounding.")
            : string.Create(CultureInfo.InvariantCulture, $"{Discrepancies.Count} of {FiguresChecked} published figures disagree beyond rounding; published figures are kept as published."),
        .. IsConsistent ? Array.Empty<string>() : ["Tolerance: the rounding the printed digits allow (half a unit of the last digit of each figure); tables show at most two decimals, CSV and JSON the exact values."],
    ];
}
