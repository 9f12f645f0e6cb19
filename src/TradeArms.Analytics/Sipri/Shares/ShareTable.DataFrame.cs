using Microsoft.Data.Analysis;

namespace TradeArms.Sipri;

public sealed partial record ShareTable
{
    /// <summary>
    /// The rows (top N and "others", or every partner) as a DataFrame: <c>rank</c> (int, null for "others"),
    /// <c>supplier</c> or <c>recipient</c> (the partner's name, or <c>Others</c>), <c>partners</c> (int: 1, or the
    /// number grouped), <c>tiv</c> (double, TIV million), <c>share</c> (double, percent; null when undefined) and
    /// <c>status</c> (<see cref="Text.CodeText"/> of the volume: <c>reported</c>, <c>belowHalf</c>, <c>noDeliveries</c>).
    /// Window, measure and source stay on this table.
    /// </summary>
    public DataFrame ToDataFrame() => new(
        new Int32DataFrameColumn("rank", Rows.Select(r => r.Rank)),
        new StringDataFrameColumn(PartnerRole, Rows.Select(r => r.Partner?.Name ?? "Others")),
        new Int32DataFrameColumn("partners", Rows.Select(r => (int?)r.Partners)),
        new DoubleDataFrameColumn("tiv", Rows.Select(r => (double?)r.Volume.Millions)),
        new DoubleDataFrameColumn("share", Rows.Select(r => r.Percent)),
        new StringDataFrameColumn("status", Rows.Select(r => Text.CodeText.Of(r.Volume.Status))));
}
