namespace TradeArms.Matrix;

/// <summary>
/// The per-pair trend computations over one pair's values (one per consecutive period, NaN for missing). They follow
/// the definitions of <see cref="Trend"/> exactly (tests check the agreement); only the representation differs.
/// </summary>
/// <remarks>
/// Public for callers that stream a matrix pair by pair (<see cref="BilateralTradeMatrix.Values"/>) without
/// materialising a whole column, e.g. to checksum the all-pairs figures. Index arithmetic here cannot overflow
/// (indices are below an array length); it runs unchecked for speed.
/// </remarks>
public static class TrendKernels
{
    /// <summary>Percent change from the previous period (<see cref="Trend.YearOnYear"/>); NaN for the first period,
    /// where either value is missing, or where the previous value is 0.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="values"/>.</exception>
    public static void YearOnYear(ReadOnlySpan<double> values, Span<double> destination)
    {
        RequireRoom(values, destination);
        unchecked
        {
            if (values.Length == 0)
            {
                return;
            }
            destination[0] = double.NaN;
            for (var t = 1; t < values.Length; t++)
            {
                var before = values[t - 1];
                destination[t] = before == 0 ? double.NaN : (values[t] - before) / Math.Abs(before) * 100;
            }
        }
    }

    /// <summary>The CAGR in percent per year between two period indices (<see cref="Trend.Cagr(TimeSeries, Period, Period)"/>):
    /// NaN when an endpoint is missing, the start is 0 or below, or the end is below 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> is not an index of
    /// <paramref name="values"/>, or <paramref name="to"/> is not an index after it.</exception>
    public static double Cagr(ReadOnlySpan<double> values, int from, int to)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(to, from);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(to, values.Length);
        unchecked
        {
            var start = values[from];
            var end = values[to];
            if (double.IsNaN(start) || double.IsNaN(end) || start <= 0 || end < 0)
            {
                return double.NaN;
            }
            return (Math.Pow(end / start, 1.0 / (to - from)) - 1) * 100;
        }
    }

    /// <summary>The OLS slope of value on year, missing values left out (<see cref="Trend.Linear"/>); NaN with fewer
    /// than 3 values, where the single-pair fit refuses.</summary>
    public static double Slope(ReadOnlySpan<double> values)
    {
        unchecked
        {
            var n = 0;
            var sumX = 0.0;
            var sumY = 0.0;
            for (var t = 0; t < values.Length; t++)
            {
                var y = values[t];
                if (!double.IsNaN(y))
                {
                    n++;
                    sumX += t;
                    sumY += y;
                }
            }
            if (n < 3)
            {
                return double.NaN;
            }
            // Centred sums: x is the period index (a shift of the year, which leaves the slope unchanged).
            var meanX = sumX / n;
            var meanY = sumY / n;
            var sxx = 0.0;
            var sxy = 0.0;
            for (var t = 0; t < values.Length; t++)
            {
                var y = values[t];
                if (!double.IsNaN(y))
                {
                    var dx = t - meanX;
                    sxx += dx * dx;
                    sxy += dx * (y - meanY);
                }
            }
            return sxy / sxx;
        }
    }

    /// <summary>The sum over the <paramref name="window"/> periods ending in each period (<see cref="Trend.RollingSum"/>);
    /// NaN where the window reaches before the first period or holds a missing value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="values"/>.</exception>
    public static void RollingSum(ReadOnlySpan<double> values, int window, Span<double> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        RequireRoom(values, destination);
        unchecked
        {
            for (var t = 0; t < values.Length; t++)
            {
                if (t < window - 1)
                {
                    destination[t] = double.NaN;
                    continue;
                }
                var sum = 0.0;
                for (var k = t - window + 1; k <= t; k++)
                {
                    sum += values[k];
                }
                destination[t] = sum;
            }
        }
    }

    private static void RequireRoom(ReadOnlySpan<double> values, Span<double> destination)
    {
        if (destination.Length < values.Length)
        {
            throw new ArgumentException($"The destination holds {destination.Length} values; {values.Length} are needed.", nameof(destination));
        }
    }
}
