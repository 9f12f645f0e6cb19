using System.Collections.Immutable;
using TradeArms.Products;

namespace TradeArms.Indicators;

/// <summary>
/// The Grubel-Lloyd index of intra-industry trade between two economies i and j:
/// per product <c>GL_ijk = 1 - |X_ijk - M_ijk| / (X_ijk + M_ijk)</c>, and over products
/// <c>GL_ij = 1 - sum_k |X_ijk - M_ijk| / sum_k (X_ijk + M_ijk)</c>, where X are i's exports to j and M i's imports from
/// j (j's exports to i) (Grubel and Lloyd 1975, <i>Intra-Industry Trade</i>, Macmillan). With the Aquino adjustment
/// (Aquino 1978, Weltwirtschaftliches Archiv 114) the flows are first scaled to balance overall:
/// <c>X^e_k = X_k (X + M) / (2X)</c>, <c>M^e_k = M_k (X + M) / (2M)</c>, and GL is computed from them. The index is 1 when all
/// trade is two-way in the same products and 0 when it is one-way; it falls as products get finer (aggregation bias).
/// </summary>
public static class GrubelLloyd
{
    /// <summary>The columns of the pair tables: <c>exports</c>, <c>imports</c> (of the reporter with the partner, the flows' unit), <c>gl</c>, <c>gl_aquino</c>.</summary>
    public static readonly ImmutableArray<string> Columns = ["exports", "imports", "gl", "gl_aquino"];

    private const string NoTrade = "the pair has no trade in either direction";
    private const string OneWay = "Aquino: one direction is zero, the adjustment divides by it";

    /// <summary>
    /// GL over all products for every pair with trade, per year, in one sequential pass over the sorted matrix (each
    /// pair's two directions are merged by product). One row per pair (GL is symmetric): the reporter is the economy whose
    /// code sorts first (ordinal), the partner the other; exports and imports are the reporter's. With <paramref name="aquino"/> the adjusted index is added
    /// (otherwise <c>gl_aquino</c> is undefined).
    /// </summary>
    public static IndicatorTable EveryPair(ProductFlows flows, bool aquino = false)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var table = new IndicatorTableBuilder(Columns.Length, partner: true, product: false, capacity: 1024);
        var blocks = new Dictionary<int, (int Start, int End)>();
        var done = new HashSet<int>();
        foreach (var (year, start, end) in ExportProfile.YearBlocks(flows))
        {
            blocks.Clear();
            done.Clear();
            var r = start;
            while (r < end)
            {
                var s = r;
                var key = (flows.Exporters[r] << 16) | flows.Importers[r];
                while (r < end && flows.Exporters[r] == flows.Exporters[s] && flows.Importers[r] == flows.Importers[s])
                {
                    r++;
                }
                blocks.Add(key, (s, r));
            }
            foreach (var (key, x) in blocks)
            {
                var i = key >> 16;
                var j = key & 0xFFFF;
                var back = (j << 16) | i;
                if (done.Contains(key))
                {
                    continue;
                }
                done.Add(back);
                var m = blocks.TryGetValue(back, out var found) ? found : (Start: 0, End: 0);
                if (string.CompareOrdinal(flows.Economies[i], flows.Economies[j]) <= 0)
                {
                    Pair(flows, table, year, i, j, x, m, aquino);
                }
                else
                {
                    Pair(flows, table, year, j, i, m, x, aquino);
                }
            }
        }
        var notes = new List<string> { "One row per pair, the codes in ordinal order: GL is symmetric (the partner's GL with the reporter is the same)." };
        if (!aquino)
        {
            notes.Add("gl_aquino not computed (ask for the Aquino adjustment).");
        }
        return table.Build(TradeIndicator.GrubelLloyd, "Grubel-Lloyd index of intra-industry trade, every pair", flows, notes, Columns);
    }

    /// <summary>
    /// The GL index of one pair per product and per year, and over all products (rows with product <c>TOTAL</c>). With
    /// <paramref name="groupBy"/> (a level coarser than the flows'), the rows are groups of products at that level, each
    /// computed from its finer products (the sum of |X - M| over the sum of X + M within the group), which is not the same
    /// as GL of the summed flows (<see cref="ProductFlows.AtLevel"/>): the gap is the aggregation bias.
    /// </summary>
    /// <exception cref="ArgumentException">An economy is not in the data.</exception>
    public static IndicatorTable ByProduct(ProductFlows flows, string reporter, string partner, bool aquino = false, ProductLevel? groupBy = null)
    {
        ArgumentNullException.ThrowIfNull(flows);
        var i = RevealedComparativeAdvantage.Require(flows, reporter);
        var j = RevealedComparativeAdvantage.Require(flows, partner);
        var digits = groupBy is { } g ? (int)g : 0;
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupCodes = new List<string>();
        var table = new IndicatorTableBuilder(Columns.Length, partner: true, product: true);
        var notes = new List<string>();
        foreach (var year in flows.YearsCovered)
        {
            // Per product: X and M; groups sum |X - M| over their products.
            var cells = new SortedDictionary<string, (double X, double M)>(StringComparer.Ordinal);
            for (var r = 0; r < flows.Count; r++)
            {
                if (flows.Years[r] != year || !(flows.Exporters[r] == i && flows.Importers[r] == j || flows.Exporters[r] == j && flows.Importers[r] == i))
                {
                    continue;
                }
                var code = flows.ProductCodes[flows.Products[r]];
                if (digits > 0 && code.Length < digits)
                {
                    throw new ArgumentException($"Product {code} is coarser than the {groupBy} level.", nameof(groupBy));
                }
                var c = cells.GetValueOrDefault(code);
                cells[code] = flows.Exporters[r] == i ? (c.X + flows.Values[r], c.M) : (c.X, c.M + flows.Values[r]);
            }
            if (cells.Count == 0)
            {
                continue;
            }
            var totalX = cells.Values.Sum(c => c.X);
            var totalM = cells.Values.Sum(c => c.M);
            var scaleX = totalX > 0 ? (totalX + totalM) / (2 * totalX) : double.NaN;
            var scaleM = totalM > 0 ? (totalX + totalM) / (2 * totalM) : double.NaN;
            var rows = digits == 0 ? cells.Select(c => (Code: c.Key, Members: (IEnumerable<(double X, double M)>)[(c.Value.X, c.Value.M)]))
                : cells.GroupBy(c => c.Key[..digits], StringComparer.Ordinal).Select(g => (Code: g.Key, Members: g.Select(c => (c.Value.X, c.Value.M))));
            foreach (var (code, members) in rows.Append((ProductCode.TotalCode, cells.Values.Select(c => (c.X, c.M)))))
            {
                if (!groups.TryGetValue(code, out var id))
                {
                    id = flows.ProductCodes.IndexOf(code);
                    if (id < 0)
                    {
                        id = flows.ProductCodes.Length + groupCodes.Count;
                        groupCodes.Add(code);
                    }
                    groups.Add(code, id);
                }
                var list = members.ToList();
                var row = table.Add(year, i, j, id);
                Fill(table, row, list.Sum(m => m.X), list.Sum(m => m.X + m.M), list.Sum(m => Math.Abs(m.X - m.M)),
                    aquino ? list.Sum(m => Math.Abs(m.X * scaleX - m.M * scaleM)) : double.NaN, list.Sum(m => m.M), aquino);
            }
        }
        if (groupBy is not null)
        {
            notes.Add($"Rows are {groupBy} groups: GL within each group from its finer products (sum |X - M| / sum (X + M)).");
        }
        var withCodes = new ProductFlows(flows.Years, flows.Exporters, flows.Importers, flows.Products, flows.Values, flows.Count, flows.Economies, flows.Aggregates,
            [.. flows.ProductCodes, .. groupCodes], flows.Level, flows.Unit, flows.Source, flows.Notes);
        return table.Build(TradeIndicator.GrubelLloyd, $"Grubel-Lloyd index of {reporter} with {partner} by product", withCodes, notes, Columns);
    }

    private static void Pair(ProductFlows flows, IndicatorTableBuilder table, int year, int i, int j, (int Start, int End) x, (int Start, int End) m, bool aquino)
    {
        var (sumX, sumM, absDiff) = Merge(flows, x, m, 1, 1);
        var adjusted = double.NaN;
        if (aquino && sumX > 0 && sumM > 0)
        {
            adjusted = Merge(flows, x, m, (sumX + sumM) / (2 * sumX), (sumX + sumM) / (2 * sumM)).AbsDiff;
        }
        var row = table.Add(year, i, j, -1);
        Fill(table, row, sumX, sumX + sumM, absDiff, adjusted, sumM, aquino);
    }

    /// <summary>Merges the two sorted product runs of a pair: sum X, sum M and sum |sx X_k - sm M_k|.</summary>
    private static (double SumX, double SumM, double AbsDiff) Merge(ProductFlows flows, (int Start, int End) x, (int Start, int End) m, double scaleX, double scaleM)
    {
        double sumX = 0, sumM = 0, absDiff = 0;
        int a = x.Start, b = m.Start;
        while (a < x.End || b < m.End)
        {
            var ka = a < x.End ? flows.Products[a] : int.MaxValue;
            var kb = b < m.End ? flows.Products[b] : int.MaxValue;
            double vx = 0, vm = 0;
            if (ka <= kb)
            {
                vx = flows.Values[a++];
            }
            if (kb <= ka)
            {
                vm = flows.Values[b++];
            }
            sumX += vx;
            sumM += vm;
            absDiff += Math.Abs((vx * scaleX) - (vm * scaleM));
        }
        return (sumX, sumM, absDiff);
    }

    private static void Fill(IndicatorTableBuilder table, int row, double x, double turnover, double absDiff, double adjustedAbsDiff, double m, bool aquino)
    {
        table.Set(row, 0, x);
        table.Set(row, 1, m);
        if (turnover == 0)
        {
            table.Set(row, 2, double.NaN);
            table.Set(row, 3, double.NaN);
            table.Undefined(row, NoTrade);
            return;
        }
        table.Set(row, 2, 1 - (absDiff / turnover));
        if (!aquino)
        {
            table.Set(row, 3, double.NaN);
        }
        else if (x == 0 || m == 0)
        {
            table.Set(row, 3, double.NaN);
            table.Undefined(row, OneWay);
        }
        else
        {
            table.Set(row, 3, 1 - (adjustedAbsDiff / turnover));
        }
    }
}
