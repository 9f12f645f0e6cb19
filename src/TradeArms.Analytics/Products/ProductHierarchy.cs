using TradeArms.Economies;
using TradeArms.Sources;

namespace TradeArms.Products;

/// <summary>
/// The HS hierarchy over trade records: sums up from subheadings to headings, chapters and TOTAL, and checks the totals a
/// source publishes at every level (UN Comtrade reports TOTAL, chapters, headings and subheadings in one file) against the
/// sum of their published children, as <c>validate</c> does for a printed table. Published figures stay as published.
/// </summary>
public static class ProductHierarchy
{
    /// <summary>
    /// Checks each published parent (TOTAL, chapter, heading) against the sum of its published children one level down,
    /// per reporter, partner, flow, period and vintage; breakdown rows and records without a value are left out. The
    /// tolerance is half a unit of the last printed digit for each figure involved.
    /// </summary>
    public static ProductReconciliation Reconcile(TradeDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var discrepancies = new List<ProductDiscrepancy>();
        var checkedCount = 0;
        var groups = data.Records.Where(r => !r.IsBreakdown && r.Value is not null && r.Product?.Level is not null)
            .GroupBy(r => (r.ReporterCode, r.PartnerCode, r.Flow, r.Period, r.Product!.Classification));
        foreach (var group in groups)
        {
            var byCode = new Dictionary<string, TradeRecord>(StringComparer.Ordinal);
            foreach (var r in group)
            {
                byCode.TryAdd(r.Product!.Code, r);
            }
            var children = byCode.Values.Where(r => r.Product!.Parent is not null).ToLookup(r => r.Product!.Parent!.Code, StringComparer.Ordinal);
            foreach (var parent in byCode.Values.Where(r => r.Product!.Level is ProductLevel.Total or ProductLevel.Chapter or ProductLevel.Heading))
            {
                var kids = children[parent.Product!.Code].ToList();
                if (kids.Count == 0)
                {
                    continue;
                }
                checkedCount++;
                var published = parent.Value!.Value.Value;
                var sum = kids.Select(k => k.Value!.Value.Value).Aggregate((a, b) => a + b);
                var tolerance = kids.Append(parent).Sum(r => HalfUnit(r.Value!.Value.Value.Amount));
                if (Math.Abs(published.Amount - sum.Amount) > tolerance)
                {
                    discrepancies.Add(new ProductDiscrepancy(parent, published, sum, kids.Count, tolerance));
                }
            }
        }
        return new ProductReconciliation(checkedCount, [.. discrepancies.OrderBy(d => d.Record.Line)]);
    }

    /// <summary>
    /// Sums records up to a level of the hierarchy (e.g. BACI's subheadings to chapters): one value per reporter, partner,
    /// flow, period and code at that level, from the records one level finest in each group (published totals at coarser
    /// levels are not added in, so nothing is counted twice). Missing values stay out of the sum; a group with none is missing.
    /// </summary>
    public static IReadOnlyList<ProductTotal> Aggregate(IEnumerable<TradeRecord> records, ProductLevel level)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (level == ProductLevel.Section)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Sections group chapters through a nomenclature: sum to chapters, then use HsNomenclature.SectionOf.");
        }
        var result = new List<ProductTotal>();
        foreach (var group in records.Where(r => !r.IsBreakdown && r.Product?.Level is { } l && l != ProductLevel.Total && l >= level)
            .GroupBy(r => (r.ReporterCode, r.PartnerCode, r.Flow, r.Period, r.Product!.Classification)))
        {
            var finest = group.Max(r => r.Product!.Level!.Value);
            foreach (var code in group.Where(r => r.Product!.Level == finest).GroupBy(r => r.Product!.At(level)!.Code, StringComparer.Ordinal))
            {
                var values = code.Where(r => r.Value is not null).Select(r => r.Value!.Value.Value).ToList();
                var first = code.First();
                result.Add(new ProductTotal(first.Reporter, first.ReporterCode, first.Partner, first.PartnerCode, first.Flow, first.Period,
                    new ProductCode(code.Key, first.Product!.Classification), values.Count == 0 ? null : values.Aggregate((a, b) => a + b), code.Count()));
            }
        }
        return result;
    }

    /// <summary>
    /// A reporter's exports to and imports from one partner in one year, product by product at one level, largest first
    /// (by exports plus imports; a flow that is not reported adds nothing to the order and stays missing). A flow is
    /// taken as published at that level when the file has that level for it, or else summed from its finest codes
    /// (<see cref="Aggregate"/>); breakdown rows are left out. Records of several files (Comtrade's legacy exports and
    /// imports files) can be passed together. Annual records only.
    /// </summary>
    /// <param name="records">The records, e.g. <c>exports.Records.Concat(imports.Records)</c>.</param>
    /// <param name="reporter">The reporter.</param>
    /// <param name="partner">The partner.</param>
    /// <param name="year">The year.</param>
    /// <param name="level">Chapter, heading or subheading.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is the total or sections.</exception>
    /// <exception cref="InvalidOperationException">A product has two published values for one flow (e.g. the same file passed twice).</exception>
    public static IReadOnlyList<ProductTrade> Trade(IEnumerable<TradeRecord> records, Economy reporter, Economy partner, int year, ProductLevel level)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(partner);
        if (level is ProductLevel.Total or ProductLevel.Section)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Products are listed by chapter, heading or subheading: the total is the pair's trade table (TradeDataset.Table).");
        }
        var pair = records.Where(r => r.Reporter == reporter && r.Partner == partner && r.Period.Year == year && r.Period.Frequency == TradeFrequency.Annual && !r.IsBreakdown
            && r.Flow is SourceFlow.Exports or SourceFlow.Imports && r.Product?.Level is { } l && l != ProductLevel.Total).ToList();
        var values = new Dictionary<(SourceFlow Flow, ProductCode Product), Money?>();
        foreach (var flow in pair.GroupBy(r => r.Flow))
        {
            var published = flow.Where(r => r.Product!.Level == level).ToList();
            var found = published.Count > 0
                ? published.Select(r => (r.Product!, r.Value?.Value, r.Line))
                : Aggregate(flow, level).Select(t => (t.Product, t.Value, Line: 0));
            foreach (var (product, value, line) in found)
            {
                if (!values.TryAdd((flow.Key, product), value))
                {
                    throw new InvalidOperationException($"{reporter}'s {flow.Key.ToString().ToLowerInvariant()} of {product} in {year} are given twice (line {line}): pass each file once.");
                }
            }
        }
        return [.. values.Keys.Select(k => k.Product).Distinct()
            .Select(p => new ProductTrade(p, values.GetValueOrDefault((SourceFlow.Exports, p)), values.GetValueOrDefault((SourceFlow.Imports, p))))
            .OrderByDescending(t => (t.Exports?.Amount ?? 0) + (t.Imports?.Amount ?? 0))
            .ThenBy(t => t.Product.Code, StringComparer.Ordinal)];
    }

    private static decimal HalfUnit(decimal amount)
    {
        var scale = (decimal.GetBits(amount)[3] >> 16) & 0xFF;
        var unit = 1m;
        for (var i = 0; i < scale; i++)
        {
            unit /= 10;
        }
        return unit / 2;
    }
}
