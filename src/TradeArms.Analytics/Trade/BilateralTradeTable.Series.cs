namespace TradeArms;

public sealed partial class BilateralTradeTable
{
    /// <summary>
    /// One flow as a <see cref="TimeSeries"/> in the table's unit. Total and balance are the computed figures
    /// (null where exports or imports are missing); the published ones stay in the rows.
    /// </summary>
    public TimeSeries Series(TradeFlow flow)
    {
        var name = flow switch
        {
            TradeFlow.Exports => $"{Reporter} exports to {Partner}",
            TradeFlow.Imports => $"{Reporter} imports from {Partner}",
            TradeFlow.Total => $"{Reporter}-{Partner} total trade",
            TradeFlow.Balance => $"{Reporter} trade balance with {Partner}",
            _ => throw new ArgumentOutOfRangeException(nameof(flow), flow, "Unknown flow."),
        };
        return new TimeSeries(name, Measure.Of(Unit), Source, Rows.Select(r => (r.Period, ToDouble(flow switch
        {
            TradeFlow.Exports => r.Exports,
            TradeFlow.Imports => r.Imports,
            TradeFlow.Total => r.Total,
            _ => r.Balance,
        }))));
    }

    private static double? ToDouble(Money? value) => value is { } v ? (double)v.Amount : null;
}
