using System.Collections.Immutable;
using Microsoft.Data.Analysis;
using TradeArms.Economies;
using TradeArms.Products;

namespace TradeArms.Sources;

/// <summary>
/// A pair's trade by product at one level (chapter, heading, subheading), period by period: the codes the file
/// publishes at that level, or the sums of its finer codes where it publishes none (<see cref="ProductHierarchy.Aggregate"/>);
/// made by <see cref="Of"/>. For BACI (one reconciled matrix) the reporter's imports are the partner's exports to it.
/// </summary>
public sealed class ProductBreakdown : IAnalysisResult
{
    private ProductBreakdown(TradeDataset data, Economy reporter, Economy partner, ProductLevel level, ImmutableArray<ProductBreakdownRow> rows)
    {
        Data = data;
        Reporter = reporter;
        Partner = partner;
        Level = level;
        Rows = rows;
    }

    /// <summary>The dataset read.</summary>
    public TradeDataset Data { get; }

    /// <summary>The reporter.</summary>
    public Economy Reporter { get; }

    /// <summary>The partner.</summary>
    public Economy Partner { get; }

    /// <summary>The product level.</summary>
    public ProductLevel Level { get; }

    /// <summary>One row per period and product, in period then code order.</summary>
    public ImmutableArray<ProductBreakdownRow> Rows { get; }

    /// <summary>The units of the amounts (one, unless the file mixes units).</summary>
    public IReadOnlyList<MoneyUnit> Units => [.. Rows.SelectMany(r => new[] { r.Exports, r.Imports }).OfType<Money>().Select(m => m.Unit).Distinct()];

    /// <summary>For example <c>China with United States by chapter</c>.</summary>
    public string Title => $"{Reporter.Name} with {Partner.Name} by {Level.ToString().ToLowerInvariant()}";

    /// <summary>The amounts' unit; when the file mixes units, the rows carry theirs (<c>exports_unit</c>, <c>imports_unit</c>).</summary>
    public Measure Measure => Units.Count == 1 ? Measure.Of(Units[0]) : Measure.MoneyAsStated(Units.Count == 0 ? "no amounts" : "each amount in the unit of its row");

    /// <summary>The first to the last period.</summary>
    public string Window => Rows.IsEmpty ? "" : TradePeriod.Span(Rows[0].Period, Rows[^1].Period);

    /// <summary>The file's citation and vintage.</summary>
    public DataSource Source => Data.Source;

    /// <summary>Every code of the file the economy model could not map, with the value it carries.</summary>
    public IReadOnlyList<string> Notes => Data.UnmappedNotes;

    /// <summary>
    /// The pair's breakdown at <paramref name="level"/>, only the codes starting with <paramref name="productPrefix"/>
    /// when given (e.g. <c>93</c>); no rows when the file has no products at that level for the pair.
    /// </summary>
    public static ProductBreakdown Of(TradeDataset data, Economy reporter, Economy partner, ProductLevel level, string? productPrefix = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(partner);
        var records = data.PairFlows(reporter, partner, product: null, includeBreakdowns: true);
        var totals = records.GroupBy(r => (r.Flow, r.Period.Year)).SelectMany(g =>
            g.Any(r => r.Product?.Level == level)
                ? g.Where(r => r.Product?.Level == level && !r.IsBreakdown).Select(r => (r.Period, r.Flow, Code: r.Product!.Code, Value: r.Value?.Value))
                : ProductHierarchy.Aggregate(g, level).Select(t => (t.Period, t.Flow, Code: t.Product.Code, t.Value)))
            .Where(t => productPrefix is null || t.Code.StartsWith(productPrefix, StringComparison.Ordinal))
            .GroupBy(t => (t.Period, t.Code)).OrderBy(g => g.Key.Period).ThenBy(g => g.Key.Code, StringComparer.Ordinal);
        static Money? Of(IEnumerable<(TradePeriod, SourceFlow Flow, string, Money? Value)> g, SourceFlow flow) => g.Where(x => x.Flow == flow).Select(x => x.Value).FirstOrDefault();
        return new ProductBreakdown(data, reporter, partner, level,
            [.. totals.Select(g => new ProductBreakdownRow(g.Key.Period, g.Key.Code, Of(g, SourceFlow.Exports), Of(g, SourceFlow.Imports)))]);
    }

    /// <summary>
    /// The rows as a DataFrame: <c>period</c>, <c>product</c>, <c>exports</c> and <c>imports</c> (decimal, as published
    /// or summed; null when missing) and, when the file mixes units, <c>exports_unit</c> and <c>imports_unit</c>.
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("period", Rows.Select(r => r.Period.ToString())),
            new StringDataFrameColumn("product", Rows.Select(r => r.Product)),
            new DecimalDataFrameColumn("exports", Rows.Select(r => r.Exports?.Amount)),
            new DecimalDataFrameColumn("imports", Rows.Select(r => r.Imports?.Amount)));
        if (Units.Count > 1)
        {
            frame.Columns.Add(new StringDataFrameColumn("exports_unit", Rows.Select(r => r.Exports?.Unit.ToString() ?? "")));
            frame.Columns.Add(new StringDataFrameColumn("imports_unit", Rows.Select(r => r.Imports?.Unit.ToString() ?? "")));
        }
        return frame;
    }

    /// <summary>The breakdown as text (<see cref="Rendering.TableRenderer"/>).</summary>
    public override string ToString() => Rendering.TableRenderer.Render(this);
}
