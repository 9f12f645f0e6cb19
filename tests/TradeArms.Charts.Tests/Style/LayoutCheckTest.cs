using ScottPlot;
using TradeArms.Charts.Tests.Infrastructure;

namespace TradeArms.Charts.Tests.Style;

/// <summary>The layout check itself: it passes a clean chart and fails each kind of broken one.</summary>
public class LayoutCheckTest
{
    private static Plot Styled()
    {
        var plot = new Plot();
        plot.Add.Scatter(new double[] { 2010, 2011, 2012 }, new double[] { 1, 3, 2 });
        HouseStyle.Apply(plot, new ChartText("A title", "TIV million", "Source: a test", "Year", "A subtitle"));
        HouseStyle.YearAxisToData(plot, 2010, 2012, bars: false);
        return plot;
    }

    [Fact]
    public void ACleanChart_HasNoProblems() => Assert.Empty(SvgLayout.Problems(ChartImage.SvgBytes(Styled(), ChartSize.Standard)));

    [Fact]
    public void ALabelRunningOutOfTheData_IsCaught()
    {
        var plot = Styled();
        plot.Add.Text("This label runs far out of the plot", 2012, 2);
        var problems = SvgLayout.Problems(ChartImage.SvgBytes(plot, ChartSize.Standard));
        Assert.Contains(problems, p => p.Contains("This label runs far out of the plot", StringComparison.Ordinal) && p.Contains("cut by its clip", StringComparison.Ordinal));
    }

    [Fact]
    public void ATextOffTheCanvas_IsCaught()
    {
        // A chart rendered without the house frame, its long title centred on a narrow canvas.
        var plot = new Plot();
        plot.Add.Scatter(new double[] { 1, 2 }, new double[] { 1, 2 });
        plot.Title("A title far too long for a chart two hundred pixels wide, centred and cut at both ends");
        var problems = SvgLayout.Problems(ChartImage.SvgBytes(plot, new ChartSize(200, 150)));
        Assert.Contains(problems, p => p.Contains("leaves the 200x150 canvas", StringComparison.Ordinal));
    }

    [Fact]
    public void OverlappingTexts_AreCaught()
    {
        var plot = Styled();
        plot.Add.Text("First", 2011, 2).LabelAlignment = Alignment.MiddleCenter;
        plot.Add.Text("Second", 2011, 2).LabelAlignment = Alignment.MiddleCenter;
        var problems = SvgLayout.Problems(ChartImage.SvgBytes(plot, ChartSize.Standard));
        Assert.Contains(problems, p => p.Contains("'First'", StringComparison.Ordinal) && p.Contains("overlaps 'Second'", StringComparison.Ordinal));
    }

    [Fact]
    public void ALegendInsideThePlot_IsCaught()
    {
        var plot = Styled();
        plot.GetPlottables().OfType<ScottPlot.Plottables.Scatter>().Single().LegendText = "Series in a legend box";
        plot.ShowLegend(Alignment.UpperLeft);
        var problems = SvgLayout.Problems(ChartImage.SvgBytes(plot, ChartSize.Standard));
        Assert.Contains(problems, p => p.Contains("Series in a legend box", StringComparison.Ordinal) && p.Contains("over the data", StringComparison.Ordinal));
    }

    [Fact]
    public void TheBoxes_AreMeasuredWithTheBundledFont()
    {
        var (_, _, texts, _) = SvgLayout.Read(ChartImage.SvgBytes(Styled(), ChartSize.Standard));
        var title = texts.Single(t => t.Text == "A title");
        // DejaVu Sans Bold at 17 px: "A title" advances 59 px (SKFont.MeasureText with the bundled font; the
        // renderer's own glyph positions in the SVG end at the same place).
        Assert.InRange(title.Box.Width, 58.5, 59.5);
        Assert.Equal(12, title.Box.Left, 0.01);
    }
}
