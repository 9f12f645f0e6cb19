namespace TradeArms.Indicators;

/// <summary>
/// Balassa's revealed comparative advantage, for every exporter and product at once:
/// <c>RCA_ik = (X_ik / X_i) / (X_wk / X_w)</c>, where <c>X_ik</c> is i's exports of product k (to every partner),
/// <c>X_i</c> its exports of all products, <c>X_wk</c> the reference group's exports of k and <c>X_w</c> the group's
/// exports of all products; and the symmetric form <c>RSCA = (RCA - 1) / (RCA + 1)</c> in [-1, 1]
/// (Balassa 1965, "Trade liberalisation and revealed comparative advantage", The Manchester School 33(2); Dalum,
/// Laursen and Villumsen 1998 for the symmetric form; WITS, "Revealed comparative advantage").
/// </summary>
public static class RevealedComparativeAdvantage
{
    /// <summary>The columns: <c>exports</c> (X_ik in the flows' unit), <c>rca</c>, <c>rsca</c>.</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<string> Columns = ["exports", "rca", "rsca"];

    /// <summary>
    /// RCA of every exporter in every product it exports, per year. The reference is the world (the sum over every
    /// exporter in the data, aggregates excluded; stated in the notes) or the <paramref name="group"/> of economy codes.
    /// Undefined (with the reason) where the exporter's total or the group's exports of the product are zero.
    /// </summary>
    /// <exception cref="ArgumentException">A group member is not in the data.</exception>
    public static IndicatorTable Compute(ProductFlows flows, IReadOnlyCollection<string>? group = null, string? reporter = null)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var notes = new List<string>();
        var inGroup = ExportProfile.Group(flows, group, notes);
        var only = reporter is null ? -1 : Require(flows, reporter);
        var table = new IndicatorTableBuilder(Columns.Length, partner: false, product: true, capacity: flows.Count / 8);
        foreach (var (_, start, end) in ExportProfile.YearBlocks(flows))
        {
            var p = ExportProfile.Of(flows, start, end, inGroup);
            for (var n = 0; n < p.ExporterIds.Length; n++)
            {
                if (only >= 0 && p.ExporterIds[n] != only)
                {
                    continue;
                }
                var xi = p.ExporterTotals[n];
                for (var r = p.Starts[n]; r < p.Starts[n + 1]; r++)
                {
                    var k = p.ProductIds[r];
                    var row = table.Add(p.Year, p.ExporterIds[n], -1, k);
                    table.Set(row, 0, p.Values[r]);
                    var xwk = p.GroupByProduct[k];
                    if (xi == 0 || xwk == 0 || p.GroupTotal == 0)
                    {
                        table.Set(row, 1, double.NaN);
                        table.Set(row, 2, double.NaN);
                        table.Undefined(row, xi == 0 ? "the exporter's total exports are zero" : "the reference group exports none of this product");
                        continue;
                    }
                    var rca = p.Values[r] / xi / (xwk / p.GroupTotal);
                    table.Set(row, 1, rca);
                    table.Set(row, 2, (rca - 1) / (rca + 1));
                }
            }
        }
        return table.Build(TradeIndicator.RevealedComparativeAdvantage, $"Revealed comparative advantage (Balassa){(reporter is null ? "" : " of " + reporter)}", flows, notes, Columns);
    }

    internal static int Require(ProductFlows flows, string code)
    {
        var id = flows.EconomyId(code);
        return id >= 0 ? id : throw new ArgumentException($"'{code}' is not in the data; its economies are {string.Join(", ", flows.Economies.Take(20))}{(flows.Economies.Length > 20 ? ", ..." : "")}.", nameof(code));
    }
}
