using System.Collections.Immutable;

namespace TradeArms.Indicators;

/// <summary>
/// The export similarity index of two exporters (Finger and Kreinin 1979, "A measure of 'export similarity' and its
/// possible uses", Economic Journal 89): <c>S_ij = sum_k min(s_ik, s_jk)</c>, where <c>s_ik</c> is product k's share of
/// i's exports to every partner. 1: identical export mixes; 0: no product in common.
/// </summary>
public static class ExportSimilarity
{
    /// <summary>The columns: <c>similarity</c>.</summary>
    public static readonly ImmutableArray<string> Columns = ["similarity"];

    /// <summary>The index for every pair of exporters (once per pair: it is symmetric), per year; with a reporter, its pairs only.</summary>
    /// <exception cref="ArgumentException">An economy is not in the data.</exception>
    public static IndicatorTable Compute(ProductFlows flows, string? reporter = null, string? partner = null)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var onlyI = reporter is null ? -1 : RevealedComparativeAdvantage.Require(flows, reporter);
        var onlyJ = partner is null ? -1 : RevealedComparativeAdvantage.Require(flows, partner);
        var all = new bool[flows.Economies.Length];
        var table = new IndicatorTableBuilder(Columns.Length, partner: true, product: false, capacity: 1024);
        foreach (var (year, start, end) in ExportProfile.YearBlocks(flows))
        {
            var p = ExportProfile.Of(flows, start, end, all);
            for (var a = 0; a < p.ExporterIds.Length; a++)
            {
                for (var b = a + 1; b < p.ExporterIds.Length; b++)
                {
                    int i = p.ExporterIds[a], j = p.ExporterIds[b];
                    if (onlyI >= 0 && i != onlyI && j != onlyI || onlyJ >= 0 && i != onlyJ && j != onlyJ)
                    {
                        continue;
                    }
                    var first = onlyI == j || onlyJ == i || onlyI < 0 && onlyJ < 0 && string.CompareOrdinal(flows.Economies[i], flows.Economies[j]) > 0 ? b : a;
                    var second = first == a ? b : a;
                    var row = table.Add(year, p.ExporterIds[first], p.ExporterIds[second], -1);
                    double xa = p.ExporterTotals[a], xb = p.ExporterTotals[b];
                    if (xa == 0 || xb == 0)
                    {
                        table.Set(row, 0, double.NaN);
                        table.Undefined(row, "an exporter's total exports are zero");
                        continue;
                    }
                    table.Set(row, 0, ShareOverlap.MinimumOverlap(p.ProductIds, p.Values, (p.Starts[a], p.Starts[a + 1], 1 / xa), (p.Starts[b], p.Starts[b + 1], 1 / xb)));
                }
            }
        }
        return table.Build(TradeIndicator.ExportSimilarity, "Export similarity index (Finger-Kreinin)", flows, ["One row per pair of exporters (the given reporter first, otherwise the codes in ordinal order): the index is symmetric."], Columns);
    }
}
