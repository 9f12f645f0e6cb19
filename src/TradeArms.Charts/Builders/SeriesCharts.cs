using System.Globalization;
using ScottPlot;
using TradeArms.Sipri;

namespace TradeArms.Charts;

/// <summary>Charts of any <see cref="TimeSeries"/>: a series with its fitted trend and band, a TIV series with its rolling average, several series together.</summary>
public static class SeriesCharts
{
    /// <summary>The series, its fitted linear trend and the confidence band of the trend.</summary>
    public static Plot WithTrend(LinearTrendFit fit, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var subtitle = string.Create(CultureInfo.InvariantCulture,
            $"{fit.Series.Measure.Label}; dashed: linear trend, {fit.Slope:+#,0.##;-#,0.##} {fit.Measure.Label} a year, shaded: its {fit.SlopeInterval.Level * 100:0}% confidence band");
        return TrendPlot(fit.Series, fit.Fitted, title ?? $"{fit.Series.Name}: linear trend", fit.Series.Source.Caption, subtitle);
    }

    /// <summary>The series, its fitted log-linear trend (constant growth) and the band, in the series' measure.</summary>
    public static Plot WithTrend(LogLinearTrendFit fit, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var subtitle = string.Create(CultureInfo.InvariantCulture,
            $"{fit.Series.Measure.Label}; dashed: log-linear trend, {fit.GrowthPercentPerYear:+0.0;-0.0}% a year, shaded: its {fit.GrowthInterval.Level * 100:0}% confidence band");
        return TrendPlot(fit.Series, fit.Fitted, title ?? $"{fit.Series.Name}: growth trend", fit.Series.Source.Caption, subtitle);
    }

    /// <summary>
    /// A TIV series as bars with its trailing moving average (SIPRI smooths single, volatile years this way).
    /// </summary>
    public static Plot WithRollingAverage(TivSeries series, int window = 5, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var timeSeries = series.ToTimeSeries();
        var plot = new Plot();
        var colour = Palette.ForActor(series.Supplier?.Name ?? "Others");
        var bars = series.Points.Select(p => new Bar { Position = p.Year.Year, Value = p.Value.Millions, FillColor = colour.WithAlpha(0.45), Size = 0.8, LineWidth = 0 }).ToList();
        plot.Add.Bars(bars);
        var average = TradeArms.Trend.MovingAverage(timeSeries, window);
        var last = AddLine(plot, average, Palette.Black);
        var pair = $"{series.Supplier?.Name ?? "all suppliers"} to {series.Recipient?.Name ?? "all recipients"}";
        HouseStyle.Apply(plot, new ChartText(title ?? $"Arms transfers, {pair}, {series.Years}",
            Tiv.UnitLabel, series.Source.Caption + ". TIV: SIPRI trend-indicator value, a volume measure of major arms, not money.", "Year",
            string.Create(CultureInfo.InvariantCulture, $"Deliveries of major arms, {pair}, {Tiv.UnitLabel}: bars each year, line the trailing {window}-year average")));
        HouseStyle.YearAxisToData(plot, series.Years.First.Year, series.Years.Last.Year, bars: true);
        HouseStyle.ZeroBasedY(plot, series.PeakYear is { } y ? series[y].Millions : 0);
        plot.Grid.XAxisStyle.IsVisible = false;
        if (last is { } end)
        {
            HouseStyle.LabelEnd(plot, string.Create(CultureInfo.InvariantCulture, $"{window}-year average"), end.X, end.Y, Palette.Black);
        }
        return plot;
    }

    /// <summary>Several series of one measure as lines (e.g. Russia's deliveries to Pakistan and to India), each labelled at its end.</summary>
    /// <param name="series">The series, in one measure.</param>
    /// <param name="title">The title.</param>
    /// <param name="colourKeys">The actor whose colour each series takes; null to use the series' names.</param>
    /// <exception cref="ArgumentException">The series are in different measures.</exception>
    public static Plot Lines(IReadOnlyList<TimeSeries> series, string title, IReadOnlyList<string>? colourKeys = null) =>
        Lines(series, title, ValueScale.Linear, colourKeys);

    /// <summary>Several series of one measure as lines, on a linear or log axis or as an index of the first common period (relative change).</summary>
    /// <param name="series">The series, in one measure.</param>
    /// <param name="title">The title.</param>
    /// <param name="scale">Linear, log or index to the first period with a value in every series.</param>
    /// <param name="colourKeys">The actor whose colour each series takes; null to use the series' names.</param>
    /// <param name="subtitle">The subtitle (what, where, when, unit); null for none (or "Relative change" on an index).</param>
    /// <exception cref="ArgumentException">The series are in different measures, a log scale meets a value that is not positive, or no period has a value in every series.</exception>
    public static Plot Lines(IReadOnlyList<TimeSeries> series, string title, ValueScale scale, IReadOnlyList<string>? colourKeys = null, string? subtitle = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(title);
        if (series.Count == 0)
        {
            throw new ArgumentException("At least one series is needed.", nameof(series));
        }
        if (series.Select(s => s.Measure).Distinct().Count() > 1)
        {
            throw new ArgumentException($"The series are in different measures ({string.Join(", ", series.Select(s => s.Measure.Label).Distinct())}): chart them separately.", nameof(series));
        }
        var drawn = series;
        if (scale == ValueScale.IndexToFirst)
        {
            var bases = series[0].Periods.Where(p => series.All(s => s.Periods.Contains(p) && s[p] is { } v && v != 0)).Take(1).ToList();
            if (bases.Count == 0)
            {
                throw new ArgumentException("No period has a non-zero value in every series: there is no common base for an index.", nameof(series));
            }
            drawn = [.. series.Select(s => TradeArms.Trend.IndexTo(s, bases[0]))];
        }
        if (scale == ValueScale.Log && series.Any(s => s.Values.Any(v => v is <= 0)))
        {
            throw new ArgumentException("A log scale needs positive values; a series has a zero or negative value: use the linear scale.", nameof(series));
        }
        var keys = Enumerable.Range(0, series.Count).Select(i => colourKeys is not null && i < colourKeys.Count ? colourKeys[i] : series[i].Name).ToList();
        var colours = Palette.ForActors(keys);
        var plot = new Plot();
        var ends = new List<(string Name, Coordinates End, Color Colour)>();
        for (var i = 0; i < drawn.Count; i++)
        {
            if (AddLine(plot, drawn[i], colours[i], scale == ValueScale.Log) is { } end)
            {
                ends.Add((series[i].Name, end, colours[i]));
            }
        }
        var periods = series[0].Periods;
        var measure = drawn[0].Measure.Label;
        HouseStyle.Apply(plot, new ChartText(title, scale == ValueScale.Log ? measure + " (log scale)" : measure, series[0].Source.Caption, HouseStyle.PeriodAxisLabel(periods),
            subtitle ?? (scale == ValueScale.IndexToFirst ? $"Relative change, {measure}" : null)));
        var values = drawn.SelectMany(s => s.Values).OfType<double>().ToList();
        if (scale == ValueScale.Linear && values.Count > 0 && values.Min() >= 0)
        {
            // Volumes and flows that cannot be negative: the axis starts at zero.
            HouseStyle.ZeroBasedY(plot, values.Max());
        }
        var calendar = periods.All(p => p.Kind == PeriodKind.CalendarYear);
        if (calendar)
        {
            HouseStyle.YearAxisToData(plot, periods[0].CalendarYear.Year, periods[^1].CalendarYear.Year, bars: false);
        }
        else
        {
            HouseStyle.UsePeriodCategories(plot, periods);
            HouseStyle.CategoryAxisToData(plot, periods.Length, 0.2);
        }
        if (scale == ValueScale.Log)
        {
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
            {
                LabelFormatter = v => HouseStyle.FormatValue(Math.Pow(10, v)),
                IntegerTicksOnly = true,
                MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            };
        }
        foreach (var (name, end, colour) in ends)
        {
            HouseStyle.LabelEnd(plot, name, end.X, end.Y, colour);
        }
        return plot;
    }

    private static Plot TrendPlot(TimeSeries series, IReadOnlyList<FittedPoint> fitted, string title, string caption, string subtitle)
    {
        var plot = new Plot();
        var calendar = series.Periods.All(p => p.Kind == PeriodKind.CalendarYear);
        double X(int i) => calendar ? series.Periods[i].CalendarYear.Year : i;
        var xs = Enumerable.Range(0, fitted.Count).Select(X).ToArray();
        var band = plot.Add.FillY(xs, fitted.Select(f => f.Lower).ToArray(), fitted.Select(f => f.Upper).ToArray());
        band.FillColor = Palette.Trend.WithAlpha(0.10);
        band.LineColor = Colors.Transparent;
        var line = plot.Add.Scatter(xs, fitted.Select(f => f.Fitted).ToArray(), Palette.Trend);
        line.MarkerSize = 0;
        line.LineWidth = 2;
        line.LinePattern = LinePattern.Dashed;
        var observed = fitted.Select((f, i) => (X: X(i), f.Observed)).Where(p => p.Observed is not null).ToList();
        var points = plot.Add.Scatter(observed.Select(p => p.X).ToArray(), observed.Select(p => p.Observed!.Value).ToArray(), Palette.Blue);
        points.LineWidth = 2.5f;
        points.MarkerSize = 7;
        HouseStyle.Apply(plot, new ChartText(title, series.Measure.Label, caption, HouseStyle.PeriodAxisLabel(series.Periods), subtitle));
        if (calendar)
        {
            HouseStyle.YearAxisToData(plot, (int)xs[0], (int)xs[^1], bars: false);
        }
        else
        {
            HouseStyle.UsePeriodCategories(plot, series.Periods);
            HouseStyle.CategoryAxisToData(plot, series.Periods.Length, 0.2);
        }
        if (observed.Count > 0)
        {
            HouseStyle.LabelEnd(plot, series.Name, observed[^1].X, observed[^1].Observed!.Value, Palette.Blue);
        }
        HouseStyle.LabelEnd(plot, "Trend", xs[^1], fitted[^1].Fitted, Palette.Trend);
        return plot;
    }

    // The line of a series; returns its last point (for the direct label), or null when it has no value.
    internal static Coordinates? AddLine(Plot plot, TimeSeries series, Color color, bool log = false)
    {
        var calendar = series.Periods.All(p => p.Kind == PeriodKind.CalendarYear);
        var points = series.Points.Select((p, i) => (X: calendar ? p.Period.CalendarYear.Year : (double)i, p.Value)).Where(p => p.Value is not null).ToList();
        var ys = points.Select(p => log ? Math.Log10(p.Value!.Value) : p.Value!.Value).ToArray();
        var line = plot.Add.Scatter(points.Select(p => p.X).ToArray(), ys, color);
        line.LineWidth = 2.5f;
        line.MarkerSize = 4;
        return points.Count == 0 ? null : new Coordinates(points[^1].X, ys[^1]);
    }
}
