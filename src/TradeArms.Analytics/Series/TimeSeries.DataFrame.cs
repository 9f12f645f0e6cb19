using Microsoft.Data.Analysis;

namespace TradeArms;

public sealed partial class TimeSeries
{
    /// <summary>The series as a DataFrame: <c>period</c> (label), <c>period_start</c> (DateTime) and <c>value</c> (double, null when missing).</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("period", Periods.Select(p => p.ToString())),
        new DateTimeDataFrameColumn("period_start", Periods.Select(p => (DateTime?)p.Start.ToDateTime(TimeOnly.MinValue))),
        new DoubleDataFrameColumn("value", Values));
}
