using System.Collections.Immutable;
using TradeArms.Economies;
using TradeArms.Sources;

namespace TradeArms.Products;

/// <summary>
/// One reporter's trade by product and partner for one flow and year, at one HS level: rows are product codes, columns
/// are partner economies (largest first). Aggregates (World, regions, "nes" areas) are never columns: their published
/// values are kept apart in <see cref="AggregatePartners"/>, and unmapped partner codes in <see cref="Unmapped"/>.
/// </summary>
public sealed class ProductPartnerMatrix
{
    private readonly Money?[,] _values;

    private ProductPartnerMatrix(Economy reporter, SourceFlow flow, int year, ProductLevel level, ImmutableArray<ProductCode> products,
        ImmutableArray<Economy> partners, Money?[,] values, ImmutableArray<ProductTotal> aggregates, ImmutableArray<ProductTotal> unmapped)
    {
        Reporter = reporter;
        Flow = flow;
        Year = year;
        Level = level;
        Products = products;
        Partners = partners;
        _values = values;
        AggregatePartners = aggregates;
        Unmapped = unmapped;
    }

    /// <summary>The reporter.</summary>
    public Economy Reporter { get; }

    /// <summary>The flow.</summary>
    public SourceFlow Flow { get; }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The HS level of the rows.</summary>
    public ProductLevel Level { get; }

    /// <summary>The product codes (rows), in code order.</summary>
    public ImmutableArray<ProductCode> Products { get; }

    /// <summary>The partner economies (columns), largest total first; no aggregates.</summary>
    public ImmutableArray<Economy> Partners { get; }

    /// <summary>The values with aggregate partners (World, regions, nes areas), kept apart, never ranked.</summary>
    public ImmutableArray<ProductTotal> AggregatePartners { get; }

    /// <summary>The values with partner codes the economy model did not map, kept apart with their codes.</summary>
    public ImmutableArray<ProductTotal> Unmapped { get; }

    /// <summary>The value of a product with a partner; null when missing (the source reported none).</summary>
    public Money? this[ProductCode product, Economy partner]
    {
        get
        {
            var i = Products.IndexOf(product);
            var j = Partners.IndexOf(partner);
            return i < 0 || j < 0 ? null : _values[i, j];
        }
    }

    /// <summary>
    /// Builds the matrix from a dataset: at each partner, the records at <paramref name="level"/> as published, or summed
    /// from the finest level present (<see cref="ProductHierarchy.Aggregate"/>) when the level is not published.
    /// </summary>
    /// <exception cref="InvalidOperationException">The reporter has no records for the flow and year.</exception>
    public static ProductPartnerMatrix Build(TradeDataset data, Economy reporter, SourceFlow flow, int year, ProductLevel level)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(reporter);
        var records = data.Records.Where(r => r.Reporter == reporter && r.Flow == flow && r.Period == TradePeriod.OfYear(year) && !r.IsBreakdown).ToList();
        if (records.Count == 0)
        {
            throw new InvalidOperationException($"The file has no {flow.ToString().ToLowerInvariant()} of {reporter} in {year}.");
        }
        var totals = new List<ProductTotal>();
        foreach (var partner in records.GroupBy(r => r.PartnerCode))
        {
            var published = partner.Where(r => r.Product?.Level == level).ToList();
            totals.AddRange(published.Count > 0
                ? published.Select(r => new ProductTotal(r.Reporter, r.ReporterCode, r.Partner, r.PartnerCode, r.Flow, r.Period, r.Product!, r.Value?.Value, 1))
                : ProductHierarchy.Aggregate(partner, level));
        }
        var aggregates = totals.Where(t => t.Partner?.IsAggregate == true).ToImmutableArray();
        var unmapped = totals.Where(t => t.Partner is null).ToImmutableArray();
        var real = totals.Where(t => t.Partner is { IsAggregate: false }).ToList();
        var products = real.Select(t => t.Product).Distinct().OrderBy(p => p.Code, StringComparer.Ordinal).ToImmutableArray();
        var partners = real.GroupBy(t => t.Partner!).OrderByDescending(g => g.Sum(t => t.Value?.Amount ?? 0)).ThenBy(g => g.Key.Name, StringComparer.Ordinal)
            .Select(g => g.Key).ToImmutableArray();
        var values = new Money?[products.Length, partners.Length];
        foreach (var t in real)
        {
            values[products.IndexOf(t.Product), partners.IndexOf(t.Partner!)] = t.Value;
        }
        return new ProductPartnerMatrix(reporter, flow, year, level, products, partners, values, aggregates, unmapped);
    }
}
