using Microsoft.Data.Analysis;
using TradeArms.Text;

namespace TradeArms.Sipri;

public sealed partial class TivSeries
{
    /// <summary>
    /// The series as a DataFrame: <c>year</c> (int), <c>tiv</c> (double, TIV million; 0 for no deliveries and for
    /// under 0.5, null for a year in which the actor did not exist) and <c>status</c> (<see cref="Text.CodeText"/>: <c>didNotExist</c>,
    /// <c>noDeliveries</c>, <c>belowHalf</c>, <c>reported</c>), so the distinction survives.
    /// </summary>
    public DataFrame ToDataFrame() => new(
        new Int32DataFrameColumn("year", Years.Select(y => (int?)y.Year)),
        new DoubleDataFrameColumn("tiv", Values.Select(v => v.Existed ? v.Millions : (double?)null)),
        new StringDataFrameColumn("status", Values.Select(v => CodeText.Of(v.Status))));
}
