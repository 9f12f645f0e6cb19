using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Analysis;

namespace TradeArms;

/// <summary>
/// The trend statistics of one or more series of one measure (e.g. a pair's exports, imports, turnover and balance),
/// one row per statistic: the CAGR, the linear slope by OLS and by Newey-West, R², Durbin-Watson, the log-linear
/// growth rate and a Chow test, each with its standard error, 95% interval, p-value and n where it has one. What could
/// not be computed is a note with the reason.
/// </summary>
public sealed class TrendReport : IAnalysisResult
{
    /// <summary>A report of <paramref name="series"/>, each with the label its rows carry (<c>exports</c>, <c>Trend</c>).</summary>
    /// <exception cref="ArgumentException">No series, a blank title, or series of different measures.</exception>
    public TrendReport(string title, IEnumerable<(string Label, TrendInference Inference)> series)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(series);
        Series = [.. series];
        if (Series.IsEmpty)
        {
            throw new ArgumentException("A trend report needs at least one series.", nameof(series));
        }
        if (Series.Select(s => s.Inference.Series.Measure).Distinct().Count() > 1)
        {
            throw new ArgumentException("The series of a trend report must share one measure.", nameof(series));
        }
        Title = title;
    }

    /// <summary>The series reported, with their labels, in order.</summary>
    public ImmutableArray<(string Label, TrendInference Inference)> Series { get; }

    /// <inheritdoc />
    public string Title { get; }

    /// <summary>The measure of the series (slopes are in this measure per year; growth rates in percent per year).</summary>
    public Measure Measure => Series[0].Inference.Series.Measure;

    /// <summary>The first to the last period of the first series.</summary>
    public string Window => Period.Span(Series[0].Inference.Series.Periods);

    /// <summary>The source of the first series.</summary>
    public DataSource Source => Series[0].Inference.Series.Source;

    /// <summary>How the statistics were computed.</summary>
    public IReadOnlyList<string> Summary =>
    [
        $"Slopes in {Measure.Label} per year (OLS on the year; Newey-West: Bartlett kernel, t with n - 2 df); growth in % per year (CAGR from the first to the last period; log-linear: OLS of ln value on the year); intervals 95%.",
    ];

    /// <summary>Every statistic that could not be computed, with the reason.</summary>
    public IReadOnlyList<string> Notes => [.. Series.SelectMany(s => Reasons(s.Label, s.Inference))];

    private static IEnumerable<string> Reasons(string label, TrendInference t)
    {
        if (t.CagrReason is { } cagr)
        {
            yield return $"{label}: CAGR undefined: {Sentence(cagr)}";
        }
        if (t.LinearReason is { } linear)
        {
            yield return $"{label}: linear trend not fitted: {Sentence(linear)}";
        }
        if (t.LogReason is { } log && t.Linear is not null)
        {
            yield return $"{label}: log-linear growth not fitted: {Sentence(log)}";
        }
        if (t.ChowReason is { } chow)
        {
            yield return $"{label}: Chow test not computed: {Sentence(chow)}";
        }
    }

    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";

    /// <summary>One statistic of one series.</summary>
    private sealed record Row(string Series, string Statistic, double? Estimate, double? StandardError = null, double? Lower = null, double? Upper = null,
        double? PValue = null, int? N = null, string Note = "");

    private IEnumerable<Row> Rows() => Series.SelectMany(s => Rows(s.Label, s.Inference));

    private static IEnumerable<Row> Rows(string label, TrendInference t)
    {
        if (t.Cagr is { } cagr)
        {
            yield return new Row(label, "CAGR (% per year)", cagr.PercentPerYear, Note: $"{cagr.From} to {cagr.To}");
        }
        if (t.Linear is { } fit)
        {
            yield return new Row(label, "Slope per year (OLS)", fit.Slope, fit.SlopeStandardError, fit.SlopeInterval.Lower, fit.SlopeInterval.Upper, fit.SlopePValue, fit.N);
            if (t.Hac is { } hac)
            {
                yield return new Row(label, "Slope per year (Newey-West)", fit.Slope, hac.StandardError, hac.Interval.Lower, hac.Interval.Upper, hac.PValue, fit.N,
                    string.Create(CultureInfo.InvariantCulture, $"lag {hac.Lag}{(hac.SmallSampleCorrection ? ", n/(n-2) corrected" : "")}"));
            }
            yield return new Row(label, "R²", fit.RSquared, N: fit.N, Note: fit.RSquared is null ? "undefined" : "");
            yield return new Row(label, "Durbin-Watson", fit.DurbinWatson, N: fit.N, Note: fit.DurbinWatson is null ? "undefined" : "");
        }
        if (t.Log is { } log)
        {
            yield return new Row(label, "Log-linear growth (% per year)", log.GrowthPercentPerYear, null, log.GrowthInterval.Lower, log.GrowthInterval.Upper,
                log.LogFit.SlopePValue, log.LogFit.N);
        }
        if (t.Chow is { } chow)
        {
            yield return new Row(label, $"Chow F, break in {chow.Break}", chow.F, PValue: chow.PValue, N: chow.FirstN + chow.SecondN,
                Note: string.Create(CultureInfo.InvariantCulture, $"F({chow.NumeratorDegreesOfFreedom}, {chow.DenominatorDegreesOfFreedom}); n = {chow.FirstN} + {chow.SecondN}{(chow.F is null ? "; undefined: both segments fit exactly" : "")}"));
        }
    }

    /// <summary>
    /// The statistics as a DataFrame: <c>series</c> (the label), <c>statistic</c>, <c>estimate</c>, <c>standard_error</c>,
    /// <c>lower</c>, <c>upper</c> (the 95% interval), <c>p_value</c>, <c>n</c> and <c>note</c>; null where a statistic
    /// has no such figure.
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var rows = Rows().ToList();
        return new DataFrame(
            new StringDataFrameColumn("series", rows.Select(r => r.Series)),
            new StringDataFrameColumn("statistic", rows.Select(r => r.Statistic)),
            new DoubleDataFrameColumn("estimate", rows.Select(r => r.Estimate)),
            new DoubleDataFrameColumn("standard_error", rows.Select(r => r.StandardError)),
            new DoubleDataFrameColumn("lower", rows.Select(r => r.Lower)),
            new DoubleDataFrameColumn("upper", rows.Select(r => r.Upper)),
            new DoubleDataFrameColumn("p_value", rows.Select(r => r.PValue)),
            new Int32DataFrameColumn("n", rows.Select(r => r.N)),
            new StringDataFrameColumn("note", rows.Select(r => r.Note)));
    }

    /// <summary>The report as a text table (<see cref="Rendering.TableRenderer"/>).</summary>
    public override string ToString() => Rendering.TableRenderer.Render(this);
}
