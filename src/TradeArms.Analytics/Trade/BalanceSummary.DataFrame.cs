using Microsoft.Data.Analysis;

namespace TradeArms;

public sealed partial record BalanceSummary
{
    /// <summary>
    /// The summary as a DataFrame: <c>period</c> (label), <c>exports</c>, <c>imports</c>, <c>balance</c>, <c>turnover</c>
    /// (decimal, in <see cref="Unit"/>), <c>coverage</c>, <c>normalised_balance</c> (double ratios), <c>export_share</c>,
    /// <c>import_share</c> (double, percent), <c>cumulative_balance</c> (decimal) and <c>notes</c>; missing values are
    /// null. The order is that of <c>tradearms trade summary --format csv</c>.
    /// </summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("period", Rows.Select(r => r.Period.ToString())),
        new DecimalDataFrameColumn("exports", Rows.Select(r => r.Exports?.Amount)),
        new DecimalDataFrameColumn("imports", Rows.Select(r => r.Imports?.Amount)),
        new DecimalDataFrameColumn("balance", Rows.Select(r => r.Balance?.Amount)),
        new DecimalDataFrameColumn("turnover", Rows.Select(r => r.Turnover?.Amount)),
        new DoubleDataFrameColumn("coverage", Rows.Select(r => r.Coverage)),
        new DoubleDataFrameColumn("normalised_balance", Rows.Select(r => r.NormalisedBalance)),
        new DoubleDataFrameColumn("export_share", Rows.Select(r => r.ExportShare)),
        new DoubleDataFrameColumn("import_share", Rows.Select(r => r.ImportShare)),
        new DecimalDataFrameColumn("cumulative_balance", Rows.Select(r => r.CumulativeBalance?.Amount)),
        new StringDataFrameColumn("notes", Rows.Select(r => string.Join("; ", r.Notes))));
}
