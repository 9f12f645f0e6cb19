namespace TradeArms.Tests.Periods;

public class FiscalYearTest
{
    private static readonly FiscalYearConvention JulyJune = FiscalYearConvention.JulyToJune;

    [Theory]
    [InlineData("2010-11")]
    [InlineData("2010/11")]
    [InlineData("2010-2011")]
    [InlineData("FY2010-11")]
    [InlineData("FY2011")]
    [InlineData("FY11")]
    [InlineData("fy 2011")]
    [InlineData(" 2010 - 11 ")]
    public void Parse_AnyCommonLabel_GivesJuly2010ToJune2011(string text)
    {
        var fy = FiscalYear.Parse(text, JulyJune);

        Assert.Equal(2010, fy.StartYear);
        Assert.Equal(2011, fy.EndYear);
        Assert.Equal(new DateOnly(2010, 7, 1), fy.Start);
        Assert.Equal(new DateOnly(2011, 6, 30), fy.End);
        Assert.Equal("2010-11", fy.ToString());
    }

    [Fact]
    public void Parse_TwoDigitFyInThe1990s_UsesThe1900s() =>
        Assert.Equal("1998-99", FiscalYear.Parse("FY99", JulyJune).ToString());

    [Fact]
    public void ToString_CenturyTurn_PrintsTwoDigits() =>
        Assert.Equal("1999-00", new FiscalYear(1999, JulyJune).ToString());

    [Theory]
    [InlineData("2010-12")]
    [InlineData("2010-2012")]
    [InlineData("2010")]
    [InlineData("10-11")]
    [InlineData("FY")]
    [InlineData("")]
    public void TryParse_NotAFiscalYear_ReturnsFalse(string text) =>
        Assert.False(FiscalYear.TryParse(text, JulyJune, out _));

    [Fact]
    public void Parse_NonConsecutiveYears_SaysWhatWasExpected()
    {
        var e = Assert.Throws<FormatException>(() => FiscalYear.Parse("2010-12", JulyJune));
        Assert.Equal("Expected a fiscal year of two consecutive years such as '2010-11', found '2010-12'.", e.Message);
    }

    [Fact]
    public void End_AprilToMarch_IsLastDayOfMarch()
    {
        var fy = new FiscalYear(2020, FiscalYearConvention.AprilToMarch);
        Assert.Equal(new DateOnly(2020, 4, 1), fy.Start);
        Assert.Equal(new DateOnly(2021, 3, 31), fy.End);
    }

    [Fact]
    public void ToCalendarYear_EndAndStartRules_AreExplicit()
    {
        var fy = new FiscalYear(2010, JulyJune);
        Assert.Equal(new CalendarYear(2011), fy.ToCalendarYear(FiscalYearAlignment.EndYear));
        Assert.Equal(new CalendarYear(2010), fy.ToCalendarYear(FiscalYearAlignment.StartYear));
    }

    [Fact]
    public void ToCalendarYear_LargerOverlapOfJulyJune_ThrowsBecauseItIsATie()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new FiscalYear(2010, JulyJune).ToCalendarYear(FiscalYearAlignment.LargerOverlap));
        Assert.Contains("6 months in 2010 and 6 in 2011", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToCalendarYear_LargerOverlap_PicksTheYearWithMoreMonths()
    {
        Assert.Equal(new CalendarYear(2020), new FiscalYear(2020, FiscalYearConvention.AprilToMarch).ToCalendarYear(FiscalYearAlignment.LargerOverlap));
        Assert.Equal(new CalendarYear(2021), new FiscalYear(2020, FiscalYearConvention.OctoberToSeptember).ToCalendarYear(FiscalYearAlignment.LargerOverlap));
    }

    [Fact]
    public void CompareTo_DifferentConventions_Throws()
    {
        var pakistan = new FiscalYear(2010, JulyJune);
        var india = new FiscalYear(2010, FiscalYearConvention.AprilToMarch);
        Assert.NotEqual(pakistan, india);
        Assert.Throws<InvalidOperationException>(() => pakistan < india);
    }

    [Fact]
    public void CompareTo_SameConvention_OrdersByStartYear()
    {
        Assert.True(new FiscalYear(2010, JulyJune) < new FiscalYear(2011, JulyJune));
        Assert.Equal(new FiscalYear(2011, JulyJune), new FiscalYear(2010, JulyJune).PlusYears(1));
    }

    [Fact]
    public void Convention_JanuaryStart_IsRejectedAsACalendarYear() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYearConvention(1));

    [Theory]
    [InlineData("July", 7)]
    [InlineData("jul", 7)]
    [InlineData("7", 7)]
    [InlineData("July-June", 7)]
    [InlineData("April", 4)]
    [InlineData("OCT", 10)]
    public void ConventionParse_MonthNamesAndNumbers_IgnoringCulture(string text, int month) =>
        Assert.Equal(month, FiscalYearConvention.Parse(text).StartMonth);

    [Fact]
    public void ConventionToString_JulyToJune_UsesEnglishMonthNamesUnderAnyCulture() =>
        Assert.Equal("July-June", FiscalYearConvention.JulyToJune.ToString());
}
