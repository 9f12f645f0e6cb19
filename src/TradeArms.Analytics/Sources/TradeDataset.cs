using System.Collections.Immutable;
using TradeArms.Economies;
using TradeArms.Products;

namespace TradeArms.Sources;

/// <summary>
/// The records of one trade file (Comtrade, BACI, IMF IMTS) as typed values, with the codes the economy model could not
/// map and the trade they carry.
/// </summary>
public sealed class TradeDataset
{
    /// <summary>Creates a dataset.</summary>
    public TradeDataset(TradeFileFormat format, DataSource source, IEnumerable<TradeRecord> records, IEnumerable<UnmappedCode> unmapped)
    {
        ArgumentNullException.ThrowIfNull(source);
        Format = format;
        Source = source;
        ArgumentNullException.ThrowIfNull(records);
        var columns = new TradeColumns();
        foreach (var record in records)
        {
            columns.Add(record ?? throw new ArgumentException("A record is null.", nameof(records)));
        }
        Columns = columns;
        Records = new TradeRecordList(columns);
        Unmapped = [.. unmapped ?? throw new ArgumentNullException(nameof(unmapped))];
    }

    /// <summary>Creates a dataset on columns a reader filled.</summary>
    internal TradeDataset(TradeFileFormat format, DataSource source, TradeColumns columns, IEnumerable<UnmappedCode> unmapped)
    {
        Format = format;
        Source = source;
        Columns = columns;
        Records = new TradeRecordList(columns);
        Unmapped = [.. unmapped];
    }

    /// <summary>The records as columns.</summary>
    internal TradeColumns Columns { get; }

    /// <summary>The format the file was read as.</summary>
    public TradeFileFormat Format { get; }

    /// <summary>The file and its publisher.</summary>
    public DataSource Source { get; }

    /// <summary>The records, in file order (stored as columns; each access builds the record of its row).</summary>
    public TradeRecordList Records { get; }

    /// <summary>Every economy code that did not map (or was used outside its validity years), with the value it carries.</summary>
    public ImmutableArray<UnmappedCode> Unmapped { get; }

    /// <summary>Every unmapped code as a note for a result's footnotes, with the value it carries (<c>unmapped ...</c>).</summary>
    public IReadOnlyList<string> UnmappedNotes => [.. Unmapped.Select(u => "unmapped " + u)];

    /// <summary>The classification vintages present (a Comtrade series can change vintage from year to year).</summary>
    public IReadOnlyList<Classification> Classifications =>
        [.. Columns.Products.Select(p => p.Classification).Distinct().OrderBy(c => c.System).ThenBy(c => c.Edition)];

    /// <summary>The reporters, in order of first appearance.</summary>
    public IReadOnlyList<Economy> Reporters
    {
        get
        {
            var seen = new HashSet<int>();
            var reporters = new List<Economy>();
            for (var i = 0; i < Columns.Count; i++)
            {
                if (seen.Add(Columns.ReporterAt(i)) && Columns.PartyAt(Columns.ReporterAt(i)).Economy is { } e && !reporters.Contains(e))
                {
                    reporters.Add(e);
                }
            }
            return reporters;
        }
    }

    /// <summary>
    /// The records of one reporter-partner pair (either may be null for all), one product code (null: all), excluding
    /// Comtrade's breakdown rows (second partner, customs procedure, transport mode) unless asked.
    /// </summary>
    public IEnumerable<TradeRecord> Where(Economy? reporter = null, Economy? partner = null, string? product = null, bool includeBreakdowns = false) =>
        Records.Where(r => (reporter is null || r.Reporter == reporter) && (partner is null || r.Partner == partner)
            && (product is null || string.Equals(r.Product?.Code, product, StringComparison.OrdinalIgnoreCase))
            && (includeBreakdowns || !r.IsBreakdown));

    /// <summary>
    /// The reporter's export and import records with the partner (re-exports and re-imports left out), in file order;
    /// for BACI, one reconciled matrix of exporter-to-importer flows, the reporter's imports are the partner's exports to
    /// it (the one place of that rule: <see cref="Table"/> and <see cref="ProductBreakdown"/>).
    /// </summary>
    internal List<TradeRecord> PairFlows(Economy reporter, Economy partner, string? product, bool includeBreakdowns)
    {
        var rows = Where(reporter, partner, product, includeBreakdowns).Where(r => r.Flow is SourceFlow.Exports or SourceFlow.Imports).ToList();
        if (Format == TradeFileFormat.Baci)
        {
            rows.AddRange(Where(partner, reporter, product, includeBreakdowns).Where(r => r.Flow == SourceFlow.Exports).Select(r => r with { Flow = SourceFlow.Imports }));
        }
        return rows;
    }

    /// <summary>
    /// The annual exports and imports of one reporter with one partner for one product (default: the total, or the only
    /// product of the file) as a <see cref="BilateralTradeTable"/> in the file's unit. Re-exports and re-imports and
    /// breakdown rows are left out; a missing value stays missing. For BACI, imports are the partner's exports to the reporter.
    /// </summary>
    /// <exception cref="InvalidOperationException">No such records, several units, or two values for the same year and flow.</exception>
    public BilateralTradeTable Table(Economy reporter, Economy partner, string? product = null)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(partner);
        product ??= DefaultProduct();
        var rows = PairFlows(reporter, partner, product, includeBreakdowns: false);
        if (rows.Count == 0)
        {
            throw new InvalidOperationException($"{Source.Location ?? Source.Citation} has no exports or imports of {reporter} with {partner}{(product is null ? "" : " for product " + product)}.");
        }
        if (rows.Any(r => r.Period.Frequency != TradeFrequency.Annual))
        {
            throw new InvalidOperationException("A trade table holds years: the file has quarterly or monthly records for this pair; sum them to years first.");
        }
        var units = rows.Where(r => r.Value is not null).Select(r => r.Value!.Value.Value.Unit).Distinct().ToList();
        if (units.Count > 1)
        {
            throw new InvalidOperationException($"The records of {reporter} with {partner} are in several units ({string.Join(", ", units)}).");
        }
        var unit = units.Count == 1 ? units[0] : new MoneyUnit("USD", MoneyScale.Units);
        var table = new List<TradeRow>();
        foreach (var year in rows.GroupBy(r => r.Period.Year).OrderBy(g => g.Key))
        {
            Money? Flow(SourceFlow flow)
            {
                var found = year.Where(r => r.Flow == flow).ToList();
                if (found.Count > 1)
                {
                    // A record given twice is an error at the second one's line, naming the first.
                    throw new Text.DataFormatException(Source.Location ?? Source.Citation, found[1].Line, 0,
                        $"{reporter}'s {flow.ToString().ToLowerInvariant()} {(flow == SourceFlow.Exports ? "to" : "from")} {partner} in {year.Key}{(product is null ? "" : " for " + product)} once (line {found[0].Line} gives them too)",
                        found[1].Value is { } v ? v.Value.ToString() : "an empty value");
                }
                return found.Count == 1 ? found[0].Value?.Value : null;
            }
            table.Add(new TradeRow(Period.Of(new CalendarYear(year.Key)), Flow(SourceFlow.Exports), Flow(SourceFlow.Imports), sourceLine: year.Min(r => r.Line)));
        }
        return new BilateralTradeTable(ActorOf(reporter), ActorOf(partner), unit, Source, table);
    }

    private string? DefaultProduct()
    {
        var products = Columns.Products.Select(p => (string?)p.Code).Concat(Columns.HasRowWithoutProduct ? [null] : []).Distinct().ToList();
        return products.Contains(ProductCode.TotalCode) ? ProductCode.TotalCode : products.Count == 1 ? products[0] : null;
    }

    private static Actor ActorOf(Economy economy) => economy.SipriActor ?? Actor.Infer(economy.Name);
}
