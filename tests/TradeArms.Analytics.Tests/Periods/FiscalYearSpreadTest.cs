using TradeArms.Trade;

namespace TradeArms.Tests.Periods;

public class FiscalYearSpreadTest
{
    [Theory]
    [InlineData("", "Jan-Dec")]
    [InlineData("Jul-Jun", "Jul-Jun")]
    [InlineData("Apr-Mar", "Apr-Mar")]
    [InlineData("Till: 1957 Apr-Mar, 1958: Apr-Jun, From 1959: Jul-Jun", "until 1957: Apr-Mar, 1958: Apr-Jun (15 months), from 1959: Jul-Jun")]
    [InlineData("Till: 2008 Jan-Dec, 2009: Jan-Jun, From 2010: Jul-Jun", "until 2008: Jan-Dec, 2009: Jan-Jun (18 months), from 2010: Jul-Jun")]
    [InlineData("Till: 2014 Jan-Dec, 2015: Jan-Jul, From 2016: Aug-Jul", "until 2014: Jan-Dec, 2015: Jan-Jul (19 months), from 2016: Aug-Jul")]
    [InlineData("Till: 2001 Jul-Jun, 2002: Jul-Dec, From 2003: Jan-Dec", "until 2001: Jul-Jun, 2002: Jul-Dec (6 months), from 2003: Jan-Dec")]
    [InlineData("Till: 1973 Jul-Jun, From 1974 Till: 1990 Jan-Dec, From 1991: Oct-Sep", "until 1973: Jul-Jun, 1974-1990: Jan-Dec, from 1991: Oct-Sep")]
    [InlineData("Till: 2000 Apr-Mar, From 2001: Mar-Feb", "until 2000: Apr-Mar, from 2001: Mar-Feb")]
    public void History_ParsesSipriColumn(string text, string expected) =>
        Assert.Equal(expected, FiscalYearHistory.Parse(text).ToString());

    [Theory]
    [InlineData("See footnote", "Expected a fiscal year such as 'Jul-Jun', or a history such as 'Till: 1957 Apr-Mar, 1958: Apr-Jun, From 1959: Jul-Jun', found 'See footnote'.")]
    [InlineData("Jul-Dec", "Expected a span of twelve months such as 'Jul-Jun', found 'Jul-Dec'.")]
    [InlineData("Till: 1957 Apr-Mar, 1958: Apr-Sep, From 1959: Jul-Jun", "Expected the transitional year 1958 to end the month before the next fiscal year starts, found 'Till: 1957 Apr-Mar, 1958: Apr-Sep, From 1959: Jul-Jun'.")]
    [InlineData("Till: 1957 Apr-Mar, From 1959: Jul-Jun", "Expected the stretches of a fiscal-year history in order, each starting the year after the previous one ends, found 'Till: 1957 Apr-Mar, From 1959: Jul-Jun'.")]
    [InlineData("Till: 1957 Apr-Mar, From 1958: Jul-Dec", "Expected a span of twelve months outside a single transitional year, found 'Till: 1957 Apr-Mar, From 1958: Jul-Dec'.")]
    public void History_BadText_ExactMessage(string text, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => FiscalYearHistory.Parse(text)).Message);

    [Fact]
    public void AprilMarch_HandComputed()
    {
        // CY 2024 = 3/12 x FY 2023 + 9/12 x FY 2024 = 30 + 90 = 120; 2023 and 2025 are partial.
        var s = FiscalYearSpread.ToCalendarYears([(2023, 120.0), (2024, 120.0)], FiscalYearHistory.Parse("Apr-Mar"));
        Assert.Equal([2024], s.Values.Keys);
        Assert.Equal(120, s.Values[2024], 12);
        Assert.Equal("Jan 2023 lies in no fiscal year of the data (partial year)", s.Undefined[2023]);
        Assert.Equal("Apr 2025 lies in no fiscal year of the data (partial year)", s.Undefined[2025]);
        Assert.Equal([(2023, 3, 12), (2024, 9, 12)], s.Contributions[2024]);
    }

    [Fact]
    public void OctoberSeptember_AnyStartMonth_HandComputed()
    {
        // CY 2021 = 9/12 x 400 + 3/12 x 800 = 300 + 200 = 500.
        var s = FiscalYearSpread.ToCalendarYears([(2020, 400.0), (2021, 800.0)], FiscalYearHistory.Of(FiscalYearConvention.OctoberToSeptember));
        Assert.Equal(500, s.Values[2021], 12);
        var feb = FiscalYearSpread.ToCalendarYears([(2020, 120.0), (2021, 240.0)], FiscalYearHistory.Of(new FiscalYearConvention(2)));
        Assert.Equal(10 + 11 * 20, feb.Values[2021], 12); // January from FY 2020 (10), February-December from FY 2021 (11 x 20)
    }

    [Fact]
    public void TransitionalYear_Pakistan1958_SpreadOver15Months()
    {
        // SIPRI's own figures: FY 1957 708, FY 1958 (Apr 1958-Jun 1959) 1011, FY 1959 976 (million rupees);
        // its calendar sheet prints 783.6 for 1958 and 892.4 for 1959.
        var s = FiscalYearSpread.ToCalendarYears([(1957, 708.0), (1958, 1011.0), (1959, 976.0)],
            FiscalYearHistory.Parse("Till: 1957 Apr-Mar, 1958: Apr-Jun, From 1959: Jul-Jun"));
        Assert.Equal(783.6, s.Values[1958], 9); // 3/12 x 708 + 9/15 x 1011
        Assert.Equal(892.4, s.Values[1959], 9); // 6/15 x 1011 + 6/12 x 976
    }

    [Fact]
    public void MissingFigure_Overlap_AndGap_AreUndefined()
    {
        var s = FiscalYearSpread.ToCalendarYears([(2020, 1.0), (2021, null), (2022, 1.0)], FiscalYearHistory.Parse("Jul-Jun"));
        Assert.Equal("FY 2021, which holds Jul 2021, has no figure", s.Undefined[2021]);
        Assert.Equal("FY 2021, which holds Jan 2022, has no figure", s.Undefined[2022]);
        var overlap = FiscalYearSpread.ToCalendarYears([(2000, 12.0), (2001, 12.0), (2002, 12.0)], FiscalYearHistory.Parse("Till: 2000 Apr-Mar, From 2001: Mar-Feb"));
        Assert.Equal("Mar 2001 lies in both FY 2000 and FY 2001", overlap.Undefined[2001]);
        Assert.Equal(12, overlap.Values[2002], 12);
    }

    [Fact]
    public void FiscalYear_ToCalendarYear_EvenSpread_Throws() =>
        Assert.Equal("FY 2010-11 (July-June) is spread over 2010 and 2011 under EvenSpread, not put against one calendar year: convert the whole series with TimeSeries.ToCalendarYears or FiscalYearSpread.ToCalendarYears.",
            Assert.Throws<InvalidOperationException>(() => new FiscalYear(2010, FiscalYearConvention.JulyToJune).ToCalendarYear(FiscalYearAlignment.EvenSpread)).Message);

    [Fact]
    public void Table1_PakistanRussia_EvenSpread()
    {
        // The shipped Table 1 (Pakistan's July-June fiscal years, US$ million): calendar 2011 = (183.57 + 189.61) / 2.
        var table = BilateralTradeTableReader.Read(TradeArms.Tests.Infrastructure.RepositoryRoot.Combine("data", "trade", "pakistan-russia-table1.tsv"));
        var series = table.Series(TradeFlow.Exports).ToCalendarYears(FiscalYearAlignment.EvenSpread);
        Assert.Equal((183.57 + 189.61) / 2, series[new CalendarYear(2011)]!.Value, 9);
        Assert.Equal((189.61 + 207.31) / 2, series[new CalendarYear(2012)]!.Value, 9);
        Assert.Null(series[new CalendarYear(2010)]); // January-June 2010 lie before FY 2010-11
        Assert.True(series.Contains(new CalendarYear(2010)));
        Assert.Equal("US$ million", series.Measure.Label);
    }
}
