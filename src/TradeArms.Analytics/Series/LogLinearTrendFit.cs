using System.Collections.Immutable;
using System.Globalization;

namespace TradeArms;

/// <summary>
/// A log-linear trend ln y = a + b x: the average growth rate of a series, (e^b - 1) in percent per year, with its
/// confidence interval (the slope's interval, transformed). Fitted values and bands are transformed back to the
/// series' measure.
/// </summary>
public sealed record LogLinearTrendFit
{
    internal LogLinearTrendFit(TimeSeries series, LinearTrendFit logFit)
    {
        Series = series;
        LogFit = logFit;
        GrowthPercentPerYear = (Math.Exp(logFit.Slope) - 1) * 100;
        GrowthInterval = new ConfidenceInterval((Math.Exp(logFit.SlopeInterval.Lower) - 1) * 100, (Math.Exp(logFit.SlopeInterval.Upper) - 1) * 100, logFit.SlopeInterval.Level);
        Fitted = [.. logFit.Fitted.Select((f, i) => new FittedPoint(f.Period, series.Values[i], Math.Exp(f.Fitted), Math.Exp(f.Lower), Math.Exp(f.Upper)))];
    }

    /// <summary>The series fitted.</summary>
    public TimeSeries Series { get; }

    /// <summary>The linear fit of the natural logarithm of the values (its slope is the continuous growth rate).</summary>
    public LinearTrendFit LogFit { get; }

    /// <summary>The average growth rate, percent per year: (e^b - 1) x 100.</summary>
    public double GrowthPercentPerYear { get; }

    /// <summary>The confidence interval of the growth rate, percent per year.</summary>
    public ConfidenceInterval GrowthInterval { get; }

    /// <summary>The fitted trend in the series' measure, with its band, one point per period.</summary>
    public ImmutableArray<FittedPoint> Fitted { get; }

    /// <summary>The trend value of a period, in the series' measure.</summary>
    public double Predict(Period period) => Math.Exp(LogFit.Predict(period));

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"Log-linear trend of {Series.Name}: {GrowthPercentPerYear:0.##}% per year (95% CI {GrowthInterval.Lower:0.##}% to {GrowthInterval.Upper:0.##}%), n = {LogFit.N}");
}
