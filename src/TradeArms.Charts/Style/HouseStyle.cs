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
    /// <summary>Applies the theme and the words to a plot.</summary>
    public static void Apply(Plot plot, ChartText text)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(text);
        ChartFonts.EnsureRegistered();
        plot.Font.Set(ChartFonts.Family);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Color.FromHex("#E5E5E5");
        plot.Axes.Color(Color.FromHex("#444444"));
        plot.Title(text.Title, 18);
        plot.Axes.Title.Label.Bold = true;
        plot.YLabel(text.ValueAxis, 14);
        plot.XLabel(text.PeriodAxis, 14);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 12;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = FormatValue };
        // The caption is a second bottom axis with no ticks and no line: it sits under the period axis on every chart.
        var caption = plot.Axes.AddBottomAxis();
        caption.TickGenerator = new EmptyTickGenerator();
        caption.FrameLineStyle.Width = 0;
        caption.MajorTickStyle.Length = 0;
        caption.MinorTickStyle.Length = 0;
        caption.LabelText = text.Caption;
        caption.LabelFontSize = 10;
        caption.LabelStyle.Bold = false;
        caption.LabelFontColor = Color.FromHex("#555555");
        caption.LabelFontName = ChartFonts.Family;
        plot.Legend.FontName = ChartFonts.Family;
        plot.Legend.FontSize = 12;
        UseHouseFont(plot);
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

    /// <summary>Shows the legend in the house position: a panel under the chart, items side by side.</summary>
    public static void ShowLegend(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.ShowLegend(Edge.Bottom);
    }

    /// <summary>Calendar years on the bottom axis: integer ticks labelled <c>2011</c>.</summary>
    public static void UseYearAxis(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { LabelFormatter = FormatYear, IntegerTicksOnly = true };
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
