namespace TradeArms.Matrix;

/// <summary>
/// What <see cref="PairColumn"/> (one value per pair) and <see cref="PairPeriodColumn"/> (one per pair and period)
/// share: a computed figure of a <see cref="BilateralTradeMatrix"/> stored as one primitive array, its name and
/// measure, and the lookup of a pair by actor labels. NaN marks a missing or undefined value in <see cref="Values"/>.
/// </summary>
public abstract class PairValues
{
    private readonly double[] _values;

    private protected PairValues(BilateralTradeMatrix matrix, string name, Measure measure, double[] values)
    {
        Matrix = matrix;
        Name = name;
        Measure = measure;
        _values = values;
    }

    /// <summary>The matrix the figures were computed from.</summary>
    public BilateralTradeMatrix Matrix { get; }

    /// <summary>What the figure is, e.g. <c>balance</c> or <c>exports, CAGR 2000..2020</c>.</summary>
    public string Name { get; }

    /// <summary>The measure of the values.</summary>
    public Measure Measure { get; }

    /// <summary>All values; NaN where missing or undefined.</summary>
    public ReadOnlySpan<double> Values => _values;

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

    /// <summary>The value at <paramref name="index"/> of <see cref="Values"/>; null when NaN.</summary>
    private protected double? At(int index)
    {
        var v = _values[index];
        return double.IsNaN(v) ? null : v;
    }

    /// <summary>The pair of two actor labels; -1 when either actor or the pair is absent from the matrix.</summary>
    private protected int PairOf(string reporter, string partner)
    {
        var r = Matrix.IndexOfActor(reporter);
        var p = Matrix.IndexOfActor(partner);
        return r < 0 || p < 0 ? -1 : Matrix.IndexOfPair(r, p);
    }
}
