using System.Collections.Immutable;
using TradeArms.Sources;

namespace TradeArms.Products;

/// <summary>
/// Trade records converted to another classification vintage, with the report: each subheading record is converted by
/// the correlation table of its own vintage (a file can mix vintages year by year); TOTAL and records already in the
/// target pass unchanged; chapters and headings, and records whose vintage has no table, are left out and listed with
/// their values, never dropped silently.
/// </summary>
/// <param name="To">The target classification.</param>
/// <param name="Records">The converted records (split records carry their share of the value and no quantities).</param>
/// <param name="Conversions">The conversion report of each group of records converted together (one per source vintage, reporter, partner, flow and period).</param>
/// <param name="LeftOut">The records not converted, with why.</param>
public sealed partial record TradeConversion(Classification To, ImmutableArray<TradeRecord> Records, ImmutableArray<ConcordanceConversion> Conversions, ImmutableArray<(TradeRecord Record, string Reason)> LeftOut)
{
    /// <summary>Why a chapter or heading record is left out.</summary>
    public const string NotSubheading = "not a subheading (correlation tables link 6-digit codes: sum the converted subheadings up instead)";

    /// <summary>Why a record without a value is left out.</summary>
    public const string Missing = "no value (missing)";

    /// <summary>Converts a dataset's records to <paramref name="to"/> with the tables <paramref name="tables"/> finds (null: no table for that vintage).</summary>
    public static TradeConversion Convert(TradeDataset data, Classification to, Func<Classification, Concordance?> tables, ConversionWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(tables);
        var records = new List<TradeRecord>();
        var leftOut = new List<(TradeRecord, string)>();
        var conversions = new List<ConcordanceConversion>();
        var cache = new Dictionary<Classification, Concordance?>();
        var pending = new List<TradeRecord>();
        foreach (var r in data.Records)
        {
            if (r.Product is null || r.Product.IsTotal || r.Product.Classification == to)
            {
                records.Add(r.Product is { IsTotal: true } p ? r with { Product = p with { Classification = to } } : r);
            }
            else if (r.Product.Level != ProductLevel.Subheading)
            {
                leftOut.Add((r, NotSubheading));
            }
            else if (r.Value is null)
            {
                leftOut.Add((r, Missing));
            }
            else
            {
                pending.Add(r);
            }
        }
        foreach (var group in pending.GroupBy(r => (r.Product!.Classification, r.ReporterCode, r.PartnerCode, r.Flow, r.Period, r.Value!.Value.Value.Unit, r.Value!.Value.Valuation, r.IsBreakdown)))
        {
            if (!cache.TryGetValue(group.Key.Classification, out var table))
            {
                table = tables(group.Key.Classification);
                cache[group.Key.Classification] = table;
            }
            if (table is null)
            {
                leftOut.AddRange(group.Select(r => (r, $"no correlation table from {group.Key.Classification} to {to}")));
                continue;
            }
            var list = group.ToList();
            var result = table.Convert(list.Select(r => (r.Product!.Code, r.Value!.Value.Value)), weights);
            conversions.Add(result);
            foreach (var (record, step) in list.Zip(result.Steps))
            {
                if (step.IsUnmapped)
                {
                    leftOut.Add((record, $"not a code of the {table.From}-{table.To} correlation table"));
                    continue;
                }
                foreach (var (code, value) in step.To)
                {
                    records.Add(record with
                    {
                        Product = new ProductCode(code, to),
                        Value = record.Value!.Value with { Value = value },
                        Cif = null,
                        Fob = null,
                        NetWeight = step.IsSplit ? null : record.NetWeight,
                        Quantity = step.IsSplit ? null : record.Quantity,
                    });
                }
            }
        }
        return new TradeConversion(to, [.. records.OrderBy(r => r.Line)], [.. conversions], [.. leftOut.OrderBy(x => x.Item1.Line)]) { Source = data.Source };
    }
}
