using System.Globalization;
using Microsoft.Data.Analysis;

namespace TradeArms.Products;

public sealed partial record TradeConversion : IAnalysisResult
{
    /// <summary>The source of the records converted (the file read); set by <see cref="Convert"/>.</summary>
    public DataSource Source { get; init; } = new("trade records");

    /// <inheritdoc/>
    public string Title => string.Create(CultureInfo.InvariantCulture, $"{Records.Length} trade records converted to {To}");

    /// <summary>The records' money unit when they share one; otherwise the unit is per record (the <c>unit</c> column).</summary>
    public Measure Measure => Records.Select(r => r.Value?.Value.Unit).OfType<MoneyUnit>().Distinct().ToList() is [var unit]
        ? Measure.Of(unit) : Measure.MoneyAsStated("as stated per record (unit column)");

    string IAnalysisResult.Window => Records.IsEmpty ? "" : Sources.TradePeriod.Span(Records.Min(r => r.Period), Records.Max(r => r.Period));

    /// <summary>How many codes were converted, split (equal shares) and merged.</summary>
    public IReadOnlyList<string> Summary
    {
        get
        {
            var steps = Conversions.SelectMany(c => c.Steps).ToList();
            var split = steps.Count(s => s.IsSplit);
            var unmapped = steps.Count(s => s.IsUnmapped);
            var merged = Conversions.SelectMany(c => c.Merged).Select(m => m.Code).Distinct().Count();
            return [string.Create(CultureInfo.InvariantCulture, $"Converted {steps.Count - unmapped} codes: {split} split (equal shares), {merged} target codes merged from several sources.")];
        }
    }

    /// <summary>
    /// Every group of records left out, with why, how many, their value by unit (not for chapters and headings, which
    /// overlap the subheadings) and their first codes: nothing is dropped silently.
    /// </summary>
    public IReadOnlyList<string> Notes => [.. LeftOut.GroupBy(l => l.Reason).Select(reason =>
    {
        var sums = reason.Key == NotSubheading ? [] : reason.Where(l => l.Record.Value is not null).GroupBy(l => l.Record.Value!.Value.Value.Unit)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Sum(l => l.Record.Value!.Value.Value.Amount)} {g.Key}")).ToList();
        var codes = string.Join(", ", reason.Take(10).Select(l => l.Record.Product?.Code)) + (reason.Count() > 10 ? " and " + (reason.Count() - 10) + " more" : "");
        return string.Create(CultureInfo.InvariantCulture, $"Left out {reason.Count()} records{(sums.Count > 0 ? " (" + string.Join(" + ", sums) + ")" : "")}: {reason.Key}: {codes}.");
    })];

    /// <summary>
    /// The converted records as a DataFrame: <c>reporter_code</c>, <c>reporter</c> (ISO3 or name), <c>partner_code</c>,
    /// <c>partner</c>, <c>flow</c>, <c>period</c>, <c>classification</c>, <c>product</c>, <c>value</c> (decimal, as
    /// stated), <c>unit</c>, <c>valuation</c> and <c>source_line</c> (the record's line in the file read). Missing stays
    /// empty.
    /// </summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("reporter_code", Records.Select(r => r.ReporterCode)),
        new StringDataFrameColumn("reporter", Records.Select(r => r.Reporter?.Iso3 ?? r.Reporter?.Name ?? "")),
        new StringDataFrameColumn("partner_code", Records.Select(r => r.PartnerCode)),
        new StringDataFrameColumn("partner", Records.Select(r => r.Partner?.Iso3 ?? r.Partner?.Name ?? "")),
        new StringDataFrameColumn("flow", Records.Select(r => r.Flow.ToString().ToLowerInvariant())),
        new StringDataFrameColumn("period", Records.Select(r => r.Period.ToString())),
        new StringDataFrameColumn("classification", Records.Select(r => r.Product?.Classification.Name ?? "")),
        new StringDataFrameColumn("product", Records.Select(r => r.Product?.Code ?? "")),
        new DecimalDataFrameColumn("value", Records.Select(r => r.Value?.Value.Amount)),
        new StringDataFrameColumn("unit", Records.Select(r => r.Value?.Value.Unit.ToString() ?? "")),
        new StringDataFrameColumn("valuation", Records.Select(r => r.Value?.Valuation.ToString().ToLowerInvariant() ?? "")),
        new Int32DataFrameColumn("source_line", Records.Select(r => (int?)r.Line)));
}
