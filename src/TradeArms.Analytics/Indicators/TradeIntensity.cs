using System.Collections.Immutable;

namespace TradeArms.Indicators;

/// <summary>
/// The trade intensity index (WITS): <c>TI_ij = (x_ij / X_i) / (x_wj / X_w)</c>, i's exports to j as a share of its
/// exports, over the world's exports to j as a share of world exports (Brown 1949; Kojima 1964; World Bank WITS,
/// "Trade Indicators: trade intensity"). Above 1: i sends more to j than j's weight in world imports implies. The world
/// is the sum over every exporter in the data, aggregates excluded, or a chosen group.
/// </summary>
public static class TradeIntensity
{
    /// <summary>The columns: <c>exports</c> (x_ij, the flows' unit), <c>intensity</c>.</summary>
    public static readonly ImmutableArray<string> Columns = ["exports", "intensity"];

    /// <summary>The index for every exporter-importer pair with recorded trade, per year (all products summed).</summary>
    /// <exception cref="ArgumentException">A group member is not in the data.</exception>
    public static IndicatorTable Compute(ProductFlows flows, IReadOnlyCollection<string>? group = null)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var notes = new List<string> { "Pairs without recorded trade are not listed." };
        var inGroup = ExportProfile.Group(flows, group, notes);
        var table = new IndicatorTableBuilder(Columns.Length, partner: true, product: false, capacity: 1024);
        var n = flows.Economies.Length;
        foreach (var (year, start, end) in ExportProfile.YearBlocks(flows))
        {
            var exporterTotal = new double[n];
            var toImporter = new double[n];
            var world = 0.0;
            var pairs = new List<(int I, int J, double X)>();
            var r = start;
            while (r < end)
            {
                int i = flows.Exporters[r], j = flows.Importers[r];
                var x = 0.0;
                while (r < end && flows.Exporters[r] == i && flows.Importers[r] == j)
                {
                    x += flows.Values[r++];
                }
                pairs.Add((i, j, x));
                exporterTotal[i] += x;
                if (inGroup[i])
                {
                    toImporter[j] += x;
                    world += x;
                }
            }
            foreach (var (i, j, x) in pairs)
            {
                var row = table.Add(year, i, j, -1);
                table.Set(row, 0, x);
                if (exporterTotal[i] == 0 || toImporter[j] == 0 || world == 0)
                {
                    table.Set(row, 1, double.NaN);
                    table.Undefined(row, exporterTotal[i] == 0 ? "the exporter's total exports are zero" : "the group exports nothing to this importer");
                    continue;
                }
                table.Set(row, 1, x / exporterTotal[i] / (toImporter[j] / world));
            }
        }
        return table.Build(TradeIndicator.TradeIntensity, "Trade intensity index (WITS)", flows, notes, Columns);
    }
}
