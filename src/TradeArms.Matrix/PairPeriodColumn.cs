using System.Globalization;

namespace TradeArms.Matrix;

/// <summary>
/// A computed figure for every pair and period of a <see cref="BilateralTradeMatrix"/>, stored as one primitive array
/// (pair-major: the periods of pair 0, then of pair 1, ...: <c>pair * PeriodCount + period</c>). NaN marks a missing
/// or undefined value in <see cref="PairValues.Values"/>; the indexer returns null for it.
/// </summary>
public sealed class PairPeriodColumn : PairValues
{
    internal PairPeriodColumn(BilateralTradeMatrix matrix, string name, Measure measure, double[] values)
        : base(matrix, name, measure, values)
    {
    }

    /// <summary>The values of one pair, one per period; NaN where missing.</summary>
    public ReadOnlySpan<double> ForPair(int pair)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pair);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pair, Matrix.PairCount);
        return Values.Slice(pair * Matrix.PeriodCount, Matrix.PeriodCount);
    }

    /// <summary>The value of a pair in a period; null when missing or undefined.</summary>
    public double? this[int pair, int period]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(pair);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pair, Matrix.PairCount);
            ArgumentOutOfRangeException.ThrowIfNegative(period);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(period, Matrix.PeriodCount);
            return At(pair * Matrix.PeriodCount + period);
        }
    }

    /// <summary>The value for actor labels and a period; null when missing, undefined or absent from the matrix.</summary>
    public double? this[string reporter, string partner, Period period]
    {
        get
        {
            var t = Matrix.IndexOfPeriod(period);
            return t >= 0 && PairOf(reporter, partner) is var pair and >= 0 ? this[pair, t] : null;
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name} ({Measure.Label}): {Matrix.PairCount:N0} pairs x {Matrix.PeriodCount} periods, {DefinedCount:N0} defined");
}
