using Microsoft.Data.Analysis;
using TradeArms.Text;

namespace TradeArms;

public sealed partial record ValidationReport
{
    /// <summary>
    /// The discrepancies as a DataFrame: <c>period</c>, <c>field</c>, <c>published</c>, <c>computed</c>,
    /// <c>difference</c> (decimal, in the table's unit), <c>kind</c> (<c>arithmetic</c> or <c>signReversed</c>), <c>line</c>
    /// (of the source file) and <c>tolerance</c> (the rounding allowed).
    /// </summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("period", Discrepancies.Select(d => d.Period.ToString())),
        new StringDataFrameColumn("field", Discrepancies.Select(d => d.Field.ToString().ToLowerInvariant())),
        new DecimalDataFrameColumn("published", Discrepancies.Select(d => (decimal?)d.Published.Amount)),
        new DecimalDataFrameColumn("computed", Discrepancies.Select(d => (decimal?)d.Computed.Amount)),
        new DecimalDataFrameColumn("difference", Discrepancies.Select(d => (decimal?)d.Difference.Amount)),
        new StringDataFrameColumn("kind", Discrepancies.Select(d => CodeText.Of(d.Kind))),
        new Int32DataFrameColumn("line", Discrepancies.Select(d => d.SourceLine)),
        new DecimalDataFrameColumn("tolerance", Discrepancies.Select(d => (decimal?)d.Tolerance)));
}
