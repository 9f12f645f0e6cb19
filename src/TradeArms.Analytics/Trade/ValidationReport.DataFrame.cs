using Microsoft.Data.Analysis;

namespace TradeArms;

public sealed partial record ValidationReport
{
    /// <summary>
    /// The discrepancies as a DataFrame: <c>period</c>, <c>field</c>, <c>published</c>, <c>computed</c>,
    /// <c>difference</c>, <c>tolerance</c>, <c>kind</c>, <c>line</c>.
    /// </summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("period", Discrepancies.Select(d => d.Period.ToString())),
        new StringDataFrameColumn("field", Discrepancies.Select(d => d.Field.ToString().ToLowerInvariant())),
        new DecimalDataFrameColumn("published", Discrepancies.Select(d => (decimal?)d.Published.Amount)),
        new DecimalDataFrameColumn("computed", Discrepancies.Select(d => (decimal?)d.Computed.Amount)),
        new DecimalDataFrameColumn("difference", Discrepancies.Select(d => (decimal?)d.Difference.Amount)),
        new DecimalDataFrameColumn("tolerance", Discrepancies.Select(d => (decimal?)d.Tolerance)),
        new StringDataFrameColumn("kind", Discrepancies.Select(d => d.Kind.ToString())),
        new Int32DataFrameColumn("line", Discrepancies.Select(d => d.SourceLine)));
}
