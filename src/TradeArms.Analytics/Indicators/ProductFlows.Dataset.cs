using System.Globalization;
using TradeArms.Economies;
using TradeArms.Products;
using TradeArms.Sources;

namespace TradeArms.Indicators;

public sealed partial class ProductFlows
{
    /// <summary>
    /// The product-level flows of a trade file (Comtrade, BACI, IMTS) at one HS level: a reporter's exports become cells
    /// reporter to partner, its imports cells partner to reporter. Records at the level are used as published; where a
    /// reporter, partner, flow and year has none, the finest level present is summed up to it. Left out, each with a note:
    /// breakdown rows (second partner, customs procedure, transport mode), re-exports and re-imports, records with a
    /// missing value (missing is not zero), codes the economy model could not map, and aggregate partners (World, regions):
    /// world totals are sums over the economies. When both sides report the same flow, the exporter's report is used
    /// (compare the two with <see cref="ProductMirror"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The file has no usable annual records, values in several units, or one side reports a cell twice.</exception>
    public static ProductFlows FromDataset(TradeDataset data, ProductLevel level)
    {
        ArgumentNullException.ThrowIfNull(data);
        var usable = data.Records.Where(r => !r.IsBreakdown && r.Flow is SourceFlow.Exports or SourceFlow.Imports && r.Period.Frequency == TradeFrequency.Annual).ToList();
        var notes = new List<string>();
        var breakdowns = data.Records.Count(r => r.IsBreakdown);
        if (breakdowns > 0)
        {
            notes.Add($"{breakdowns} breakdown records (second partner, customs procedure or transport mode) left out: they repeat part of the totals.");
        }
        var totals = new List<(Economy? Reporter, Economy? Partner, SourceFlow Flow, int Year, string Product, Money? Value)>();
        foreach (var group in usable.GroupBy(r => (r.ReporterCode, r.PartnerCode, r.Flow, r.Period.Year)))
        {
            var published = group.Where(r => level == ProductLevel.Total ? r.Product is null || r.Product.IsTotal : r.Product?.Level == level).ToList();
            totals.AddRange(published.Count > 0 || level == ProductLevel.Total
                ? published.Select(r => (r.Reporter, r.Partner, r.Flow, r.Period.Year, r.Product?.Code ?? ProductCode.TotalCode, r.Value?.Value))
                : ProductHierarchy.Aggregate(group, level).Select(t => (t.Reporter, t.Partner, t.Flow, t.Period.Year, t.Product.Code, t.Value)));
        }
        if (totals.Count == 0)
        {
            throw new InvalidOperationException($"{data.Source.Location ?? data.Source.Citation} has no annual exports or imports at the {level} level.");
        }
        var units = totals.Where(t => t.Value is not null).Select(t => t.Value!.Value.Unit).Distinct().ToList();
        if (units.Count > 1)
        {
            throw new InvalidOperationException($"The records are in several units ({string.Join(", ", units)}); convert them to one first.");
        }
        var cells = new Dictionary<(int Year, string Exporter, string Importer, string Product), (double Value, bool ByExporter)>();
        var keys = new Dictionary<string, Economy>(StringComparer.Ordinal);
        int unmapped = 0, aggregatePartners = 0, missing = 0, both = 0;
        foreach (var t in totals)
        {
            if (t.Reporter is null || t.Partner is null)
            {
                unmapped++;
                continue;
            }
            if (t.Partner.IsAggregate)
            {
                aggregatePartners++;
                continue;
            }
            if (t.Value is not { } value)
            {
                missing++;
                continue;
            }
            var reporter = Key(t.Reporter, keys);
            var partner = Key(t.Partner, keys);
            var byExporter = t.Flow == SourceFlow.Exports;
            var key = (t.Year, byExporter ? reporter : partner, byExporter ? partner : reporter, t.Product);
            if (cells.TryGetValue(key, out var existing))
            {
                if (existing.ByExporter == byExporter)
                {
                    throw new InvalidOperationException($"{t.Reporter} reports its {t.Flow.ToString().ToLowerInvariant()} of {t.Product} with {t.Partner} in {t.Year} twice.");
                }
                both++;
                if (byExporter)
                {
                    cells[key] = ((double)value.Amount, true);
                }
                continue;
            }
            cells.Add(key, ((double)value.Amount, byExporter));
        }
        if (unmapped > 0)
        {
            notes.Add($"{unmapped} product totals with unmapped economy codes left out (listed with their values in the dataset's Unmapped).");
        }
        if (aggregatePartners > 0)
        {
            notes.Add($"{aggregatePartners} product totals with aggregate partners (World, regions, areas nes) left out: totals are sums over economies.");
        }
        if (missing > 0)
        {
            notes.Add($"{missing} product totals without a value left out (missing, not zero).");
        }
        if (both > 0)
        {
            notes.Add($"{both} cells are reported by both sides: the exporter's report is used (ProductMirror compares them).");
        }
        var builder = new ProductFlowsBuilder(units.Count == 1 ? units[0] : new MoneyUnit("USD", MoneyScale.Units), data.Source, cells.Count)
        {
            Level = level == ProductLevel.Total ? null : level,
        };
        foreach (var note in notes)
        {
            builder.Note(note);
        }
        foreach (var ((year, exporter, importer, product), (value, _)) in cells.OrderBy(c => c.Key.Year).ThenBy(c => c.Key.Exporter, StringComparer.Ordinal)
            .ThenBy(c => c.Key.Importer, StringComparer.Ordinal).ThenBy(c => c.Key.Product, StringComparer.Ordinal))
        {
            builder.Add(year, exporter, importer, product, value, keys[exporter].IsAggregate, keys[importer].IsAggregate);
        }
        return builder.Build();
    }

    /// <summary>
    /// The flows of several files read as one (e.g. a legacy Comtrade export file and the import file of the same
    /// reporter), as <see cref="FromDataset"/> reads one.
    /// </summary>
    public static ProductFlows FromDatasets(ProductLevel level, params IReadOnlyList<TradeDataset> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Count == 0)
        {
            throw new ArgumentException("Give at least one dataset.", nameof(data));
        }
        if (data.Count == 1)
        {
            return FromDataset(data[0], level);
        }
        var source = new DataSource(data[0].Source.Citation, data[0].Source.Vintage, data[0].Source.Generated,
            string.Join("; ", data.Select(d => d.Source.Location ?? d.Source.Citation)));
        return FromDataset(new TradeDataset(data[0].Format, source, data.SelectMany(d => d.Records), data.SelectMany(d => d.Unmapped)), level);
    }

    /// <summary>The code an economy is known by in a product matrix: its ISO 3166-1 alpha-3 code, or the registry id.</summary>
    public static string CodeOf(Economy economy)
    {
        ArgumentNullException.ThrowIfNull(economy);
        return economy.Iso3 ?? economy.Id.ToString(CultureInfo.InvariantCulture);
    }

    private static string Key(Economy economy, Dictionary<string, Economy> keys)
    {
        var code = CodeOf(economy);
        keys.TryAdd(code, economy);
        return code;
    }
}
