using System.Globalization;

namespace TradeArms.Matrix;

/// <summary>
/// A computed figure for every pair of a <see cref="BilateralTradeMatrix"/> (one value per pair, e.g. a CAGR or a
/// trend slope), stored as one primitive array. NaN marks an undefined value in <see cref="PairValues.Values"/>; the
/// indexer returns null for it.
/// </summary>
public sealed class PairColumn : PairValues
{
    internal PairColumn(BilateralTradeMatrix matrix, string name, Measure measure, double[] values)
        : base(matrix, name, measure, values)
    {
    }

    /// <summary>The value of a pair; null when undefined.</summary>
    public double? this[int pair] => At(pair);

    /// <summary>The value for actor labels; null when undefined or when the pair is absent from the matrix.</summary>
    public double? this[string reporter, string partner] => PairOf(reporter, partner) is var pair and >= 0 ? this[pair] : null;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name} ({Measure.Label}): {Matrix.PairCount:N0} pairs, {DefinedCount:N0} defined");
}
