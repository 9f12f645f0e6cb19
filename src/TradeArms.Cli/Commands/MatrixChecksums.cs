using System.Globalization;
using TradeArms.Matrix;

namespace TradeArms.Cli.Commands;

/// <summary>
/// Counts and sums of every all-pairs figure, computed pair by pair without materialising the columns, so that
/// <c>matrix summarize --checksum</c> can be compared with other tools (DuckDB, pandas, DataFrame) in the benchmarks.
/// Each line reads <c>name count sum</c>; the sum is over defined values only.
/// </summary>
internal static class MatrixChecksums
{
    public static List<string> Balances(BilateralTradeMatrix matrix)
    {
        var x = new Sum("exports");
        var m = new Sum("imports");
        var balance = new Sum("balance");
        var turnover = new Sum("turnover");
        var coverage = new Sum("coverage");
        var normalised = new Sum("normalised_balance");
        for (var pair = 0; pair < matrix.PairCount; pair++)
        {
            var bx = matrix.Values(pair, TradeFlow.Exports);
            var bm = matrix.Values(pair, TradeFlow.Imports);
            for (var t = 0; t < bx.Length; t++)
            {
                var e = bx[t];
                var i = bm[t];
                x.Add(e);
                m.Add(i);
                balance.Add(TradeMeasures.Balance(e, i));
                turnover.Add(TradeMeasures.Turnover(e, i));
                coverage.Add(TradeMeasures.Coverage(e, i));
                normalised.Add(TradeMeasures.NormalisedBalance(e, i));
            }
        }
        return [$"pairs {matrix.PairCount.ToString(CultureInfo.InvariantCulture)}", $"periods {matrix.PeriodCount.ToString(CultureInfo.InvariantCulture)}",
            x.ToString(), m.ToString(), balance.ToString(), turnover.ToString(), coverage.ToString(), normalised.ToString()];
    }

    /// <summary>
    /// The trend workload: per pair and flow, year-on-year growth, the CAGR from the first to the last period, the OLS
    /// slope and 5-year rolling sums; per reporter and period, the top-5 export partners' shares.
    /// </summary>
    public static List<string> Trends(BilateralTradeMatrix matrix, bool includeAggregates = false)
    {
        var lines = new List<string>();
        var periods = matrix.PeriodCount;
        var scratch = new double[periods];
        foreach (var (flow, name) in new[] { (TradeFlow.Exports, "exports"), (TradeFlow.Imports, "imports") })
        {
            var growth = new Sum(name + "_yoy_growth");
            var cagr = new Sum(name + "_cagr");
            var slope = new Sum(name + "_ols_slope");
            var rolling = new Sum(name + "_rolling5");
            for (var pair = 0; pair < matrix.PairCount; pair++)
            {
                var values = matrix.Values(pair, flow);
                TrendKernels.YearOnYear(values, scratch);
                growth.AddAll(scratch);
                if (periods > 1)
                {
                    cagr.Add(TrendKernels.Cagr(values, 0, periods - 1));
                }
                slope.Add(TrendKernels.Slope(values));
                TrendKernels.RollingSum(values, 5, scratch);
                rolling.AddAll(scratch);
            }
            lines.AddRange([growth.ToString(), cagr.ToString(), slope.ToString(), rolling.ToString()]);
        }
        var top = matrix.TopPartners(TradeFlow.Exports, 5, includeAggregates: includeAggregates);
        var shares = new Sum("exports_top5_share");
        for (var r = 0; r < matrix.ActorCount; r++)
        {
            for (var t = 0; t < periods; t++)
            {
                for (var k = 0; k < top.Count; k++)
                {
                    shares.Add(top.Share(r, t, k) ?? double.NaN);
                }
            }
        }
        lines.Add(shares.ToString());
        return lines;
    }

    private sealed class Sum(string name)
    {
        private long _count;
        private double _sum;

        public void Add(double value)
        {
            if (!double.IsNaN(value))
            {
                _count++;
                _sum += value;
            }
        }

        public void AddAll(ReadOnlySpan<double> values)
        {
            // Branch-free: missing values are frequent and irregular, so a branch would often be mispredicted.
            long count = 0;
            var sum = 0.0;
            foreach (var v in values)
            {
                var defined = !double.IsNaN(v);
                count += defined ? 1 : 0;
                sum += defined ? v : 0;
            }
            _count += count;
            _sum += sum;
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{name} {_count} {_sum:R}");
    }
}
