namespace TradeArms.Indicators;

/// <summary>
/// One year of a product matrix summed by exporter and product (<c>X_ik</c>), with each exporter's total (<c>X_i</c>)
/// and the group's totals by product (<c>X_wk</c>) and overall (<c>X_w</c>): the denominators of RCA, similarity,
/// complementarity and diversification, computed in one sequential pass over the rows of the year.
/// </summary>
internal sealed class ExportProfile
{
    private ExportProfile(int year, int[] exporters, int[] starts, int[] products, double[] values, double[] exporterTotals, double[] groupByProduct, double groupTotal)
    {
        Year = year;
        ExporterIds = exporters;
        Starts = starts;
        ProductIds = products;
        Values = values;
        ExporterTotals = exporterTotals;
        GroupByProduct = groupByProduct;
        GroupTotal = groupTotal;
    }

    public int Year { get; }

    /// <summary>The exporters of the year, ascending ids; exporter n's products are rows Starts[n]..Starts[n+1].</summary>
    public int[] ExporterIds { get; }

    public int[] Starts { get; }

    /// <summary>The product of each (exporter, product) row, ascending within an exporter.</summary>
    public int[] ProductIds { get; }

    /// <summary>X_ik.</summary>
    public double[] Values { get; }

    /// <summary>X_i of each exporter (same index as <see cref="ExporterIds"/>).</summary>
    public double[] ExporterTotals { get; }

    /// <summary>X_wk: the group's exports by product id.</summary>
    public double[] GroupByProduct { get; }

    /// <summary>X_w.</summary>
    public double GroupTotal { get; }

    /// <summary>The row ranges of each year: rows are sorted by year first.</summary>
    public static IEnumerable<(int Year, int Start, int End)> YearBlocks(ProductFlows flows)
    {
        var start = 0;
        for (var r = 1; r <= flows.Count; r++)
        {
            if (r == flows.Count || flows.Years[r] != flows.Years[start])
            {
                yield return (flows.Years[start], start, r);
                start = r;
            }
        }
    }

    /// <summary>Sums the rows start..end (one year) by exporter and product; <paramref name="inGroup"/> says which exporters count in the group totals.</summary>
    public static ExportProfile Of(ProductFlows flows, int start, int end, bool[] inGroup)
    {
        var nProducts = flows.ProductCodes.Length;
        var acc = new double[nProducts];
        var seen = new bool[nProducts];
        var groupByProduct = new double[nProducts];
        var groupTotal = 0.0;
        var touched = new List<int>();
        var exporters = new List<int>();
        var starts = new List<int>();
        var totals = new List<double>();
        var products = new List<int>(end - start);
        var values = new List<double>(end - start);
        var r = start;
        while (r < end)
        {
            int i = flows.Exporters[r];
            while (r < end && flows.Exporters[r] == i)
            {
                var k = flows.Products[r];
                if (!seen[k])
                {
                    seen[k] = true;
                    touched.Add(k);
                }
                acc[k] += flows.Values[r];
                r++;
            }
            touched.Sort();
            exporters.Add(i);
            starts.Add(products.Count);
            var total = 0.0;
            foreach (var k in touched)
            {
                products.Add(k);
                values.Add(acc[k]);
                total += acc[k];
                if (inGroup[i])
                {
                    groupByProduct[k] += acc[k];
                }
                acc[k] = 0;
                seen[k] = false;
            }
            touched.Clear();
            totals.Add(total);
            if (inGroup[i])
            {
                groupTotal += total;
            }
        }
        starts.Add(products.Count);
        return new ExportProfile(flows.Years[start], [.. exporters], [.. starts], [.. products], [.. values], [.. totals], groupByProduct, groupTotal);
    }

    /// <summary>The group membership of every economy: the named codes, or every non-aggregate economy (the world).</summary>
    public static bool[] Group(ProductFlows flows, IReadOnlyCollection<string>? group, List<string> notes)
    {
        var member = new bool[flows.Economies.Length];
        if (group is null)
        {
            for (var e = 0; e < member.Length; e++)
            {
                member[e] = !flows.Aggregates[e];
            }
            var left = Enumerable.Range(0, member.Length).Where(e => flows.Aggregates[e]).Select(e => flows.Economies[e]).ToList();
            notes.Add("The world is the sum over every reporting economy in the data, excluding aggregates"
                + (left.Count > 0 ? $" ({string.Join(", ", left)} left out)." : " (none in the data)."));
            return member;
        }
        foreach (var code in group)
        {
            var id = flows.EconomyId(code);
            if (id < 0)
            {
                throw new ArgumentException($"The group member '{code}' is not in the data.", nameof(group));
            }
            member[id] = true;
        }
        notes.Add($"The reference group is {string.Join(", ", group)} (sum over these exporters), not the world.");
        return member;
    }
}
