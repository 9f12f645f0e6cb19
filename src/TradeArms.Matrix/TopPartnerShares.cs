namespace TradeArms.Matrix;

/// <summary>
/// Each reporter's largest partners per period by one flow, with their shares of the reporter's total. Stored as
/// primitive arrays indexed reporter-major: <c>(reporter * PeriodCount + period) * Count + rank</c>.
/// </summary>
/// <remarks>
/// The total is the sum of the reporter's values of the flow over all partners (missing values left out, excluded
/// partners left out). A share is missing where the total is 0 or the reporter has no value in that period. Ties are
/// ordered by partner label. Ranks beyond the number of partners with a value are empty (partner id -1).
/// </remarks>
public sealed class TopPartnerShares
{
    private readonly int[] _partners;
    private readonly double[] _values;
    private readonly double[] _totals;

    internal TopPartnerShares(BilateralTradeMatrix matrix, TradeFlow flow, int count, bool[] excluded)
    {
        Matrix = matrix;
        Flow = flow;
        Count = count;
        var periods = matrix.PeriodCount;
        _partners = new int[matrix.ActorCount * periods * count];
        _partners.AsSpan().Fill(-1);
        _values = new double[_partners.Length];
        _values.AsSpan().Fill(double.NaN);
        _totals = new double[matrix.ActorCount * periods];
        _totals.AsSpan().Fill(double.NaN);
        var scratch = new double[periods];
        for (var r = 0; r < matrix.ActorCount; r++)
        {
            var pairs = matrix.PairsOfReporter(r);
            for (var pair = pairs.Start.Value; pair < pairs.End.Value; pair++)
            {
                var partner = matrix.PartnerOf(pair);
                if (excluded[partner])
                {
                    continue;
                }
                var values = matrix.FlowValues(pair, flow, scratch);
                for (var t = 0; t < periods; t++)
                {
                    var v = values[t];
                    if (double.IsNaN(v))
                    {
                        continue;
                    }
                    var cell = unchecked((r * periods) + t);
                    _totals[cell] = double.IsNaN(_totals[cell]) ? v : _totals[cell] + v;
                    Insert(unchecked(cell * count), partner, v);
                }
            }
        }
    }

    /// <summary>The matrix.</summary>
    public BilateralTradeMatrix Matrix { get; }

    /// <summary>The flow ranked (exports, imports or total).</summary>
    public TradeFlow Flow { get; }

    /// <summary>How many partners are kept per reporter and period.</summary>
    public int Count { get; }

    /// <summary>Partner ids, reporter-major; -1 where a rank is empty.</summary>
    public ReadOnlySpan<int> PartnerIds => _partners;

    /// <summary>The partners' values, reporter-major; NaN where a rank is empty.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>The total of a reporter in a period over all partners considered; null when it has no value.</summary>
    public double? Total(int reporter, int period)
    {
        var v = _totals[(reporter * Matrix.PeriodCount) + period];
        return double.IsNaN(v) ? null : v;
    }

    /// <summary>The partner id at a rank (0 = largest); -1 when the rank is empty.</summary>
    public int PartnerId(int reporter, int period, int rank) => _partners[Index(reporter, period, rank)];

    /// <summary>The value at a rank; null when the rank is empty.</summary>
    public double? Value(int reporter, int period, int rank)
    {
        var v = _values[Index(reporter, period, rank)];
        return double.IsNaN(v) ? null : v;
    }

    /// <summary>The share (0..1 for non-negative flows) of the partner at a rank in the reporter's total; null when
    /// the rank is empty or the total is 0.</summary>
    public double? Share(int reporter, int period, int rank)
    {
        var v = _values[Index(reporter, period, rank)];
        var total = _totals[(reporter * Matrix.PeriodCount) + period];
        return double.IsNaN(v) || total == 0 ? null : v / total;
    }

    /// <summary>The ranked partners of a reporter in a period, largest first: label, value and share (null when the total is 0).</summary>
    /// <exception cref="ArgumentException">The matrix has no such reporter or period.</exception>
    public IReadOnlyList<(string Partner, double Value, double? Share)> For(string reporter, Period period)
    {
        var r = Matrix.IndexOfActor(reporter);
        var t = Matrix.IndexOfPeriod(period);
        if (r < 0 || t < 0)
        {
            throw new ArgumentException(r < 0 ? $"The matrix has no actor '{reporter}'." : $"The matrix covers {Matrix.DescribePeriods()}; {period} is not one of its periods.", r < 0 ? nameof(reporter) : nameof(period));
        }
        var list = new List<(string, double, double?)>();
        for (var k = 0; k < Count && PartnerId(r, t, k) is var p && p >= 0; k++)
        {
            list.Add((Matrix.Actors[p], Value(r, t, k)!.Value, Share(r, t, k)));
        }
        return list;
    }

    private int Index(int reporter, int period, int rank)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rank);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(rank, Count);
        ArgumentOutOfRangeException.ThrowIfNegative(period);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(period, Matrix.PeriodCount);
        return (((reporter * Matrix.PeriodCount) + period) * Count) + rank;
    }

    /// <summary>Inserts a partner into the ranked list starting at <paramref name="at"/> (partners arrive in label order,
    /// so an equal value never moves ahead of an earlier partner).</summary>
    private void Insert(int at, int partner, double value)
    {
        unchecked
        {
            var k = Count;
            var last = at + k - 1;
            if (_partners[last] >= 0 && value <= _values[last])
            {
                return; // the common case: not among the largest so far
            }
            var i = last;
            while (i > at && (_partners[i - 1] < 0 || _values[i - 1] < value))
            {
                _values[i] = _values[i - 1];
                _partners[i] = _partners[i - 1];
                i--;
            }
            _values[i] = value;
            _partners[i] = partner;
        }
    }
}
