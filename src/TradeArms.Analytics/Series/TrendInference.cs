namespace TradeArms;

/// <summary>
/// One series' trend statistics, computed once in the library: the CAGR from the first to the last period, the linear
/// trend (OLS) with its Newey-West inference and Durbin-Watson, the log-linear growth rate and, when a break is asked
/// for, a Chow test. What cannot be computed is null with a reason in words. Made by <see cref="Of"/>; shown by
/// <see cref="TrendReport"/>.
/// </summary>
public sealed record TrendInference
{
    private TrendInference(TimeSeries series)
    {
        Series = series;
    }

    /// <summary>The series fitted.</summary>
    public TimeSeries Series { get; }

    /// <summary>The CAGR from the first to the last period; null when it was not asked for or the series has under two periods.</summary>
    public GrowthRate? Cagr { get; private init; }

    /// <summary>Why <see cref="Cagr"/> has no rate (<c>needs two periods</c>, <c>end value -22.61 is negative</c>); null when it has one or was not asked for.</summary>
    public string? CagrReason { get; private init; }

    /// <summary>The linear trend; null when it cannot be fitted (see <see cref="LinearReason"/>).</summary>
    public LinearTrendFit? Linear { get; private init; }

    /// <summary>Why there is no linear trend.</summary>
    public string? LinearReason { get; private init; }

    /// <summary>The Newey-West inference on the slope, with the requested lag and correction; null without a linear trend.</summary>
    public NeweyWest? Hac { get; private init; }

    /// <summary>The log-linear trend; null when it cannot be fitted (see <see cref="LogReason"/>).</summary>
    public LogLinearTrendFit? Log { get; private init; }

    /// <summary>Why there is no log-linear trend (a value not positive, too few values).</summary>
    public string? LogReason { get; private init; }

    /// <summary>The Chow test at the requested break; null when none was asked for or it cannot be computed.</summary>
    public ChowTest? Chow { get; private init; }

    /// <summary>Why the Chow test asked for was not computed (too few values on one side of the break).</summary>
    public string? ChowReason { get; private init; }

    /// <summary>The linear trend's inference without its reason (a caller that explains the missing fit elsewhere).</summary>
    public TrendInference WithoutLinearReason() => this with { LinearReason = null };

    /// <summary>
    /// Fits the trends of <paramref name="series"/>: linear (with Newey-West at <paramref name="hacLag"/>, default
    /// <see cref="NeweyWest.DefaultLag"/>, and the n/(n-2) correction when <paramref name="hacCorrection"/>), log-linear,
    /// the CAGR when <paramref name="cagr"/>, and a Chow test at <paramref name="breakPeriod"/> when given.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The lag is not from 0 to n - 1.</exception>
    public static TrendInference Of(TimeSeries series, int? hacLag = null, bool hacCorrection = false, Period? breakPeriod = null, bool cagr = false)
    {
        ArgumentNullException.ThrowIfNull(series);
        // The fits' own checks say why one cannot be made: no exception is caught, no message is taken apart.
        var linear = Trend.TryLinear(series, out var linearReason);
        var hac = linear is null ? null : hacLag is null && !hacCorrection ? linear.SlopeHac : linear.NeweyWestSlope(hacLag, hacCorrection);
        var log = Trend.TryLogLinear(series, out var logReason);
        ChowTest? chow = null;
        string? chowReason = null;
        if (breakPeriod is { } at)
        {
            chow = Trend.TryChow(series, at, out chowReason);
        }
        GrowthRate? rate = null;
        string? rateReason = null;
        if (cagr)
        {
            if (series.Count < 2)
            {
                rateReason = "needs two periods";
            }
            else
            {
                rate = Trend.Cagr(series, series.Periods[0], series.Periods[^1]);
                rateReason = rate.Reason;
            }
        }
        return new TrendInference(series)
        {
            Cagr = rate, CagrReason = rateReason, Linear = linear, LinearReason = linearReason, Hac = hac, Log = log, LogReason = logReason,
            Chow = chow, ChowReason = chowReason,
        };
    }
}
