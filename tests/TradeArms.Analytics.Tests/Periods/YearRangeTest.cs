namespace TradeArms.Tests.Periods;

public class YearRangeTest
{
    [Fact]
    public void Parse_FiveYearWindow_IsInclusive()
    {
        var window = YearRange.Parse("2017-2021");
        Assert.Equal(5, window.Count);
        Assert.True(window.Contains(new CalendarYear(2017)));
        Assert.True(window.Contains(new CalendarYear(2021)));
        Assert.False(window.Contains(new CalendarYear(2022)));
        Assert.Equal([2017, 2018, 2019, 2020, 2021], window.Select(y => y.Year));
        Assert.Equal("2017-2021", window.ToString());
    }

    [Fact]
    public void Previous_OfSipriWindow_IsThePrecedingFiveYears() =>
        Assert.Equal(YearRange.Parse("2012-2016"), YearRange.Parse("2017-2021").Previous());

    [Fact]
    public void Next_OfWindow_IsTheFollowingWindow() =>
        Assert.Equal(YearRange.Parse("2022-2026"), YearRange.Parse("2017-2021").Next());

    [Fact]
    public void Parse_SingleYear_IsAOneYearRange() => Assert.Equal(1, YearRange.Parse("2012").Count);

    [Theory]
    [InlineData("2021-2017")]
    [InlineData("2017-")]
    [InlineData("17-21")]
    [InlineData("2017 to 2021")]
    public void TryParse_Malformed_ReturnsFalse(string text) => Assert.False(YearRange.TryParse(text, out _));

    [Fact]
    public void Constructor_LastBeforeFirst_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearRange(2021, 2017));

    [Fact]
    public void CalendarYear_ToString_HasNoThousandsSeparator() => Assert.Equal("2011", new CalendarYear(2011).ToString());
}
