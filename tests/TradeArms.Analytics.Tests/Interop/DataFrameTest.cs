using Microsoft.Data.Analysis;
using TradeArms.Sipri;

namespace TradeArms.Tests.Interop;

public class DataFrameTest
{
    [Fact]
    public void TradeTable_ToDataFrame_HasTypedNullableColumns()
    {
        var frame = Datasets.PakistanRussiaTable1.ToDataFrame();

        Assert.Equal(5, frame.Rows.Count);
        Assert.IsType<StringDataFrameColumn>(frame.Columns[BilateralTradeTable.Columns.Period]);
        Assert.IsType<DecimalDataFrameColumn>(frame.Columns[BilateralTradeTable.Columns.Exports]);
        Assert.Equal("2010-11", frame.Columns[BilateralTradeTable.Columns.Period][0]);
        Assert.Equal(183.57m, frame.Columns[BilateralTradeTable.Columns.Exports][0]);
        Assert.Equal(346.99m, frame.Columns[BilateralTradeTable.Columns.PublishedTotal][0]);
        Assert.Equal(345.99m, frame.Columns[BilateralTradeTable.Columns.Total][0]);
        Assert.Equal(new DateTime(2010, 7, 1), frame.Columns[BilateralTradeTable.Columns.PeriodStart][0]);
    }

    [Fact]
    public void TradeTable_FromDataFrame_RoundTrips()
    {
        var table = Datasets.PakistanRussiaTable1;
        var again = BilateralTradeTable.FromDataFrame(table.ToDataFrame(), table.Reporter, table.Partner, table.Unit, table.Source, FiscalYearConvention.JulyToJune);

        Assert.Equal(table.Rows.Select(r => (r.Period, r.Exports, r.Imports, r.PublishedTotal, r.PublishedBalance)),
            again.Rows.Select(r => (r.Period, r.Exports, r.Imports, r.PublishedTotal, r.PublishedBalance)));
    }

    [Fact]
    public void TradeTable_FromDataFrameWithoutImports_SaysWhichColumnIsMissing()
    {
        var frame = new DataFrame(new StringDataFrameColumn("period", ["2012"]), new DecimalDataFrameColumn("exports", [1m]));
        var e = Assert.Throws<ArgumentException>(() => BilateralTradeTable.FromDataFrame(frame, Actor.Find("PAK"), Actor.Find("RUS"), MoneyUnit.UsDollarMillions, new DataSource("t")));
        Assert.StartsWith("The DataFrame has no 'imports' column (it has: period, exports).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingValues_StayNullInTheDataFrame()
    {
        var table = TradeArms.Trade.BilateralTradeTableReader.Parse("# reporter: PAK\n# partner: RUS\n# unit: US$ million\nYear,Exports,Imports\n2012,,2\n", "m.csv");
        var frame = table.ToDataFrame();
        Assert.Null(frame.Columns[BilateralTradeTable.Columns.Exports][0]);
        Assert.Null(frame.Columns[BilateralTradeTable.Columns.Total][0]);
        Assert.Equal(1, frame.Columns[BilateralTradeTable.Columns.Exports].NullCount);
    }

    [Fact]
    public void ValidationReport_ToDataFrame_ListsDiscrepancies()
    {
        var frame = Datasets.PakistanRussiaTable1.Validate().ToDataFrame();
        Assert.Equal(3, frame.Rows.Count);
        Assert.Equal("balance", frame.Columns["field"][2]);
        Assert.Equal("signReversed", frame.Columns["kind"][2]);
        Assert.Equal(96.08m, frame.Columns["difference"][2]);
    }

    [Fact]
    public void ArmsTransfers_ToDataFrameAndBack_KeepsEveryObservationAndStatus()
    {
        var arms = Datasets.Sipri;
        var frame = arms.ToDataFrame();
        Assert.Equal(arms.Count, frame.Rows.Count);

        var again = ArmsTransfers.FromDataFrame(frame, arms.Source);
        Assert.Equal(arms.Observations.ToList(), again.Observations.ToList());
        Assert.Contains(again.Observations, o => o.Value.Status == TivStatus.BelowHalf);
    }

    [Fact]
    public void TivSeries_ToDataFrame_HasOneRowPerYearWithStatus()
    {
        var arms = Datasets.Sipri;
        var series = arms.Series(arms.Actor("Russia"), arms.Actor("India"), YearRange.Parse("2010-2014"));
        var frame = series.ToDataFrame();
        Assert.Equal(5, frame.Rows.Count);
        Assert.Equal(2012, frame.Columns["year"][2]);
        Assert.Equal(3798.0, frame.Columns["tiv"][2]);
        Assert.Equal("reported", frame.Columns["status"][2]);
    }
}
