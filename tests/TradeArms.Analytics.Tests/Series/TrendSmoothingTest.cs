using static TradeArms.Tests.Series.SeriesFixtures;

namespace TradeArms.Tests.Series;

public class TrendSmoothingTest
{
    [Fact]
    public void MovingAverage_Trailing3_HandComputed()
    {
        // (1+2+3)/3 = 2 at 2012, (2+3+10)/3 = 5 at 2013; 2010 and 2011 lack a full window.
        var ma = Trend.MovingAverage(Calendar(2010, 1, 2, 3, 10), 3);
        Assert.Equal(new double?[] { null, null, 2.0, 5.0 }, ma.Values.ToArray());
        Assert.Equal("test, 3-year trailing moving average", ma.Name);
    }

    [Fact]
    public void MovingAverage_Centred3_HandComputed()
    {
        var ma = Trend.MovingAverage(Calendar(2010, 1, 2, 3, 10), 3, MovingAverageAlignment.Centred);
        Assert.Equal(new double?[] { null, 2.0, 5.0, null }, ma.Values.ToArray());
    }

    [Fact]
    public void MovingAverage_CentredEvenWindow_Throws() =>
        Assert.Throws<ArgumentException>(() => Trend.MovingAverage(Calendar(2010, 1, 2, 3, 4), 4, MovingAverageAlignment.Centred));

    [Fact]
    public void MovingAverage_MissingInWindow_IsMissing() =>
        Assert.Equal(new double?[] { null, null, null, null }, Trend.MovingAverage(Calendar(2010, 1, null, 3, 4), 3).Values.ToArray());

    [Fact]
    public void MovingAverage_WindowLargerThanData_IsAllMissing() =>
        Assert.All(Trend.MovingAverage(Calendar(2010, 1, 2), 5).Values, v => Assert.Null(v));

    [Fact]
    public void RollingSum_FiveYears_OfRussiaToIndia()
    {
        // 2012..2016: 3798 + 3853 + 1752 + 1993 + 1922 = 13318 (reported at 2016).
        var sums = Trend.RollingSum(RussiaToIndia(), 5);
        Assert.Equal(13318, sums[new CalendarYear(2016)]);
        Assert.Null(sums[new CalendarYear(2013)]);
    }

    [Fact]
    public void RollingSum_OfPercent_Throws()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Trend.RollingSum(Percent(2010, 10, 20), 2));
        Assert.Equal("A rolling sum adds values, but 'shares' is in %, which does not add up over years.", e.Message);
    }

    [Fact]
    public void IndexTo_BaseYearIsHundred()
    {
        var index = Trend.IndexTo(Calendar(2010, 50, 100, null, 25), new CalendarYear(2011));
        Assert.Equal(new double?[] { 50.0, 100.0, null, 25.0 }, index.Values.ToArray());
        Assert.Equal("index, 2011 = 100", index.Measure.Label);
    }

    [Fact]
    public void IndexTo_ZeroBase_Throws() =>
        Assert.Throws<ArgumentException>(() => Trend.IndexTo(Calendar(2010, 0, 1), new CalendarYear(2010)));

    [Fact]
    public void CompareWindows_SipriOneLiner()
    {
        // 2012-2016: 13318; 2017-2021: 1551 + 1322 + 1562 + 1241 + 1392 = 7068; (7068 - 13318) / 13318 = -46.93%.
        var comparison = Trend.CompareWindows(RussiaToIndia(), "2012-2016", "2017-2021");
        Assert.Equal(13318, comparison.FirstTotal);
        Assert.Equal(7068, comparison.SecondTotal);
        Assert.Equal(-46.928968313560596, comparison.PercentChange!.Value, 10);
    }

    [Fact]
    public void CompareWindows_WindowOutsideData_IsUndefined()
    {
        var comparison = Trend.CompareWindows(RussiaToIndia(), "2005-2009", "2017-2021");
        Assert.Null(comparison.PercentChange);
        Assert.Equal("a year of 2005-2009 is missing", comparison.Reason);
    }

    [Fact]
    public void CompareWindows_FiscalSeries_Throws()
    {
        var exports = Datasets.PakistanRussiaTable1.Series(TradeFlow.Exports);
        var e = Assert.Throws<InvalidOperationException>(() => Trend.CompareWindows(exports, "2010-2011", "2012-2013"));
        Assert.Contains("by fiscal year", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToCalendarYears_FiscalSeries_IsExplicit()
    {
        var exports = Datasets.PakistanRussiaTable1.Series(TradeFlow.Exports);
        var calendar = exports.ToCalendarYears(FiscalYearAlignment.EndYear);
        Assert.Equal("2011", calendar.Periods[0].ToString());
        Assert.Equal(183.57, calendar.Values[0]!.Value, 10);
        Assert.Contains("aligned by EndYear", calendar.Name, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => exports.ToCalendarYears(FiscalYearAlignment.LargerOverlap));
    }

    [Fact]
    public void TimeSeries_NaN_IsRejected() =>
        Assert.Throws<ArgumentException>(() => Calendar(2010, double.NaN));

    [Fact]
    public void TimeSeries_FiscalAndCalendarMixed_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new TimeSeries("mixed", Measure.TivMillions, Test,
            [(new CalendarYear(2010), 1.0), (new FiscalYear(2010, FiscalYearConvention.JulyToJune), 2.0)]));

    [Fact]
    public void TradeSeries_CarryTheTableUnit()
    {
        var balance = Datasets.PakistanRussiaTable1.Series(TradeFlow.Balance);
        Assert.Equal("US$ million", balance.Measure.Label);
        Assert.Equal(-69.86, balance.Values[2]!.Value, 10);
    }
}
