using TradeArms.Register;

namespace TradeArms.Tests.Register;

public class DeliveryYearsTest
{
    private static int[] Years(DeliveryYears d) => [.. d.Years.Select(y => y.Year)];

    [Fact]
    public void Parse_SemicolonList_GivesSortedYearsAndKeepsText()
    {
        var d = DeliveryYears.Parse("1979; 1980; 1981");
        Assert.Equal([1979, 1980, 1981], Years(d));
        Assert.Equal("1979; 1980; 1981", d.Text);
        Assert.False(d.IsUncertain);
        Assert.Equal(1979, d.First!.Value.Year);
        Assert.Equal(1981, d.Last!.Value.Year);
    }

    [Fact]
    public void Parse_UnsortedWithDuplicates_SortsAndDeduplicatesButKeepsText()
    {
        var d = DeliveryYears.Parse("2012; 2010; 2012");
        Assert.Equal([2010, 2012], Years(d));
        Assert.Equal("2012; 2010; 2012", d.Text);
    }

    [Fact]
    public void Parse_Range_IsInclusive()
    {
        // 1960-1962 holds three years; a range and a single year mix.
        Assert.Equal([1960, 1961, 1962, 1965], Years(DeliveryYears.Parse("1960-1962; 1965")));
    }

    [Theory]
    [InlineData("1960?", new[] { 1960 })]
    [InlineData("?1960; 1961", new[] { 1960, 1961 })]
    [InlineData("1960-1961?", new[] { 1960, 1961 })]
    [InlineData("?", new int[0])]
    public void Parse_QuestionMark_MarksUncertain(string text, int[] expected)
    {
        var d = DeliveryYears.Parse(text);
        Assert.True(d.IsUncertain);
        Assert.Equal(expected, Years(d));
        Assert.False(d.IsEmpty);
    }

    [Fact]
    public void Parse_Empty_IsNone()
    {
        var d = DeliveryYears.Parse("");
        Assert.True(d.IsEmpty);
        Assert.Empty(d.Years);
        Assert.Null(d.First);
        Assert.Equal(DeliveryYears.None, d);
        Assert.True(default(DeliveryYears).IsEmpty);
        Assert.Empty(default(DeliveryYears).Years);
    }

    [Theory]
    [InlineData("1979; abc", "abc")]
    [InlineData("1981-1979", "1981-1979")]
    [InlineData("79", "79")]
    public void Parse_NotYears_ThrowsNamingThePart(string text, string part)
    {
        var e = Assert.Throws<FormatException>(() => DeliveryYears.Parse(text));
        Assert.Equal($"Expected delivery years such as '1979; 1980' or '1979-1981', found '{part}' in '{text}'.", e.Message);
        Assert.False(DeliveryYears.TryParse(text, out _));
    }

    [Fact]
    public void FromYears_WritesSipriStyle()
    {
        var d = DeliveryYears.FromYears([2008, 2007, 2008]);
        Assert.Equal("2007; 2008", d.Text);
        Assert.Equal(DeliveryYears.Parse("2007; 2008"), d);
        Assert.True(d.Contains(2008));
        Assert.False(d.Contains(2009));
        Assert.True(d.Overlaps(new YearRange(2008, 2020)));
        Assert.False(d.Overlaps(new YearRange(2009, 2020)));
    }

    [Theory]
    [InlineData("New", DealStatusKind.New)]
    [InlineData("Second hand", DealStatusKind.SecondHand)]
    [InlineData("second-hand", DealStatusKind.SecondHand)]
    [InlineData("Second hand but modernized", DealStatusKind.SecondHandModernized)]
    [InlineData("New and second hand", DealStatusKind.NewAndSecondHand)]
    [InlineData("Leased", DealStatusKind.Unrecognised)]
    public void DealStatus_Parse_RecognisesSipriTextsAndKeepsOthers(string text, DealStatusKind kind)
    {
        var status = DealStatus.Parse(text);
        Assert.Equal(kind, status.Kind);
        Assert.Equal(text, status.Text);
        Assert.Equal(kind != DealStatusKind.Unrecognised, status.IsRecognised);
    }
}
