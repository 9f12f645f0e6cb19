using static TradeArms.Tests.Series.SeriesFixtures;

namespace TradeArms.Tests.Series;

public class TrendChangeTest
{
    [Fact]
    public void YearOnYear_HandComputed()
    {
        // 100 -> 150: +50, +50%; 150 -> 120: -30, -20%.
        var changes = Trend.YearOnYear(Calendar(2010, 100, 150, 120));
        Assert.Equal(2, changes.Count);
        Assert.Equal((50.0, 50.0), (changes[0].Absolute!.Value, changes[0].Percent!.Value));
        Assert.Equal(-30, changes[1].Absolute!.Value, 12);
        Assert.Equal(-20, changes[1].Percent!.Value, 12);
        Assert.Null(changes[1].Reason);
    }

    [Fact]
    public void YearOnYear_FromZero_IsMissingWithAReasonNeverInfinity()
    {
        var change = Trend.YearOnYear(Calendar(2010, 0, 5))[0];
        Assert.Equal(5, change.Absolute);
        Assert.Null(change.Percent);
        Assert.Equal("percent change undefined from a value of 0 in 2010", change.Reason);
    }

    [Fact]
    public void YearOnYear_MissingValue_IsMissingWithTheYearNamed()
    {
        var changes = Trend.YearOnYear(Calendar(2010, 1, null, 3));
        Assert.All(changes, c => Assert.Null(c.Absolute));
        Assert.Equal("no value for 2011", changes[0].Reason);
        Assert.Equal("no value for 2011", changes[1].Reason);
    }

    [Fact]
    public void YearOnYear_GapInPeriods_ComparesWithTheYearBeforeNotThePreviousPoint()
    {
        var series = new TimeSeries("gap", Measure.TivMillions, Test, [(new CalendarYear(2010), 1.0), (new CalendarYear(2012), 2.0)]);
        var change = Assert.Single(Trend.YearOnYear(series));
        Assert.Equal("the series has no period 2011", change.Reason);
    }

    [Fact]
    public void YearOnYear_FromNegative_UsesTheAbsoluteBase()
    {
        // Balance -100 -> -50: +50, an improvement of 50% of the size of the deficit.
        var balance = new TimeSeries("balance", Measure.Of(MoneyUnit.UsDollarMillions), Test, [(new CalendarYear(2010), -100.0), (new CalendarYear(2011), -50.0)]);
        Assert.Equal(50, Trend.YearOnYear(balance)[0].Percent);
    }

    [Fact]
    public void YearOnYear_SinglePoint_IsEmpty() => Assert.Empty(Trend.YearOnYear(Calendar(2010, 5)));

    [Fact]
    public void Cagr_HandComputed()
    {
        // 100 -> 121 over two years: sqrt(1.21) - 1 = 10% per year.
        var rate = Trend.Cagr(Calendar(2010, 100, 110, 121), new CalendarYear(2010), new CalendarYear(2012));
        Assert.Equal(2, rate.Years);
        Assert.Equal(10, rate.PercentPerYear!.Value, 10);
    }

    [Fact]
    public void Cagr_RussiaToIndia2010To2021_MatchesIndependentComputation()
    {
        // python3: ((1392 / 2294) ** (1 / 11) - 1) * 100 = -4.439834576458946
        var rate = Trend.Cagr(RussiaToIndia(), YearRange.Parse("2010-2021"));
        Assert.Equal(-4.439834576458946, rate.PercentPerYear!.Value, 10);
    }

    [Theory]
    [InlineData(0.0, 5.0, "start value 0 is not positive")]
    [InlineData(-10.0, 5.0, "start value -10 is not positive")]
    [InlineData(10.0, -5.0, "end value -5 is negative")]
    public void Cagr_UndefinedEndpoints_GiveAReason(double start, double end, string reason)
    {
        var rate = Trend.Cagr(Calendar(2010, start, 1, end), new CalendarYear(2010), new CalendarYear(2012));
        Assert.Null(rate.PercentPerYear);
        Assert.Equal(reason, rate.Reason);
    }

    [Fact]
    public void Cagr_EndAtZero_IsMinusHundred() =>
        Assert.Equal(-100, Trend.Cagr(Calendar(2010, 10, 0), new CalendarYear(2010), new CalendarYear(2011)).PercentPerYear);

    [Fact]
    public void Cagr_MissingEndpoint_IsUndefined() =>
        Assert.Equal("no value for 2011", Trend.Cagr(Calendar(2010, 10, null), new CalendarYear(2010), new CalendarYear(2011)).Reason);

    [Fact]
    public void Cagr_PeriodOutsideSeries_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => Trend.Cagr(Calendar(2010, 1, 2), new CalendarYear(2010), new CalendarYear(2015)));
        Assert.StartsWith("'test' has no period 2015; it covers 2010..2011.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cagr_EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentException>(() => Trend.Cagr(Calendar(2010, 1, 2), new CalendarYear(2011), new CalendarYear(2010)));

    [Fact]
    public void Cagr_FiscalTable_CountsFiscalYears()
    {
        // Table 1 exports 2010-11 183.57 -> 2014-15 183.84 over 4 years: (183.84/183.57)^(1/4) - 1 = 0.03676%.
        var exports = Datasets.PakistanRussiaTable1.Series(TradeFlow.Exports);
        var rate = Trend.Cagr(exports, exports.Periods[0], exports.Periods[^1]);
        Assert.Equal(4, rate.Years);
        Assert.Equal((Math.Pow(183.84 / 183.57, 0.25) - 1) * 100, rate.PercentPerYear!.Value, 10);
    }
}
