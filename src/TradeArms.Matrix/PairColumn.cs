using System.Globalization;

namespace TradeArms.Matrix;

/// <summary>
/// A computed figure for every pair of a <see cref="BilateralTradeMatrix"/> (one value per pair, e.g. a CAGR or a
/// trend slope), stored as one primitive array. NaN marks an undefined value in <see cref="Values"/>; the indexer
/// returns null for it.
/// </summary>
public sealed class PairColumn
{
    private readonly double[] _values;

    internal PairColumn(BilateralTradeMatrix matrix, string name, Measure measure, double[] values)
    {
        Matrix = matrix;
        Name = name;
        Measure = measure;
        _values = values;
    }

    /// <summary>The matrix the figures were computed from.</summary>
    public BilateralTradeMatrix Matrix { get; }

    /// <summary>What the figure is, e.g. <c>exports, CAGR 2000..2020</c>.</summary>
    public string Name { get; }

    /// <summary>The measure of the values.</summary>
    public Measure Measure { get; }

    /// <summary>One value per pair; NaN where undefined.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>The value of a pair; null when undefined.</summary>
    public double? this[int pair]
    {
        get
        {
            var v = _values[pair];
            return double.IsNaN(v) ? null : v;
        }
    }

    /// <summary>The value for actor labels; null when undefined or when the pair is absent from the matrix.</summary>
    public double? this[string reporter, string partner]
    {
        get
        {
            var r = Matrix.IndexOfActor(reporter);
            var p = Matrix.IndexOfActor(partner);
            if (r < 0 || p < 0)
            {
                return null;
            }
            var pair = Matrix.IndexOfPair(r, p);
            return pair < 0 ? null : this[pair];
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name} ({Measure.Label}): {Matrix.PairCount:N0} pairs, {_values.Count(v => !double.IsNaN(v)):N0} defined");
}
