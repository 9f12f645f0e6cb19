using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace TradeArms.Charts;

/// <summary>
/// The one theme of TradeArms charts: bundled font, white background, light grid, title, value-axis label with the
/// measure, source caption under the plot, integer year ticks (<c>2011</c>, never <c>2,011</c>) and fiscal-year labels
/// (<c>2010-11</c>). Readable at 800x500 and 1600x1000.
/// </summary>
public static class HouseStyle
{
    /// <summary>
    /// Applies the theme and the words to a plot: bold title and grey subtitle above the plot, the measure on the value
    /// axis, a footer with the source under it (all three wrap to the chart's width when rendered by
    /// <see cref="ChartImage"/>), no minor ticks, no top or right frame.
    /// </summary>
    public static void Apply(Plot plot, ChartText text)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(text);
        ChartFonts.EnsureRegistered();
        plot.Font.Set(ChartFonts.Family);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Color.FromHex("#E8E8E8");
        plot.Grid.MinorLineWidth = 0;
        plot.Axes.Color(Color.FromHex("#444444"));
        plot.Axes.Title.IsVisible = false;
        plot.YLabel(text.ValueAxis, 13);
        plot.XLabel(text.PeriodAxis, 13);
        plot.Axes.Left.Label.Bold = false;
        plot.Axes.Bottom.Label.Bold = false;
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left, plot.Axes.Top, plot.Axes.Right })
        {
            axis.TickLabelStyle.FontSize = 12;
            axis.MinorTickStyle.Length = 0;
        }
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        // Room for half of the last year's tick label when the axis ends at the data.
        plot.Axes.Right.MinimumSize = 24;
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = FormatValue, MinorTickGenerator = new EvenlySpacedMinorTickGenerator(0) };
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { LabelFormatter = FormatValue, MinorTickGenerator = new EvenlySpacedMinorTickGenerator(0) };
        // Title, subtitle and footer are drawn by ChartImage around the plot, left-aligned and wrapped to the
        // chart's width (ScottPlot has no subtitle, and its axis labels neither wrap nor stack reliably).
        ChartLayout.Attach(plot, new ChartLayout(text));
        plot.Legend.FontName = ChartFonts.Family;
        plot.Legend.FontSize = 12;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowOffset = new PixelOffset(0, 0);
        plot.Legend.ShadowColor = Colors.Transparent;
        UseHouseFont(plot);
    }

    private static void Quiet(IAxis axis)
    {
        axis.TickGenerator = new EmptyTickGenerator();
        axis.FrameLineStyle.Width = 0;
        axis.MajorTickStyle.Length = 0;
        axis.MinorTickStyle.Length = 0;
    }

    /// <summary>
    /// Labels a series directly at its right end (the grapher's default): the label is placed when the chart is
    /// rendered, dodged from the others; when the labels cannot be placed without colliding, a legend at the right
    /// (outside the data) lists them instead.
    /// </summary>
    internal static void LabelEnd(Plot plot, string text, double x, double y, Color color)
    {
        var layout = ChartLayout.Of(plot) ?? throw new InvalidOperationException("Apply the house style before labelling ends.");
        layout.Labels.Add(new EndLabel(text, x, y, color));
    }

    /// <summary>
    /// Years on the bottom axis that end at the data: the axis runs from the first to the last year (half a year
    /// more on each side for bars), ticks count back from the last year, so no year after the data is drawn.
    /// </summary>
    internal static void YearAxisToData(Plot plot, int first, int last, bool bars)
    {
        var step = last - first <= 8 ? 1 : last - first <= 16 ? 2 : last - first <= 40 ? 5 : last - first <= 80 ? 10 : 20;
        var ticks = new List<Tick>();
        for (var year = last; year >= first; year -= step)
        {
            ticks.Insert(0, new Tick(year, FormatYear(year)));
        }
        plot.Axes.Bottom.TickGenerator = new NumericManual([.. ticks]);
        var pad = bars ? 0.5 : 0;
        plot.Axes.SetLimitsX(first - pad, last + pad);
        if (ChartLayout.Of(plot) is { } layout)
        {
            layout.DataX = (first - pad, last + pad);
        }
    }

    /// <summary>Categories 0..n-1 on the bottom axis that end at the data (for direct labels after the last one).</summary>
    internal static void CategoryAxisToData(Plot plot, int count, double pad)
    {
        plot.Axes.SetLimitsX(-pad, count - 1 + pad);
        if (ChartLayout.Of(plot) is { } layout)
        {
            layout.DataX = (-pad, count - 1 + pad);
        }
    }

    /// <summary>A value axis from zero (bars and areas of non-negative values) to a little above the largest value.</summary>
    internal static void ZeroBasedY(Plot plot, double max, IYAxis? axis = null)
    {
        var top = max > 0 && double.IsFinite(max) ? max * 1.08 : 1;
        if (axis is null)
        {
            plot.Axes.SetLimitsY(0, top);
        }
        else
        {
            plot.Axes.SetLimitsY(0, top, axis);
        }
    }

    /// <summary>Places what depends on the pixel size (footer wrapping, direct labels); called before every render.</summary>
    internal static void Prepare(Plot plot, ChartSize size)
    {
        UseHouseFont(plot);
        ChartLayout.Of(plot)?.Prepare(plot, size);
    }

    // Labels that plottables draw themselves (bar values, text) take the default font of the moment they were made:
    // set the house font on them at styling and again just before rendering, so no label falls back to a system font.
    internal static void UseHouseFont(Plot plot)
    {
        ChartFonts.EnsureRegistered();
        foreach (var plottable in plot.GetPlottables())
        {
            switch (plottable)
            {
                case ScottPlot.Plottables.BarPlot bars:
                    bars.ValueLabelStyle.FontName = ChartFonts.Family;
                    break;
                case ScottPlot.Plottables.Text text:
                    text.LabelStyle.FontName = ChartFonts.Family;
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>
    /// Shows a legend in the house position, for charts whose series cannot be labelled directly: a panel at the
    /// right of the data (never over it), one item a line, no box or shadow.
    /// </summary>
    public static void ShowLegend(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowColor = Colors.Transparent;
        // Room above the first item and below the last: the legend's clip never cuts a label's ascent or descent.
        plot.Legend.Padding = new PixelPadding(8, 8, 10, 10);
        plot.ShowLegend(Edge.Right);
    }

    /// <summary>Calendar years on the bottom axis: integer ticks labelled <c>2011</c>.</summary>
    public static void UseYearAxis(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { LabelFormatter = FormatYear, IntegerTicksOnly = true, MinorTickGenerator = new EvenlySpacedMinorTickGenerator(0) };
    }

    /// <summary>Periods as categories on the bottom axis, at positions 0..n-1, each labelled as printed (<c>2010-11</c>).</summary>
    public static void UsePeriodCategories(Plot plot, IReadOnlyList<Period> periods)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(periods);
        plot.Axes.Bottom.TickGenerator = new NumericManual([.. periods.Select((p, i) => new Tick(i, p.ToString()))]);
    }

    /// <summary>The period-axis label for a set of periods: <c>Year</c> or <c>Fiscal year (July-June)</c>.</summary>
    public static string PeriodAxisLabel(IReadOnlyList<Period> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        return periods.Count > 0 && periods[0].Kind == PeriodKind.FiscalYear
            ? $"Fiscal year ({periods[0].FiscalYear.Convention})"
            : "Year";
    }

    /// <summary>A year tick label: <c>2011</c>, invariant culture, no separator.</summary>
    public static string FormatYear(double value) => Math.Round(value).ToString("0", CultureInfo.InvariantCulture);

    /// <summary>A value tick label: thousands separated by commas in every culture (<c>3,798</c>), decimals only when needed.</summary>
    public static string FormatValue(double value)
    {
        var rounded = Math.Round(value, 6);
        return Math.Abs(rounded - Math.Round(rounded)) < 1e-9
            ? rounded.ToString("#,0", CultureInfo.InvariantCulture)
            : rounded.ToString("#,0.##", CultureInfo.InvariantCulture);
    }
}
