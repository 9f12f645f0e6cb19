using System.Globalization;
using Microsoft.Data.Analysis;

namespace TradeArms.Trade;

public sealed partial record PublishedStatementsReport : IAnalysisResult
{
    /// <summary>For example <c>statements.tsv: published statements checked at printed precision</c>.</summary>
    public string Title => $"{System.IO.Path.GetFileName(Path)}: published statements checked at printed precision";

    /// <summary>The figures as the file prints them (it states no unit).</summary>
    Measure IAnalysisResult.Measure => Measure.MoneyAsStated("as printed in the file");

    string IAnalysisResult.Window => "";

    DataSource IAnalysisResult.Source => new(System.IO.Path.GetFileName(Path), null, null, Path);

    IReadOnlyList<string> IAnalysisResult.Notes =>
    [
        string.Create(CultureInfo.InvariantCulture, $"{Statements} published statements, {Checks.Length} figures checked at printed precision, {Inconsistencies.Count()} inconsistent, {Unchecked.Length} clauses not checkable."),
        "Tolerance: half a unit of the figure's last printed digit plus the rounding of the figures it is computed from; tables show at most two decimals, CSV and JSON the exact values.",
        .. Unchecked.Select(u => string.Create(CultureInfo.InvariantCulture, $"Not checked: line {u.Line}: '{u.Statement}': {u.Reason}")),
    ];

    /// <summary>
    /// Every figure checked, as a DataFrame: <c>line</c>, <c>period</c>, <c>statement</c>, <c>field</c>,
    /// <c>published</c>, <c>computed</c>, <c>difference</c>, <c>tolerance</c> (decimal, as printed) and
    /// <c>consistent</c>: the columns of <c>tradearms validate --format csv</c> on a published-statements file.
    /// </summary>
    public DataFrame ToDataFrame() => new(
        new Int32DataFrameColumn("line", Checks.Select(c => (int?)c.Line)),
        new StringDataFrameColumn("period", Checks.Select(c => c.Period)),
        new StringDataFrameColumn("statement", Checks.Select(c => c.Statement)),
        new StringDataFrameColumn("field", Checks.Select(c => c.Field)),
        new DecimalDataFrameColumn("published", Checks.Select(c => (decimal?)c.Published)),
        new DecimalDataFrameColumn("computed", Checks.Select(c => (decimal?)c.Computed)),
        new DecimalDataFrameColumn("difference", Checks.Select(c => (decimal?)c.Difference)),
        new DecimalDataFrameColumn("tolerance", Checks.Select(c => (decimal?)c.Tolerance)),
        new BooleanDataFrameColumn("consistent", Checks.Select(c => (bool?)c.IsConsistent)));
}
