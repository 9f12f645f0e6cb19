using System.Globalization;

namespace TradeArms.Matrix;

/// <summary>
/// A computed figure for every pair and period of a <see cref="BilateralTradeMatrix"/>, stored as one primitive array
/// (pair-major: the periods of pair 0, then of pair 1, ...). NaN marks a missing or undefined value in
/// <see cref="Values"/>; the indexer returns null for it.
/// </summary>
public sealed class PairPeriodColumn
{
    private readonly double[] _values;

    internal PairPeriodColumn(BilateralTradeMatrix matrix, string name, Measure measure, double[] values)
    {
        Matrix = matrix;
        Name = name;
        Measure = measure;
        _values = values;
    }

    /// <summary>The matrix the figures were computed from.</summary>
    public BilateralTradeMatrix Matrix { get; }

    /// <summary>What the figure is, e.g. <c>balance</c>.</summary>
    public string Name { get; }

    /// <summary>The measure of the values.</summary>
    public Measure Measure { get; }

    /// <summary>All values, pair-major (<c>pair * PeriodCount + period</c>); NaN where missing.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>The values of one pair, one per period; NaN where missing.</summary>
    public ReadOnlySpan<double> ForPair(int pair)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pair);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pair, Matrix.PairCount);
        return _values.AsSpan(pair * Matrix.PeriodCount, Matrix.PeriodCount);
    }

    /// <summary>The value of a pair in a period; null when missing or undefined.</summary>
    public double? this[int pair, int period]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(period);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(period, Matrix.PeriodCount);
            var v = ForPair(pair)[period];
            return double.IsNaN(v) ? null : v;
        }
    }

    /// <summary>The value for actor labels and a period; null when missing, undefined or absent from the matrix.</summary>
    public double? this[string reporter, string partner, Period period]
    {
        get
        {
            var r = Matrix.IndexOfActor(reporter);
            var p = Matrix.IndexOfActor(partner);
            var t = Matrix.IndexOfPeriod(period);
            if (r < 0 || p < 0 || t < 0)
            {
                return null;
            }
            var pair = Matrix.IndexOfPair(r, p);
            return pair < 0 ? null : this[pair, t];
        }
    }

    /// <summary>The number of values that are defined (not NaN).</summary>
    public long DefinedCount
    {
        get
        {
            var n = 0L;
            foreach (var v in _values)
            {
                if (!double.IsNaN(v))
                {
                    n++;
                }
            }
            return n;
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name} ({Measure.Label}): {Matrix.PairCount:N0} pairs x {Matrix.PeriodCount} periods, {DefinedCount:N0} defined");
}
