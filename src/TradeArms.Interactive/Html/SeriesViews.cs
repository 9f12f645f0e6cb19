using System.Globalization;

namespace TradeArms.Interactive.Html;

/// <summary>HTML views of a <see cref="TimeSeries"/> and of the trend results computed from one.</summary>
internal static class SeriesViews
{
    public static HtmlTable Series(TimeSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var html = new HtmlTable(series.Name).Column("Period").Column(series.Measure.Label, numeric: true);
        foreach (var (period, value) in series.Points)
        {
            html.Row(period.ToString(), Numbers.Format(value));
        }
        return html
            .Note(Footnotes.Unit(series.Measure.Label) + (series.Values.Any(v => v is null) ? " \u2013 = missing." : ""))
            .Note(Footnotes.Window(series.Periods))
            .Note(Footnotes.Source(series.Source));
    }

    public static HtmlTable Linear(LinearTrendFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var level = Level(fit.SlopeInterval.Level);
        var html = new HtmlTable($"Linear trend (OLS) of {fit.Series.Name}")
            .Column("Term").Column("Estimate", numeric: true).Column("Std. error", numeric: true).Column($"{level} CI", numeric: true);
        html.Row($"Slope ({fit.Measure.Label} per year)", Number(fit.Slope), Number(fit.SlopeStandardError), Interval(fit.SlopeInterval));
        html.Row("Intercept (value at year 0)", Number(fit.Intercept), Number(fit.InterceptStandardError), Interval(fit.InterceptInterval));
        html.Row("R\u00b2", fit.RSquared is { } r ? r.ToString("0.###", CultureInfo.InvariantCulture) : "undefined", "", "");
        html.Row("p-value of the slope", fit.SlopePValue is { } p ? TradeArms.Text.PValueText.Format(p) : "undefined", "", "");
        html.Row($"Slope, Newey-West (lag {fit.SlopeHac.Lag})", Number(fit.Slope), Number(fit.SlopeHac.StandardError), Interval(fit.SlopeHac.Interval));
        html.Row("Durbin-Watson", fit.DurbinWatson is { } dw ? dw.ToString("0.###", CultureInfo.InvariantCulture) : "undefined", "", "");
        html.Row("Observations", Numbers.Integer(fit.N), "", "");
        return html
            .Note(Footnotes.Unit(fit.Measure.Label) + " x is the year (the start year of a fiscal year).")
            .Note(Footnotes.Window(fit.Series.Periods))
            .Note(Footnotes.Source(fit.Series.Source));
    }

    public static HtmlTable LogLinear(LogLinearTrendFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var html = new HtmlTable($"Log-linear trend of {fit.Series.Name}")
            .Column("Term").Column("Estimate", numeric: true).Column($"{Level(fit.GrowthInterval.Level)} CI", numeric: true);
        html.Row("Average growth (% per year)", Numbers.Percent(fit.GrowthPercentPerYear),
            $"{Numbers.Percent(fit.GrowthInterval.Lower)} to {Numbers.Percent(fit.GrowthInterval.Upper)}");
        html.Row("R\u00b2 of ln(value)", fit.LogFit.RSquared is { } r ? r.ToString("0.###", CultureInfo.InvariantCulture) : "undefined", "");
        html.Row("Observations", Numbers.Integer(fit.LogFit.N), "");
        return html
            .Note(Footnotes.Unit("percent per year; fitted values in " + fit.Series.Measure.Label))
            .Note(Footnotes.Window(fit.Series.Periods))
            .Note(Footnotes.Source(fit.Series.Source));
    }

    public static HtmlTable Growth(GrowthRate rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        return new HtmlTable($"Compound annual growth rate, {rate.From} to {rate.To}")
            .Column("From").Column("To").Column("Years", numeric: true).Column("Start", numeric: true).Column("End", numeric: true).Column("CAGR", numeric: true)
            .Row(rate.From.ToString(), rate.To.ToString(), Numbers.Integer(rate.Years), Numbers.Format(rate.Start), Numbers.Format(rate.End),
                rate.PercentPerYear is { } r ? Numbers.Percent(r) + " a year" : new HtmlCell("undefined", rate.Reason))
            .Note(rate.Reason is { } reason ? "Undefined: " + reason + "." : null)
            .Note(Footnotes.Window($"{rate.From} to {rate.To}"));
    }

    public static HtmlTable Windows(WindowComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return new HtmlTable($"{comparison.Second} compared with {comparison.First}")
            .Column("Window").Column(comparison.Measure.Label, numeric: true)
            .Row(comparison.First.ToString(), Numbers.Format(comparison.FirstTotal))
            .Row(comparison.Second.ToString(), Numbers.Format(comparison.SecondTotal))
            .Row("Change", comparison.PercentChange is { } c ? (c > 0 ? "+" : "") + Numbers.Percent(c) : new HtmlCell("undefined", comparison.Reason))
            .Note(Footnotes.Unit(comparison.Measure.Label) + " Totals over each window, both years included.")
            .Note(comparison.Reason is { } reason ? "Undefined: " + reason + "." : null);
    }

    private static string Number(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);

    private static string Interval(ConfidenceInterval ci) => $"{Number(ci.Lower)} to {Number(ci.Upper)}";

    private static string Level(double level) => (level * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
