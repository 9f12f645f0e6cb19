using System.Collections.Immutable;
using System.Globalization;

namespace TradeArms;

/// <summary>
/// An ordinary least squares linear trend y = a + b x fitted to a series, where x is the year (the calendar year, or
/// the start year of a fiscal year) and y is in the series' <see cref="Measure"/>. The slope is the change per year.
/// </summary>
/// <remarks>
/// Standard errors follow the classical OLS formulas with n - 2 degrees of freedom; intervals and the slope's
/// p-value (two-sided, H0: slope = 0) use Student's t distribution. R² and the p-value are null when undefined (a
/// constant series, or a perfect fit with zero residual variance). Missing values are left out of the fit.
/// </remarks>
public sealed record LinearTrendFit
{
    internal LinearTrendFit(TimeSeries series, int n, double intercept, double slope, double interceptSe, double slopeSe,
        double? rSquared, double? slopePValue, double level, double tQuantile, double meanX, double sxx, double residualSd,
        double[] centredX, double[] residuals)
    {
        _centredX = centredX;
        _residuals = residuals;
        var sse = residuals.Sum(e => e * e);
        DurbinWatson = sse == 0 ? null : Enumerable.Range(1, n - 1).Sum(t => (residuals[t] - residuals[t - 1]) * (residuals[t] - residuals[t - 1])) / sse;
        SlopeHac = NeweyWest.Estimate(slope, centredX, residuals, sxx, level, null, false);
        Series = series;
        N = n;
        Intercept = intercept;
        Slope = slope;
        InterceptStandardError = interceptSe;
        SlopeStandardError = slopeSe;
        RSquared = rSquared;
        SlopePValue = slopePValue;
        InterceptInterval = new ConfidenceInterval(intercept - tQuantile * interceptSe, intercept + tQuantile * interceptSe, level);
        SlopeInterval = new ConfidenceInterval(slope - tQuantile * slopeSe, slope + tQuantile * slopeSe, level);
        ResidualStandardError = residualSd;
        _tQuantile = tQuantile;
        _meanX = meanX;
        _sxx = sxx;
        Fitted = [.. series.Points.Select(p => Point(p.Period, p.Value))];
    }

    private readonly double _tQuantile;
    private readonly double _meanX;
    private readonly double _sxx;
    private readonly double[] _centredX;
    private readonly double[] _residuals;

    /// <summary>The series fitted.</summary>
    public TimeSeries Series { get; }

    /// <summary>The measure of the fitted values (and of the slope, per year).</summary>
    public Measure Measure => Series.Measure;

    /// <summary>The number of observations used (missing values left out).</summary>
    public int N { get; }

    /// <summary>The intercept a, the trend value at year 0 (as in spreadsheet trend functions).</summary>
    public double Intercept { get; }

    /// <summary>The slope b: the change per year, in the series' measure.</summary>
    public double Slope { get; }

    /// <summary>The standard error of the intercept.</summary>
    public double InterceptStandardError { get; }

    /// <summary>The standard error of the slope.</summary>
    public double SlopeStandardError { get; }

    /// <summary>The confidence interval of the intercept.</summary>
    public ConfidenceInterval InterceptInterval { get; }

    /// <summary>The confidence interval of the slope.</summary>
    public ConfidenceInterval SlopeInterval { get; }

    /// <summary>The coefficient of determination; null for a constant series.</summary>
    public double? RSquared { get; }

    /// <summary>The two-sided p-value of the slope (H0: no trend); null when the residual variance is zero.</summary>
    public double? SlopePValue { get; }

    /// <summary>
    /// The Durbin-Watson statistic of the residuals in year order, Σ(e_t - e_{t-1})² / Σe_t² (near 2: no first-order
    /// autocorrelation; towards 0: positive, towards 4: negative). Years with missing values are left out and their
    /// neighbours taken as adjacent. Null for a perfect fit (no residual variance).
    /// </summary>
    public double? DurbinWatson { get; }

    /// <summary>The slope with Newey-West (HAC) standard error at the default lag, no small-sample correction (see <see cref="TradeArms.NeweyWest"/>).</summary>
    public NeweyWest SlopeHac { get; }

    /// <summary>The slope with Newey-West (HAC) standard error at a chosen lag, with or without the n / (n - 2) correction.</summary>
    /// <param name="lag">The truncation lag, 0 to n - 1; null for floor(4 (n/100)^(2/9)).</param>
    /// <param name="smallSampleCorrection">Multiply the variance by n / (n - 2).</param>
    /// <exception cref="ArgumentOutOfRangeException">The lag is outside 0..n - 1.</exception>
    public NeweyWest NeweyWestSlope(int? lag = null, bool smallSampleCorrection = false) =>
        NeweyWest.Estimate(Slope, _centredX, _residuals, _sxx, SlopeInterval.Level, lag, smallSampleCorrection);

    /// <summary>The standard deviation of the residuals (n - 2 degrees of freedom).</summary>
    public double ResidualStandardError { get; }

    /// <summary>The fitted trend and the confidence band of its mean, one point per period of the series.</summary>
    public ImmutableArray<FittedPoint> Fitted { get; }

    /// <summary>The trend value of any period of the series' kind (also outside the fitted range).</summary>
    public double Predict(Period period) => Intercept + Slope * Trend.X(period);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"Linear trend of {Series.Name}: {Slope:0.###} {Measure.Label} per year (95% CI {SlopeInterval.Lower:0.###} to {SlopeInterval.Upper:0.###}), R² {(RSquared is { } r ? r.ToString("0.###", CultureInfo.InvariantCulture) : "undefined")}, p {(SlopePValue is { } p ? Text.PValueText.Format(p) : "undefined")}, n = {N}");

    private FittedPoint Point(Period period, double? observed)
    {
        var x = Trend.X(period);
        var fitted = Intercept + Slope * x;
        var half = _tQuantile * ResidualStandardError * Math.Sqrt(1.0 / N + (x - _meanX) * (x - _meanX) / _sxx);
        return new FittedPoint(period, observed, fitted, fitted - half, fitted + half);
    }
}
