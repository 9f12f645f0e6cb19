using System.Collections.Immutable;

namespace TradeArms.Indicators;

/// <summary>
/// The trade complementarity index of exporter i with importer j (Michaely 1996; Drysdale 1967; WITS):
/// <c>C_ij = 1 - sum_k |m_jk - x_ik| / 2</c>, where <c>x_ik</c> is product k's share of i's exports (to every partner)
/// and <c>m_jk</c> its share of j's imports (from every exporter in the data). 1: i's export mix is j's import mix; 0: they
/// share no product. WITS reports it times 100.
/// </summary>
public static class Complementarity
{
    /// <summary>The columns: <c>complementarity</c>.</summary>
    public static readonly ImmutableArray<string> Columns = ["complementarity"];

    /// <summary>The index for every exporter and every importer of the data (i != j), per year; restricted to one reporter (exporter) and/or partner (importer) when given.</summary>
    /// <exception cref="ArgumentException">An economy is not in the data.</exception>
    public static IndicatorTable Compute(ProductFlows flows, string? reporter = null, string? partner = null)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var onlyI = reporter is null ? -1 : RevealedComparativeAdvantage.Require(flows, reporter);
        var onlyJ = partner is null ? -1 : RevealedComparativeAdvantage.Require(flows, partner);
        var notes = new List<string> { "Import shares are j's imports from every exporter in the data (as those exporters report them); export shares are i's exports to every partner." };
        var all = new bool[flows.Economies.Length];
        var table = new IndicatorTableBuilder(Columns.Length, partner: true, product: false, capacity: 1024);
        var nProducts = flows.ProductCodes.Length;
        foreach (var (year, start, end) in ExportProfile.YearBlocks(flows))
        {
            var exports = ExportProfile.Of(flows, start, end, all);
            var imports = new Dictionary<int, double[]>();
            var importTotals = new Dictionary<int, double>();

            for (var r = start; r < end; r++)
            {
                int j = flows.Importers[r];
                if (!imports.TryGetValue(j, out var m))
                {
                    imports[j] = m = new double[nProducts];
                }
                m[flows.Products[r]] += flows.Values[r];
                importTotals[j] = importTotals.GetValueOrDefault(j) + flows.Values[r];
            }
            // Import values become shares once per importer; the sum of the shares is kept (1 up to rounding).
            var shareSums = new Dictionary<int, double>();
            foreach (var (j, m) in imports)
            {
                var total = importTotals[j];
                var sum = 0.0;
                for (var k = 0; k < m.Length && total > 0; k++)
                {
                    m[k] /= total;
                    sum += m[k];
                }
                shareSums[j] = sum;
            }
            for (var n = 0; n < exports.ExporterIds.Length; n++)
            {
                var i = exports.ExporterIds[n];
                if (onlyI >= 0 && i != onlyI)
                {
                    continue;
                }
                foreach (var j in imports.Keys.Order())
                {
                    if (j == i || onlyJ >= 0 && j != onlyJ)
                    {
                        continue;
                    }
                    var row = table.Add(year, i, j, -1);
                    var xi = exports.ExporterTotals[n];
                    var mj = importTotals[j];
                    if (xi == 0 || mj == 0)
                    {
                        table.Set(row, 0, double.NaN);
                        table.Undefined(row, xi == 0 ? "the exporter's total exports are zero" : "the importer's total imports are zero");
                        continue;
                    }
                    var distance = ShareOverlap.AbsoluteDistance(exports.ProductIds, exports.Values, exports.Starts[n], exports.Starts[n + 1], 1 / xi, imports[j], shareSums[j]);
                    table.Set(row, 0, 1 - (distance / 2));
                }
            }
        }
        return table.Build(TradeIndicator.Complementarity, "Trade complementarity index (Michaely, Drysdale)", flows, notes, Columns);
    }
}
