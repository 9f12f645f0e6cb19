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

    [Theory]
    [InlineData("2012-16", 2012, 2016)]
    [InlineData("2012/16", 2012, 2016)]
    [InlineData("2012–2016", 2012, 2016)]
    [InlineData("2012/2016", 2012, 2016)]
    [InlineData(" 2012 - 16 ", 2012, 2016)]
    [InlineData("1998-02", 1998, 2002)]
    [InlineData("2010-11", 2010, 2011)]
    public void Parse_WindowsAsEconomistsWriteThem(string text, int first, int last)
    {
        Assert.Equal(new YearRange(first, last), YearRange.Parse(text));
        Assert.Equal(new YearRange(first, last), ParseAs<YearRange>(text));
    }

    [Fact]
    public void ReadingOf_TwoConsecutiveYears_SaysItIsAWindowNotAFiscalYear()
    {
        Assert.Equal("'2010-11' was read as the 2-year window 2010-2011 (calendar years 2010 and 2011), not as a fiscal year.", YearRange.ReadingOf("2010-11"));
        Assert.Null(YearRange.ReadingOf("2012-16"));
        Assert.Null(YearRange.ReadingOf("2010-2011"));
        Assert.Null(YearRange.ReadingOf("nonsense"));
    }

    [Fact]
    public void IParsable_And_ISpanFormattable_RoundTrip()
    {
        var range = ParseAs<YearRange>("2017-21");
        Span<char> buffer = stackalloc char[16];
        Assert.True(range.TryFormat(buffer, out var written, default, null));
        Assert.Equal("2017-2021", buffer[..written].ToString());
        Assert.False(range.TryFormat(buffer[..5], out _, default, null));
        Assert.Equal("2017-2021", $"{range}");
        Assert.Equal("2017", string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:G}", new YearRange(2017, 2017)));
        Assert.Throws<FormatException>(() => range.ToString("X", null));
    }

    [Fact]
    public void Intersect_IsTheSharedYears_OrNull()
    {
        Assert.Equal(YearRange.Parse("1990-1992"), YearRange.Parse("1950-1992").Intersect(YearRange.Parse("1990-2021")));
        Assert.Equal(YearRange.Parse("2017-2021"), YearRange.Parse("1950-2021").Intersect(YearRange.Parse("2017-2021")));
        Assert.Null(YearRange.Parse("1950-1992").Intersect(YearRange.Parse("1993-2021")));
    }

    [Fact]
    public void LastYears_And_FirstYears()
    {
        Assert.Equal(YearRange.Parse("2017-2021"), YearRange.Parse("1950-2021").LastYears(5));
        Assert.Equal(YearRange.Parse("1992-2021"), YearRange.Parse("1950-2021").LastYears(30));
        Assert.Equal(YearRange.Parse("1950-1954"), YearRange.Parse("1950-2021").FirstYears(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => YearRange.Parse("2017-2021").LastYears(6));
        Assert.Throws<ArgumentOutOfRangeException>(() => YearRange.Parse("2017-2021").LastYears(0));
    }

    [Fact]
    public void Split_FromEnd_EndsWithTheRange_AndReportsTheRemainder()
    {
        var split = YearRange.Parse("1990-2021").Split(5, WindowAlignment.FromEnd);
        Assert.Equal(6, split.Windows.Length);
        Assert.Equal(YearRange.Parse("1992-1996"), split.Windows[0]);
        Assert.Equal(YearRange.Parse("2017-2021"), split.Windows[^1]);
        Assert.Equal(YearRange.Parse("1990-1991"), split.Remainder);
        Assert.Equal("1990-2021 does not divide into 5-year windows: 1990-1991 (2 years) is in no window (windows aligned to end with 2021).", split.Note);
    }

    [Fact]
    public void Split_FromStart_StartsWithTheRange_AndReportsTheRemainder()
    {
        var split = YearRange.Parse("1990-2021").Split(5, WindowAlignment.FromStart);
        Assert.Equal(YearRange.Parse("1990-1994"), split.Windows[0]);
        Assert.Equal(YearRange.Parse("2015-2019"), split.Windows[^1]);
        Assert.Equal(YearRange.Parse("2020-2021"), split.Remainder);
    }

    [Fact]
    public void Split_ExactMultiple_HasNoRemainder_BothAlignmentsAgree()
    {
        var range = YearRange.Parse("1992-2021");
        Assert.Null(range.Split(5, WindowAlignment.FromEnd).Remainder);
        Assert.Null(range.Split(5, WindowAlignment.FromEnd).Note);
        Assert.Equal(range.Split(5, WindowAlignment.FromStart).ToString(), range.Split(5, WindowAlignment.FromEnd).ToString());
        Assert.Equal("1992-1996, 1997-2001, 2002-2006, 2007-2011, 2012-2016, 2017-2021", range.Split(5, WindowAlignment.FromEnd).ToString());
        var shorter = YearRange.Parse("2019-2021").Split(5, WindowAlignment.FromEnd);
        Assert.Empty(shorter.Windows);
        Assert.Equal(YearRange.Parse("2019-2021"), shorter.Remainder);
    }

    private static T ParseAs<T>(string s) where T : IParsable<T> => T.Parse(s, System.Globalization.CultureInfo.GetCultureInfo("de-DE"));

    [Fact]
    public void Covering_IsTheSmallestRangeHoldingAll() =>
        Assert.Equal(YearRange.Parse("1992-2021"), YearRange.Covering([YearRange.Parse("2017-2021"), YearRange.Parse("1992-1996")]));
}
