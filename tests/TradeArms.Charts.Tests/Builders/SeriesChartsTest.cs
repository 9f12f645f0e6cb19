using TradeArms.Charts.Tests.Infrastructure;

namespace TradeArms.Charts.Tests.Builders;

public class SeriesChartsTest
{
    private static TimeSeries Series(string name, params double[] values) => new(name, Measure.Of(MoneyUnit.UsDollarMillions), new DataSource("A test"),
        values.Select((v, i) => (Period.Of(new CalendarYear(2010 + i)), (double?)v)));

    [Fact]
    public void IndexToFirst_DrawsEachSeriesAsAnIndexOfTheFirstYear()
    {
        var plot = SeriesCharts.Lines([Series("Russia", 50, 100), Series("China", 200, 100)], "Relative change", ValueScale.IndexToFirst);
        var ys = plot.GetPlottables().OfType<ScottPlot.Plottables.Scatter>().Select(s => s.Data.GetScatterPoints().Select(p => p.Y).ToArray()).ToList();
        Assert.Equal([100.0, 200.0], ys[0]);
        Assert.Equal([100.0, 50.0], ys[1]);
        Assert.Equal("index, 2010 = 100", plot.Axes.Left.Label.Text);
    }

    [Fact]
    public void Log_DrawsLog10WithTickLabelsInTheMeasure()
    {
        var plot = SeriesCharts.Lines([Series("Russia", 10, 1000)], "Growth", ValueScale.Log);
        var ys = plot.GetPlottables().OfType<ScottPlot.Plottables.Scatter>().Single().Data.GetScatterPoints().Select(p => p.Y).ToArray();
        Assert.Equal([1.0, 3.0], ys);
        Assert.Equal("1,000", ((ScottPlot.TickGenerators.NumericAutomatic)plot.Axes.Left.TickGenerator).LabelFormatter(3));
        Assert.Throws<ArgumentException>(() => SeriesCharts.Lines([Series("Russia", 0, 10)], "Growth", ValueScale.Log));
    }

    [Fact]
    public void Lines_AreLabelledAtTheirEnds_AndTheYearAxisEndsAtTheData()
    {
        var plot = SeriesCharts.Lines([Series("Russia", 1, 2, 3), Series("China", 3, 2, 1)], "Two lines");
        var text = SvgText.Of(ChartImage.SvgBytes(plot, ChartSize.Standard));
        Assert.Contains("Russia", text);
        Assert.Contains("China", text);
        Assert.Equal(["China", "Russia"], plot.GetPlottables().OfType<ScottPlot.Plottables.Text>().Select(t => t.LabelText).Order(StringComparer.Ordinal));
        var years = plot.Axes.Bottom.TickGenerator.Ticks.Select(t => t.Label).ToList();
        Assert.Equal("2012", years[^1]);
        Assert.Equal(0, plot.Axes.GetLimits().Bottom); // non-negative values: the axis starts at zero
    }
}
