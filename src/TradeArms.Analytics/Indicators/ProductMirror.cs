using System.Collections.Immutable;
using Microsoft.Data.Analysis;
using TradeArms.Economies;
using TradeArms.Products;
using TradeArms.Sources;

namespace TradeArms.Indicators;

/// <summary>
/// Mirror statistics at product level: for each product, the exporter's report (usually FOB) beside the importer's
/// report of the same flow (usually CIF) and the gap, importer minus exporter (the CIF/FOB margin plus differences of
/// timing, classification and partner attribution). Each product's comparison is <see cref="Mirror.Compare"/> of the
/// two sides' tables for that product.
/// </summary>
public sealed class ProductMirror : IAnalysisResult
{
    private ProductMirror(Economy first, Economy second, ProductLevel level, DataSource source, ImmutableArray<(string Product, MirrorGap Gap)> rows, ImmutableArray<string> notes)
    {
        First = first;
        Second = second;
        Level = level;
        Source = source;
        Rows = rows;
        Notes = notes;
        var years = rows.Select(r => r.Gap.Period.ToString()).Distinct().Order(StringComparer.Ordinal).ToList();
        Window = years.Count == 0 ? "" : years.Count == 1 ? years[0] : $"{years[0]}-{years[^1]}";
    }

    /// <summary>One side of the pair.</summary>
    public Economy First { get; }

    /// <summary>The other side.</summary>
    public Economy Second { get; }

    /// <summary>The product level compared.</summary>
    public ProductLevel Level { get; }

    /// <summary>Per product code: the mirror gap of each year and direction (exporter's and importer's reports).</summary>
    public ImmutableArray<(string Product, MirrorGap Gap)> Rows { get; }

    /// <inheritdoc/>
    public string Title => $"Mirror statistics of {First} and {Second} by product ({Level})";

    /// <inheritdoc/>
    public Measure Measure => Rows.Select(r => r.Gap.ByExporter ?? r.Gap.ByImporter).OfType<Money>().Select(m => Measure.Of(m.Unit)).FirstOrDefault() ?? Measure.Ratio;

    /// <inheritdoc/>
    public string Window { get; }

    /// <inheritdoc/>
    public DataSource Source { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>
    /// Compares both sides' reports of their trade with each other for every product published at <paramref name="level"/>
    /// by either side. A product only one side reports has that side's figure and a missing other side (never zero).
    /// </summary>
    /// <exception cref="InvalidOperationException">Neither side reports products at the level, or their units differ.</exception>
    public static ProductMirror Compare(TradeDataset data, Economy first, Economy second, ProductLevel level)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var codes = data.Records.Where(r => !r.IsBreakdown && r.Product?.Level == level
                && (r.Reporter == first && r.Partner == second || r.Reporter == second && r.Partner == first))
            .Select(r => r.Product!.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        if (codes.Count == 0)
        {
            throw new InvalidOperationException($"Neither {first} nor {second} reports products at the {level} level with the other.");
        }
        var rows = new List<(string, MirrorGap)>();
        var notes = new List<string> { "Gap = importer's report minus exporter's report; ratio = importer / exporter (CIF over FOB where both follow the IMTS recommendation)." };
        var oneSided = 0;
        foreach (var code in codes)
        {
            var a = TableOrNull(data, first, second, code);
            var b = TableOrNull(data, second, first, code);
            if (a is not null && b is not null)
            {
                rows.AddRange(Mirror.Compare(a, b).Rows.Select(g => (code, g)));
                continue;
            }
            oneSided++;
            var only = (a ?? b)!;
            foreach (var row in only.Rows)
            {
                rows.Add((code, new MirrorGap(row.Period, only.Reporter, only.Partner, row.Exports, null)));
                rows.Add((code, new MirrorGap(row.Period, only.Partner, only.Reporter, null, row.Imports)));
            }
        }
        if (oneSided > 0)
        {
            notes.Add($"{oneSided} of {codes.Count} products are reported by one side only: the other side's figures are missing, not zero.");
        }
        return new ProductMirror(first, second, level, data.Source, [.. rows], [.. notes]);
    }

    private static BilateralTradeTable? TableOrNull(TradeDataset data, Economy reporter, Economy partner, string code) =>
        data.Where(reporter, partner, code).Any(r => r.Flow is SourceFlow.Exports or SourceFlow.Imports) ? data.Table(reporter, partner, code) : null;

    /// <summary>
    /// The rows as a DataFrame: <c>product</c>, <c>period</c>, <c>exporter</c>, <c>importer</c>, <c>by_exporter</c>,
    /// <c>by_importer</c>, <c>gap</c>, <c>gap_percent</c>, <c>reason</c> (why a gap is undefined).
    /// </summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("product", Rows.Select(r => r.Product)),
        new StringDataFrameColumn("period", Rows.Select(r => r.Gap.Period.ToString())),
        new StringDataFrameColumn("exporter", Rows.Select(r => r.Gap.Exporter.Name)),
        new StringDataFrameColumn("importer", Rows.Select(r => r.Gap.Importer.Name)),
        new DecimalDataFrameColumn("by_exporter", Rows.Select(r => r.Gap.ByExporter?.Amount)),
        new DecimalDataFrameColumn("by_importer", Rows.Select(r => r.Gap.ByImporter?.Amount)),
        new DecimalDataFrameColumn("gap", Rows.Select(r => r.Gap.Gap?.Amount)),
        new DoubleDataFrameColumn("gap_percent", Rows.Select(r => r.Gap.GapPercent)),
        new StringDataFrameColumn("reason", Rows.Select(r => r.Gap.Reason)));
}
