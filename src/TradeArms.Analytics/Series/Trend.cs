using System.Globalization;
using MathNet.Numerics.Distributions;

namespace TradeArms;

/// <summary>
/// Trend functions on any <see cref="TimeSeries"/>: year-on-year change, CAGR, linear and log-linear trends with
/// confidence intervals, moving averages, rolling sums, indices and window comparisons. Every function states what it
/// does with missing values; none returns infinity or NaN for an undefined result.
/// </summary>
public static class Trend
{
    /// <summary>
    /// The change from the previous period (one year earlier) to each period after the first, absolute and in percent.
    /// A missing value on either side, or a previous period absent from the series, gives a missing change with a
    /// reason; a percent change from a previous value of 0 is undefined (missing, with a reason), never infinite.
    /// </summary>
    public static IReadOnlyList<PeriodChange> YearOnYear(TimeSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var changes = new List<PeriodChange>();
        for (var i = 1; i < series.Count; i++)
        {
            var period = series.Periods[i];
            var previous = period.PlusYears(-1);
            var current = series.Values[i];
            var before = series[previous];
            if (!series.Contains(previous))
            {
                changes.Add(new PeriodChange(period, previous, null, null, $"the series has no period {previous}"));
            }
            else if (before is null || current is null)
            {
                changes.Add(new PeriodChange(period, previous, null, null, $"no value for {(before is null ? previous : period)}"));
            }
            else if (before.Value == 0)
            {
                changes.Add(new PeriodChange(period, previous, current - before, null, $"percent change undefined from a value of 0 in {previous}"));
            }
            else
            {
                changes.Add(new PeriodChange(period, previous, current - before, (current.Value - before.Value) / Math.Abs(before.Value) * 100, null));
            }
        }
        return changes;
    }

    /// <summary>
    /// The compound annual growth rate between two periods: (end / start)^(1 / years) - 1, in percent per year.
    /// </summary>
    /// <remarks>
    /// Rules: a missing endpoint gives an undefined rate; a start value of 0 or below gives an undefined rate (growth
    /// from nothing, or from a deficit, has no compound rate); an end value below 0 with a positive start is
    /// undefined; an end value of 0 gives -100%.
    /// </remarks>
    /// <exception cref="ArgumentException">The end period is not after the start period, or a period is not in the series.</exception>
    public static GrowthRate Cagr(TimeSeries series, Period from, Period to)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (to <= from)
        {
            throw new ArgumentException($"The end period ({to}) must be after the start period ({from}).", nameof(to));
        }
        foreach (var p in new[] { from, to })
        {
            if (!series.Contains(p))
            {
                throw new ArgumentException($"'{series.Name}' has no period {p}; it covers {Describe(series)}.", p == from ? nameof(from) : nameof(to));
            }
        }
        var years = (int)Math.Round(X(to) - X(from));
        var start = series[from];
        var end = series[to];
        string? reason = start is null ? $"no value for {from}"
            : end is null ? $"no value for {to}"
            : start <= 0 ? string.Create(CultureInfo.InvariantCulture, $"start value {start.Value:0.###} is not positive")
            : end < 0 ? string.Create(CultureInfo.InvariantCulture, $"end value {end.Value:0.###} is negative")
            : null;
        double? rate = reason is null ? (Math.Pow(end!.Value / start!.Value, 1.0 / years) - 1) * 100 : null;
        return new GrowthRate(from, to, years, start, end, rate, reason);
    }

    /// <summary>The CAGR from the first to the last year of a window of a calendar-year series.</summary>
    public static GrowthRate Cagr(TimeSeries series, YearRange window) => Cagr(series, window.First, window.Last);

    /// <summary>
    /// Fits a linear trend by ordinary least squares (via MathNet.Numerics), leaving missing values out.
    /// </summary>
    /// <param name="series">The series.</param>
    /// <param name="level">The confidence level of the intervals and band (default 0.95).</param>
    /// <exception cref="InvalidOperationException">Fewer than 3 values (no standard errors can be estimated).</exception>
    public static LinearTrendFit Linear(TimeSeries series, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(level, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(level, 1);
        return TryLinear(series, out var reason, level) ?? throw new InvalidOperationException(reason);
    }

    /// <summary>The linear trend, or null with why it cannot be fitted (the one check behind <see cref="Linear"/> and <see cref="TrendInference"/>).</summary>
    internal static LinearTrendFit? TryLinear(TimeSeries series, out string? reason, double level = 0.95)
    {
        var points = series.Points.Where(p => p.Value is not null).Select(p => (X: X(p.Period), Y: p.Value!.Value)).ToArray();
        return TryFit(series, points, level, out reason);
    }

    /// <summary>
    /// Fits ln(y) = a + b x and reports the average growth rate (e^b - 1) in percent per year with its interval.
    /// Missing values are left out.
    /// </summary>
    /// <exception cref="InvalidOperationException">A value is 0 or negative (no logarithm), or fewer than 3 values.</exception>
    public static LogLinearTrendFit LogLinear(TimeSeries series, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(series);
        return TryLogLinear(series, out var reason, level) ?? throw new InvalidOperationException(reason);
    }

    /// <summary>The log-linear trend, or null with why it cannot be fitted (the one check behind <see cref="LogLinear"/> and <see cref="TrendInference"/>).</summary>
    internal static LogLinearTrendFit? TryLogLinear(TimeSeries series, out string? reason, double level = 0.95)
    {
        var bad = series.Points.FirstOrDefault(p => p.Value is <= 0);
        if (bad.Value is not null)
        {
            reason = string.Create(CultureInfo.InvariantCulture,
                $"A log-linear trend needs positive values, but '{series.Name}' is {bad.Value.Value:0.###} in {bad.Period}. Fit a linear trend, or choose periods with positive values.");
            return null;
        }
        var logSeries = series.Derive("ln " + series.Name, Measure.Ratio, series.Points.Select(p => (p.Period, p.Value is { } v ? Math.Log(v) : (double?)null)));
        var points = logSeries.Points.Where(p => p.Value is not null).Select(p => (X: X(p.Period), Y: p.Value!.Value)).ToArray();
        return TryFit(logSeries, points, level, out reason) is { } fit ? new LogLinearTrendFit(series, fit) : null;
    }

    /// <summary>
    /// A Chow test for a break in the linear trend at <paramref name="breakPeriod"/> (the first period of the second
    /// segment), missing values left out. See <see cref="ChowTest"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than 3 values on either side of the break.</exception>
    public static ChowTest Chow(TimeSeries series, Period breakPeriod)
    {
        ArgumentNullException.ThrowIfNull(series);
        return TryChow(series, breakPeriod, out var reason) ?? throw new ArgumentException(reason, nameof(breakPeriod));
    }

    /// <summary>The Chow test, or null with why it cannot be computed (the one check behind <see cref="Chow"/> and <see cref="TrendInference"/>).</summary>
    internal static ChowTest? TryChow(TimeSeries series, Period breakPeriod, out string? reason)
    {
        var points = series.Points.Where(p => p.Value is not null).Select(p => (X: X(p.Period), Y: p.Value!.Value, Before: p.Period < breakPeriod)).ToArray();
        var first = points.Where(p => p.Before).Select(p => (p.X, p.Y)).ToArray();
        var second = points.Where(p => !p.Before).Select(p => (p.X, p.Y)).ToArray();
        if (first.Length < 3 || second.Length < 3)
        {
            reason = string.Create(CultureInfo.InvariantCulture,
                $"A Chow test needs at least 3 values on each side of the break; '{series.Name}' has {first.Length} before {breakPeriod} and {second.Length} from it on.");
            return null;
        }
        reason = null;
        var pooled = SumOfSquaredResiduals([.. points.Select(p => (p.X, p.Y))]);
        var split = SumOfSquaredResiduals(first) + SumOfSquaredResiduals(second);
        var dof = points.Length - 4;
        double? f = split == 0 ? null : Math.Max(pooled - split, 0) / 2 / (split / dof);
        return new ChowTest(breakPeriod, first.Length, second.Length, f, 2, dof, f is { } v ? TailProbability.FisherUpper(v, 2, dof) : null);
    }

    /// <summary>
    /// The moving average over <paramref name="window"/> consecutive periods. A period whose window reaches before the
    /// first or after the last period, or holds a missing value, has a missing average (never a shorter window).
    /// </summary>
    /// <exception cref="ArgumentException">The window is below 1, or even for a centred average.</exception>
    public static TimeSeries MovingAverage(TimeSeries series, int window, MovingAverageAlignment alignment = MovingAverageAlignment.Trailing)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        if (alignment == MovingAverageAlignment.Centred && window % 2 == 0)
        {
            throw new ArgumentException($"A centred moving average needs an odd window; {window.ToString(CultureInfo.InvariantCulture)} periods have no middle period.", nameof(window));
        }
        var offset = alignment == MovingAverageAlignment.Trailing ? window - 1 : window / 2;
        var label = alignment == MovingAverageAlignment.Trailing ? "trailing" : "centred";
        return series.Derive(string.Create(CultureInfo.InvariantCulture, $"{series.Name}, {window}-year {label} moving average"), series.Measure,
            series.Periods.Select(p => (p, WindowSum(series, p.PlusYears(-offset), window) / window)));
    }

    /// <summary>
    /// The sum over the <paramref name="window"/> years ending in each period (SIPRI's 5-year totals), reported for the
    /// last year of each window. Missing where the window reaches before the series or holds a missing value.
    /// Only for additive measures (money, TIV).
    /// </summary>
    /// <exception cref="InvalidOperationException">The measure is not additive (percent, index, ratio).</exception>
    public static TimeSeries RollingSum(TimeSeries series, int window)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        RequireAdditive(series, "rolling sum");
        return series.Derive(string.Create(CultureInfo.InvariantCulture, $"{series.Name}, {window}-year rolling sum"), series.Measure,
            series.Periods.Select(p => (p, WindowSum(series, p.PlusYears(-(window - 1)), window))));
    }

    /// <summary>The series as an index with <paramref name="basePeriod"/> = 100. Missing values stay missing.</summary>
    /// <exception cref="ArgumentException">The base period is absent, missing or 0.</exception>
    public static TimeSeries IndexTo(TimeSeries series, Period basePeriod)
    {
        ArgumentNullException.ThrowIfNull(series);
        var b = series[basePeriod];
        if (b is null || b == 0)
        {
            throw new ArgumentException($"'{series.Name}' has {(b is null ? "no value" : "a value of 0")} in {basePeriod}: it cannot be the base of an index.", nameof(basePeriod));
        }
        return series.Derive(series.Name, Measure.IndexOn(basePeriod), series.Points.Select(p => (p.Period, p.Value / b * 100)));
    }

    /// <summary>
    /// The sum over a window of a calendar-year series; null when a year is missing or absent.
    /// </summary>
    /// <exception cref="InvalidOperationException">The series is not by calendar year, or not additive.</exception>
    public static double? Sum(TimeSeries series, YearRange window)
    {
        ArgumentNullException.ThrowIfNull(series);
        RequireCalendar(series);
        RequireAdditive(series, "window total");
        return WindowSum(series, window.First, window.Count);
    }

    /// <summary>
    /// Compares two multi-year windows: totals and the percent change from <paramref name="first"/> to
    /// <paramref name="second"/>. <c>Trend.CompareWindows(s, YearRange.Parse("2012-2016"), YearRange.Parse("2017-2021"))</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The series is not by calendar year, or not additive.</exception>
    public static WindowComparison CompareWindows(TimeSeries series, YearRange first, YearRange second)
    {
        var a = Sum(series, first);
        var b = Sum(series, second);
        string? reason = a is null ? $"a year of {first} is missing" : b is null ? $"a year of {second} is missing"
            : a == 0 ? $"the total of {first} is 0" : a < 0 ? $"the total of {first} is negative" : null;
        return new WindowComparison(first, second, a, b, reason is null ? (b - a) / a * 100 : null, series.Measure, reason)
        {
            FirstAverage = a / first.Count,
            SecondAverage = b / second.Count,
            AveragePercentChange = reason is null ? (b / second.Count - a / first.Count) / (a / first.Count) * 100 : null,
        };
    }

    /// <summary>Compares two windows given as text, e.g. <c>CompareWindows(s, "2012-2016", "2017-2021")</c>.</summary>
    public static WindowComparison CompareWindows(TimeSeries series, string first, string second) =>
        CompareWindows(series, YearRange.Parse(first), YearRange.Parse(second));

    /// <summary>The x value of a period in trend fits: the calendar year, or the start year of a fiscal year.</summary>
    internal static double X(Period period) => period.Start.Year;

    private static double? WindowSum(TimeSeries series, Period first, int count)
    {
        var sum = 0.0;
        for (var k = 0; k < count; k++)
        {
            var value = series[first.PlusYears(k)];
            if (value is null)
            {
                return null;
            }
            sum += value.Value;
        }
        return sum;
    }

    private static LinearTrendFit? TryFit(TimeSeries series, (double X, double Y)[] points, double level, out string? reason)
    {
        var n = points.Length;
        if (n < 3)
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"A trend with standard errors needs at least 3 values; '{series.Name}' has {n}.");
            return null;
        }
        var (meanX, meanY, sxx, slope, residuals) = CentredLine(points);
        if (sxx == 0)
        {
            reason = $"All values of '{series.Name}' fall in one period: no trend can be fitted.";
            return null;
        }
        reason = null;
        var intercept = meanY - slope * meanX;
        var sse = residuals.Sum(e => e * e);
        var sst = points.Sum(q => (q.Y - meanY) * (q.Y - meanY));
        var dof = n - 2;
        var s = Math.Sqrt(sse / dof);
        var slopeSe = s / Math.Sqrt(sxx);
        var interceptSe = s * Math.Sqrt(1.0 / n + meanX * meanX / sxx);
        var t = StudentT.InvCDF(0, 1, dof, 0.5 + level / 2);
        double? r2 = sst == 0 ? null : 1 - sse / sst;
        double? p = slopeSe == 0 ? null : TailProbability.StudentTwoSided(slope / slopeSe, dof);
        return new LinearTrendFit(series, n, intercept, slope, interceptSe, slopeSe, r2, p, level, t, meanX, sxx, s,
            [.. points.Select(q => q.X - meanX)], residuals);
    }

    private static double SumOfSquaredResiduals((double X, double Y)[] points) => CentredLine(points).Residuals.Sum(e => e * e);

    /// <summary>
    /// Least squares on centred x: x is a year (about 2000), so the uncentred normal equations lose digits. The slope is
    /// NaN when every x is equal (Sxx = 0); callers check Sxx.
    /// </summary>
    private static (double MeanX, double MeanY, double Sxx, double Slope, double[] Residuals) CentredLine((double X, double Y)[] points)
    {
        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        var sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        var slope = points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / sxx;
        return (meanX, meanY, sxx, slope, [.. points.Select(p => p.Y - meanY - slope * (p.X - meanX))]);
    }

    private static void RequireAdditive(TimeSeries series, string what)
    {
        if (series.Measure.Kind is not (MeasureKind.Money or MeasureKind.Tiv))
        {
            throw new InvalidOperationException($"A {what} adds values, but '{series.Name}' is in {series.Measure.Label}, which does not add up over years.");
        }
    }

    private static void RequireCalendar(TimeSeries series)
    {
        if (series.Periods.Any(p => p.Kind != PeriodKind.CalendarYear))
        {
            throw new InvalidOperationException($"'{series.Name}' is by fiscal year; year windows such as 2017-2021 are calendar years. Align it explicitly first.");
        }
    }

    private static string Describe(TimeSeries series) => series.Count == 0 ? "no periods" : $"{series.Periods[0]}..{series.Periods[^1]}";
}
