using System.Collections.Immutable;

namespace TradeArms.Indicators;

/// <summary>
/// How concentrated an exporter's exports are, over products and over partners, from the shares <c>s</c> of each
/// product (or partner) in its exports (WITS, "Trade indicators"; UNCTAD concentration index):
/// Herfindahl-Hirschman <c>HHI = sum s^2</c>; normalised <c>HHI* = (HHI - 1/N) / (1 - 1/N)</c> over the N products (or
/// partners) with positive exports (undefined for N = 1); Theil <c>T = sum s ln(s N)</c> (= ln N minus the entropy,
/// 0 when equal shares; Theil 1967); and the number of products with RCA above 1 against the world.
/// </summary>
public static class ExportDiversification
{
    /// <summary>The columns.</summary>
    public static readonly ImmutableArray<string> Columns =
        ["exports", "products", "products_hhi", "products_hhi_normalised", "products_theil", "products_rca_above_1", "partners", "partners_hhi", "partners_hhi_normalised", "partners_theil"];

    /// <summary>One row per exporter and year (all exporters, or one).</summary>
    /// <exception cref="ArgumentException">The reporter is not in the data.</exception>
    public static IndicatorTable Compute(ProductFlows flows, string? reporter = null)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var only = reporter is null ? -1 : RevealedComparativeAdvantage.Require(flows, reporter);
        var notes = new List<string>();
        var inGroup = ExportProfile.Group(flows, null, notes);
        notes.Add("N counts the products (partners) with positive exports; zero shares do not enter HHI or Theil.");
        var table = new IndicatorTableBuilder(Columns.Length, partner: false, product: false, capacity: 256);
        foreach (var (year, start, end) in ExportProfile.YearBlocks(flows))
        {
            var p = ExportProfile.Of(flows, start, end, inGroup);
            var blocks = new Dictionary<int, (int Start, int End)>();
            for (var r = start; r < end;)
            {
                var s = r;
                while (r < end && flows.Exporters[r] == flows.Exporters[s])
                {
                    r++;
                }
                blocks[flows.Exporters[s]] = (s, r);
            }
            for (var n = 0; n < p.ExporterIds.Length; n++)
            {
                var i = p.ExporterIds[n];
                if (only >= 0 && i != only)
                {
                    continue;
                }
                var xi = p.ExporterTotals[n];
                var row = table.Add(year, i, -1, -1);
                table.Set(row, 0, xi);
                var productValues = new List<double>();
                var above = 0;
                for (var r = p.Starts[n]; r < p.Starts[n + 1]; r++)
                {
                    productValues.Add(p.Values[r]);
                    var xwk = p.GroupByProduct[p.ProductIds[r]];
                    if (xi > 0 && xwk > 0 && p.Values[r] / xi / (xwk / p.GroupTotal) > 1)
                    {
                        above++;
                    }
                }
                var partnerValues = new List<double>();
                var (bs, be) = blocks[i];
                for (var r = bs; r < be;)
                {
                    var j = flows.Importers[r];
                    var x = 0.0;
                    while (r < be && flows.Importers[r] == j)
                    {
                        x += flows.Values[r++];
                    }
                    partnerValues.Add(x);
                }
                if (xi == 0)
                {
                    for (var c = 1; c < Columns.Length; c++)
                    {
                        table.Set(row, c, double.NaN);
                    }
                    table.Undefined(row, "the exporter's total exports are zero");
                    continue;
                }
                Concentration(table, row, 1, productValues, xi);
                table.Set(row, 5, above);
                Concentration(table, row, 6, partnerValues, xi);
                if (productValues.Count(v => v > 0) == 1 || partnerValues.Count(v => v > 0) == 1)
                {
                    table.Undefined(row, "normalised HHI: one product or partner only (1 - 1/N is zero)");
                }
            }
        }
        return table.Build(TradeIndicator.Diversification, "Export diversification over products and partners", flows, notes, Columns);
    }

    private static void Concentration(IndicatorTableBuilder table, int row, int column, List<double> values, double total)
    {
        var positive = values.Where(v => v > 0).ToList();
        var n = positive.Count;
        var hhi = positive.Sum(v => (v / total) * (v / total));
        table.Set(row, column, n);
        table.Set(row, column + 1, hhi);
        table.Set(row, column + 2, n > 1 ? (hhi - (1.0 / n)) / (1 - (1.0 / n)) : double.NaN);
        table.Set(row, column + 3, positive.Sum(v => v / total * Math.Log(v / total * n)));
    }
}
