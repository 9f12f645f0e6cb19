namespace TradeArms.Matrix;

/// <summary>
/// The all-pairs figures of a <see cref="BilateralTradeMatrix"/>, reporter's view, for every pair and period, as
/// columns: exports, imports, balance (X - M), turnover (X + M), coverage (X / M) and normalised balance
/// ((X - M) / (X + M)). A figure is missing where an input is; coverage is missing where imports are 0 and the
/// normalised balance where the turnover is 0 (never infinite).
/// </summary>
public sealed class TradeMatrixSummary
{
    internal TradeMatrixSummary(BilateralTradeMatrix matrix)
    {
        Matrix = matrix;
        var n = matrix.PairCount * matrix.PeriodCount;
        var x = GC.AllocateUninitializedArray<double>(n);
        var m = GC.AllocateUninitializedArray<double>(n);
        var balance = GC.AllocateUninitializedArray<double>(n);
        var turnover = GC.AllocateUninitializedArray<double>(n);
        var coverage = GC.AllocateUninitializedArray<double>(n);
        var normalised = GC.AllocateUninitializedArray<double>(n);
        var periods = matrix.PeriodCount;
        for (var pair = 0; pair < matrix.PairCount; pair++)
        {
            var bx = matrix.Block(pair, TradeFlow.Exports);
            var bm = matrix.Block(pair, TradeFlow.Imports);
            var start = pair * periods;
            bx.CopyTo(x.AsSpan(start, periods));
            bm.CopyTo(m.AsSpan(start, periods));
            for (var t = 0; t < periods; t++)
            {
                var e = bx[t];
                var i = bm[t];
                balance[start + t] = TradeMeasures.Balance(e, i);
                turnover[start + t] = TradeMeasures.Turnover(e, i);
                coverage[start + t] = TradeMeasures.Coverage(e, i);
                normalised[start + t] = TradeMeasures.NormalisedBalance(e, i);
            }
        }
        var money = Measure.Of(matrix.Unit);
        Exports = new PairPeriodColumn(matrix, "exports", money, x);
        Imports = new PairPeriodColumn(matrix, "imports", money, m);
        Balance = new PairPeriodColumn(matrix, "balance", money, balance);
        Turnover = new PairPeriodColumn(matrix, "turnover", money, turnover);
        Coverage = new PairPeriodColumn(matrix, "coverage", Measure.Ratio, coverage);
        NormalisedBalance = new PairPeriodColumn(matrix, "normalised balance", Measure.Ratio, normalised);
    }

    /// <summary>The matrix summarised.</summary>
    public BilateralTradeMatrix Matrix { get; }

    /// <summary>The reporter's exports to the partner.</summary>
    public PairPeriodColumn Exports { get; }

    /// <summary>The reporter's imports from the partner.</summary>
    public PairPeriodColumn Imports { get; }

    /// <summary>Exports - imports (positive: the reporter has a surplus).</summary>
    public PairPeriodColumn Balance { get; }

    /// <summary>Exports + imports (the total trade of the pair, reporter's view).</summary>
    public PairPeriodColumn Turnover { get; }

    /// <summary>Exports / imports, a ratio; missing where imports are 0.</summary>
    public PairPeriodColumn Coverage { get; }

    /// <summary>(Exports - imports) / (exports + imports), a ratio in -1..1; missing where the turnover is 0.</summary>
    public PairPeriodColumn NormalisedBalance { get; }
}
