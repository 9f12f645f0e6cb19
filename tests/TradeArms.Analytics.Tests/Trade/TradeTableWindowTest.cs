namespace TradeArms.Tests.Trade;

/// <summary>The trade table's one window gate, on the shipped tables (Table 1 by July-June fiscal year, the DOTS pair).</summary>
public class TradeTableWindowTest
{
    [Fact]
    public void Table1_Years_RunFromTheFirstFiscalYearsStartToTheLastOnesEnd()
    {
        // FY2010-11 (July 2010 - June 2011) .. FY2014-15 (to June 2015).
        Assert.Equal(YearRange.Parse("2010-2015"), Datasets.PakistanRussiaTable1.Years);
    }

    [Fact]
    public void Within_KeepsThePeriodsLyingWhollyInTheWindow()
    {
        var within = Datasets.PakistanRussiaTable1.Within(YearRange.Parse("2011-2014"));
        // FY2011-12, 2012-13, 2013-14 lie within 2011-2014; FY2010-11 starts in 2010, FY2014-15 ends in 2015.
        Assert.Equal(["2011-12", "2012-13", "2013-14"], within.Rows.Select(r => r.Period.ToString()));
        // Balance measures over the window start with the window (cumulative balance of FY2011-12 alone).
        var summary = Balance.Summarise(within);
        Assert.Equal(within.Rows[0].Balance, summary.Rows[0].CumulativeBalance);
    }

    [Fact]
    public void Within_WindowOutsideTheData_IsRefusedOnce_WithTheYearsTheTableHolds()
    {
        var e = Assert.Throws<WindowOutsideDataException>(() => Datasets.PakistanRussiaTable1.Within(YearRange.Parse("2012-2016")));
        Assert.Equal("The window 2012-2016 is outside the data: the Pakistan-Russia table (2010-11..2014-15 (5 periods)) covers 2010-2015.", e.Message);
        Assert.Equal(YearRange.Parse("2010-2015"), e.Available);

        // The DOTS pair: Pakistan's report on Russia runs 1992-2020.
        var dots = Datasets.PakistanRussiaDots.Table(Actor.Find("Pakistan"), Actor.Find("Russia"));
        Assert.Equal(YearRange.Parse("1992-2020"), dots.Years);
        Assert.Equal(5, dots.Within(YearRange.Parse("2016-2020")).Rows.Length);
        Assert.Throws<WindowOutsideDataException>(() => dots.Within(YearRange.Parse("2019-2023")));
    }
}
