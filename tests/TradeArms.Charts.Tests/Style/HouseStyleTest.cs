using ScottPlot;

namespace TradeArms.Charts.Tests.Style;

public class HouseStyleTest
{
    [Theory]
    [InlineData(2011.0, "2011")]
    [InlineData(1999.6, "2000")]
    [InlineData(1950.0, "1950")]
    public void FormatYear_HasNoThousandsSeparatorInAnyCulture(double value, string expected) => Assert.Equal(expected, HouseStyle.FormatYear(value));

    [Fact]
    public void PeriodAxisLabel_NamesTheFiscalYearConvention()
    {
        Assert.Equal("Fiscal year (July-June)", HouseStyle.PeriodAxisLabel([Period.Parse("2010-11", FiscalYearConvention.JulyToJune)]));
        Assert.Equal("Year", HouseStyle.PeriodAxisLabel([Period.Of(new CalendarYear(2011))]));
    }

    [Fact]
    public void Palette_GivesEachActorTheSameColourInEveryChart()
    {
        Assert.Equal(Palette.ForActor("Russia"), Palette.ForActor("russia"));
        Assert.NotEqual(Palette.ForActor("Russia"), Palette.ForActor("Soviet Union"));
        Assert.NotEqual(Palette.ForActor("Russia"), Palette.ForActor("China"));
        Assert.Equal(Palette.ForActor("Atlantis"), Palette.ForActor("Atlantis"));
    }

    [Fact]
    public void Palette_NamedActorsUseOkabeIto()
    {
        // Okabe and Ito (2008): colours distinguishable under the common colour-vision deficiencies.
        string[] okabeIto = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"];
        foreach (var name in new[] { "Russia", "United States", "China", "France", "Israel", "United Kingdom", "Germany" })
        {
            Assert.Contains(Palette.ForActor(name).ToHex().ToUpperInvariant()[..7], okabeIto);
        }
    }

    [Fact]
    public void Apply_SetsTitleAxisLabelsAndACaption()
    {
        var plot = new Plot();
        plot.Add.Scatter(new double[] { 2010, 2011 }, new double[] { 1, 2 });
        HouseStyle.Apply(plot, new ChartText("Title", "TIV million", "Source: SIPRI", "Year"));
        Assert.Equal("TIV million", plot.Axes.Left.Label.Text);
        Assert.Equal("Year", plot.Axes.Bottom.Label.Text);
        Assert.Contains("Source: SIPRI", System.Text.Encoding.UTF8.GetString(ChartImage.SvgBytes(plot, ChartSize.Standard)), StringComparison.Ordinal);
    }
}
