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
        var label = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Linear trend: {fit.Slope:+#,0.##;-#,0.##} {fit.Measure.Label} a year ({fit.SlopeInterval.Level * 100:0}% confidence band)");
        return TrendPlot(fit.Series, fit.Fitted, title ?? $"{fit.Series.Name}: linear trend", fit.Series.Source.Caption, label);
    }

    /// <summary>The series, its fitted log-linear trend (constant growth) and the band, in the series' measure.</summary>
    public static Plot WithTrend(LogLinearTrendFit fit, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var label = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Log-linear trend: {fit.GrowthPercentPerYear:+0.0;-0.0}% a year ({fit.GrowthInterval.Level * 100:0}% confidence band)");
        return TrendPlot(fit.Series, fit.Fitted, title ?? $"{fit.Series.Name}: growth trend", fit.Series.Source.Caption, label);
    }

    /// <summary>
    /// A TIV series as bars with its trailing moving average (SIPRI smooths single, volatile years this way).
    /// </summary>
    public static Plot WithRollingAverage(TivSeries series, int window = 5, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var timeSeries = series.ToTimeSeries();
        var plot = new Plot();
        var bars = series.Points.Select(p => new Bar { Position = p.Year.Year, Value = p.Value.Millions, FillColor = Palette.ForActor(series.Supplier?.Name ?? "Others").WithAlpha(0.55), Size = 0.8, LineWidth = 0 }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.LegendText = "Deliveries per year";
        var average = TradeArms.Trend.MovingAverage(timeSeries, window);
        AddLine(plot, average, Palette.Black, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{window}-year moving average (trailing)"));
        HouseStyle.Apply(plot, new ChartText(title ?? $"Arms transfers, {series.Supplier?.Name ?? "all suppliers"} to {series.Recipient?.Name ?? "all recipients"}, {series.Years}",
            Tiv.UnitLabel, series.Source.Caption + ". TIV: SIPRI trend-indicator value, a volume measure, not money."));
        HouseStyle.UseYearAxis(plot);
        HouseStyle.ShowLegend(plot);
        return plot;
    }

    /// <summary>Several series of one measure as lines (e.g. Russia's deliveries to Pakistan and to India).</summary>
    /// <exception cref="ArgumentException">The series are in different measures.</exception>
    public static Plot Lines(IReadOnlyList<TimeSeries> series, string title, IReadOnlyList<string>? colourKeys = null)
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
        var plot = new Plot();
        for (var i = 0; i < series.Count; i++)
        {
            var key = colourKeys is not null && i < colourKeys.Count ? colourKeys[i] : series[i].Name;
            AddLine(plot, series[i], Palette.ForActor(key), series[i].Name);
        }
        var periods = series[0].Periods;
        HouseStyle.Apply(plot, new ChartText(title, series[0].Measure.Label, series[0].Source.Caption, HouseStyle.PeriodAxisLabel(periods)));
        if (periods.All(p => p.Kind == PeriodKind.CalendarYear))
        {
            HouseStyle.UseYearAxis(plot);
        }
        HouseStyle.ShowLegend(plot);
        return plot;
    }

    private static Plot TrendPlot(TimeSeries series, IReadOnlyList<FittedPoint> fitted, string title, string caption, string trendLabel)
    {
        var plot = new Plot();
        var calendar = series.Periods.All(p => p.Kind == PeriodKind.CalendarYear);
        double X(int i) => calendar ? series.Periods[i].CalendarYear.Year : i;
        var xs = Enumerable.Range(0, fitted.Count).Select(X).ToArray();
        var band = plot.Add.FillY(xs, fitted.Select(f => f.Lower).ToArray(), fitted.Select(f => f.Upper).ToArray());
        band.FillColor = Palette.Trend.WithAlpha(0.12);
        band.LineColor = Colors.Transparent;
        var line = plot.Add.Scatter(xs, fitted.Select(f => f.Fitted).ToArray(), Palette.Trend);
        line.LegendText = trendLabel;
        line.MarkerSize = 0;
        line.LineWidth = 2;
        line.LinePattern = LinePattern.Dashed;
        var observed = fitted.Select((f, i) => (X: X(i), f.Observed)).Where(p => p.Observed is not null).ToList();
        var points = plot.Add.Scatter(observed.Select(p => p.X).ToArray(), observed.Select(p => p.Observed!.Value).ToArray(), Palette.Blue);
        points.LegendText = series.Name;
        points.LineWidth = 2.5f;
        points.MarkerSize = 7;
        HouseStyle.Apply(plot, new ChartText(title, series.Measure.Label, caption, HouseStyle.PeriodAxisLabel(series.Periods)));
        if (calendar)
        {
            HouseStyle.UseYearAxis(plot);
        }
        else
        {
            HouseStyle.UsePeriodCategories(plot, series.Periods);
        }
        HouseStyle.ShowLegend(plot);
        return plot;
    }

    internal static void AddLine(Plot plot, TimeSeries series, Color color, string label)
    {
        var calendar = series.Periods.All(p => p.Kind == PeriodKind.CalendarYear);
        var points = series.Points.Select((p, i) => (X: calendar ? p.Period.CalendarYear.Year : (double)i, p.Value)).Where(p => p.Value is not null).ToList();
        var line = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Value!.Value).ToArray(), color);
        line.LegendText = label;
        line.LineWidth = 2.5f;
        line.MarkerSize = 4;
    }
}
