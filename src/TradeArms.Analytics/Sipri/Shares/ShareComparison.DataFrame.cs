using Microsoft.Data.Analysis;

namespace TradeArms.Sipri;

public sealed partial record ShareComparison
{
    /// <summary>
    /// The rows as a DataFrame: <c>supplier</c> or <c>recipient</c> (name, or <c>Others</c>), <c>partners</c> (int),
    /// <c>first_tiv</c>, <c>first_share</c>, <c>first_rank</c>, <c>second_tiv</c>, <c>second_share</c>,
    /// <c>second_rank</c> and <c>rank_change</c> (TIV million, percent, ranks; null where undefined), then
    /// <c>first_status</c> and <c>second_status</c> (<see cref="Text.CodeText"/> of each window's volume:
    /// <c>reported</c>, <c>belowHalf</c>, <c>noDeliveries</c>), so a delivery under half a million is not a 0.
    /// </summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn(SecondShares.PartnerRole, Rows.Select(r => r.Partner?.Name ?? "Others")),
        new Int32DataFrameColumn("partners", Rows.Select(r => (int?)r.Partners)),
        new DoubleDataFrameColumn("first_tiv", Rows.Select(r => (double?)r.FirstVolume.Millions)),
        new DoubleDataFrameColumn("first_share", Rows.Select(r => r.FirstPercent)),
        new Int32DataFrameColumn("first_rank", Rows.Select(r => r.FirstRank)),
        new DoubleDataFrameColumn("second_tiv", Rows.Select(r => (double?)r.SecondVolume.Millions)),
        new DoubleDataFrameColumn("second_share", Rows.Select(r => r.SecondPercent)),
        new Int32DataFrameColumn("second_rank", Rows.Select(r => r.SecondRank)),
        new Int32DataFrameColumn("rank_change", Rows.Select(r => r.RankChange)),
        new StringDataFrameColumn("first_status", Rows.Select(r => Text.CodeText.Of(r.FirstVolume.Status))),
        new StringDataFrameColumn("second_status", Rows.Select(r => Text.CodeText.Of(r.SecondVolume.Status))));
}
