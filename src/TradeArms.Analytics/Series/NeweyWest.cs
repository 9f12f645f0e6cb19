using System.Globalization;
using MathNet.Numerics.Distributions;

namespace TradeArms;

/// <summary>
/// The slope of a <see cref="LinearTrendFit"/> with Newey-West (HAC: heteroskedasticity- and autocorrelation-consistent)
/// standard error, interval and p-value. Yearly trade and arms series are autocorrelated, which makes the ordinary
/// standard error too small; this one allows for it.
/// </summary>
/// <remarks>
/// <para>Var(b) = Σ_l w_l Σ_t e_t d_t e_{t-l} d_{t-l} / Sxx² over lags l = -L..L, with d_t = x_t - mean(x), residuals
/// e_t in year order (missing values left out, neighbours taken as adjacent), and Bartlett weights
/// w_l = 1 - |l| / (L + 1). The default lag is L = floor(4 (n/100)^(2/9)) (Newey and West 1994), 2 for n from 12 to
/// 80. No small-sample correction unless asked; asked, the variance is multiplied by n / (n - 2) (Stata's
/// <c>newey</c>). The interval and p-value use Student's t with n - 2 degrees of freedom, as the OLS ones do
/// (statsmodels' <c>OLS.fit(cov_type="HAC", cov_kwds={"maxlags": L, "use_correction": False}, use_t=True)</c>).</para>
/// </remarks>
/// <param name="Lag">The truncation lag L.</param>
/// <param name="SmallSampleCorrection">Whether the n / (n - 2) factor was applied.</param>
/// <param name="StandardError">The HAC standard error of the slope.</param>
/// <param name="Interval">The slope's interval with the HAC standard error.</param>
/// <param name="PValue">The two-sided p-value of the slope with the HAC standard error; null when that error is 0.</param>
public sealed record NeweyWest(int Lag, bool SmallSampleCorrection, double StandardError, ConfidenceInterval Interval, double? PValue)
{
    /// <summary>The default lag for <paramref name="n"/> observations: floor(4 (n/100)^(2/9)).</summary>
    public static int DefaultLag(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        return (int)Math.Floor(4 * Math.Pow(n / 100.0, 2.0 / 9.0));
    }

    internal static NeweyWest Estimate(double slope, double[] centredX, double[] residuals, double sxx, double level, int? lag, bool smallSampleCorrection)
    {
        var n = residuals.Length;
        var l = lag ?? DefaultLag(n);
        if (l < 0 || l >= n)
        {
            throw new ArgumentOutOfRangeException(nameof(lag), string.Create(CultureInfo.InvariantCulture,
                $"A Newey-West lag must be from 0 to n - 1 = {n - 1}; {l} was asked."));
        }
        var u = new double[n];
        for (var t = 0; t < n; t++)
        {
            u[t] = residuals[t] * centredX[t];
        }
        var s = u.Sum(v => v * v);
        for (var j = 1; j <= l; j++)
        {
            var w = 1 - j / (l + 1.0);
            var gamma = 0.0;
            for (var t = j; t < n; t++)
            {
                gamma += u[t] * u[t - j];
            }
            s += 2 * w * gamma;
        }
        var variance = s / (sxx * sxx) * (smallSampleCorrection ? n / (n - 2.0) : 1);
        var se = Math.Sqrt(Math.Max(variance, 0));
        var dof = n - 2;
        var q = StudentT.InvCDF(0, 1, dof, 0.5 + level / 2);
        double? p = se == 0 ? null : TailProbability.StudentTwoSided(slope / se, dof);
        return new NeweyWest(l, smallSampleCorrection, se, new ConfidenceInterval(slope - q * se, slope + q * se, level), p);
    }
}
