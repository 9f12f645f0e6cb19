namespace TradeArms.Tests.Periods;

public class PeriodTest
{
    [Fact]
    public void Parse_FourDigits_IsACalendarYear()
    {
        var p = Period.Parse("2011");
        Assert.Equal(PeriodKind.CalendarYear, p.Kind);
        Assert.Equal("2011", p.ToString());
        Assert.Equal(new DateOnly(2011, 1, 1), p.Start);
        Assert.Equal(new DateOnly(2011, 12, 31), p.End);
    }

    [Fact]
    public void Parse_FiscalLabelWithoutConvention_Throws()
    {
        var e = Assert.Throws<FormatException>(() => Period.Parse("2010-11"));
        Assert.Equal("'2010-11' is a fiscal year, but no fiscal-year convention was given (e.g. FiscalYearConvention.JulyToJune).", e.Message);
    }

    [Fact]
    public void Parse_FiscalLabelWithConvention_IsAFiscalYear()
    {
        var p = Period.Parse("2010-11", FiscalYearConvention.JulyToJune);
        Assert.Equal(PeriodKind.FiscalYear, p.Kind);
        Assert.Equal(new DateOnly(2010, 7, 1), p.Start);
        Assert.Equal("2010-11", p.ToString());
    }

    [Fact]
    public void CalendarYear_OfAFiscalPeriod_ThrowsAndPointsToAlignment()
    {
        Period p = new FiscalYear(2010, FiscalYearConvention.JulyToJune);
        var e = Assert.Throws<InvalidOperationException>(() => p.CalendarYear);
        Assert.Contains("ToCalendarYear(FiscalYearAlignment)", e.Message, StringComparison.Ordinal);
        Assert.Equal(new CalendarYear(2011), p.ToCalendarYear(FiscalYearAlignment.EndYear));
    }

    [Fact]
    public void CompareTo_FiscalAgainstCalendar_Throws()
    {
        Period fiscal = new FiscalYear(2010, FiscalYearConvention.JulyToJune);
        Period calendar = new CalendarYear(2011);
        Assert.NotEqual(fiscal, calendar);
        Assert.Throws<InvalidOperationException>(() => fiscal < calendar);
    }

    [Fact]
    public void FiscalYear2010_IsNotCalendarYear2010Or2011()
    {
        Period fiscal = new FiscalYear(2010, FiscalYearConvention.JulyToJune);
        Assert.NotEqual((Period)new CalendarYear(2010), fiscal);
        Assert.NotEqual((Period)new CalendarYear(2011), fiscal);
    }
}
