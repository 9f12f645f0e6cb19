using System.Collections.Immutable;
using System.Globalization;
using TradeArms.Text;

namespace TradeArms.Sipri;

/// <summary>
/// SIPRI's importer or exporter TIV table from its current web application ("Volume of transfers of major arms"):
/// one row per recipient (or exporter) with its total imports (or exports) per year, a column for all years, and a
/// <c>Total world import</c> (or <c>export</c>) row. Totals only: there is no partner breakdown.
/// </summary>
/// <remarks>
/// Format: a 9-line preamble with <c>Data generated: 13 Apr 2024 3:53:58 PM</c>, a header <c>Recipient</c> (or
/// <c>Exports by</c>), consecutive years, <c>1990-2023</c>, then <c>Percentage</c>, <c>Sum total years</c> and
/// <c>Percentage of total</c>, which are not read. An empty cell is no deliveries, <c>0</c> (SIPRI writes <c>0 </c>)
/// under 0.5 TIV million. Every cell becomes a <see cref="PublishedTotal"/>, empty ones as
/// <see cref="Tiv.NoDeliveries"/>, so that a check can also catch deliveries where SIPRI printed none.
/// </remarks>
public sealed class SipriTotalsTable
{
    private SipriTotalsTable(TotalSide side, YearRange years, DataSource source, ImmutableArray<PublishedTotal> totals)
    {
        Side = side;
        Years = years;
        Source = source;
        Totals = totals;
    }

    /// <summary><see cref="TotalSide.RecipientImports"/> for an importer table, <see cref="TotalSide.SupplierExports"/> for an exporter table.</summary>
    public TotalSide Side { get; }

    /// <summary>The years of the table (both ends included).</summary>
    public YearRange Years { get; }

    /// <summary>Citation and generation date.</summary>
    public DataSource Source { get; }

    /// <summary>
    /// Every cell: per actor and year, per actor over all years (<see cref="PublishedTotal.Year"/> null), and the world
    /// row (<see cref="TotalSide.World"/>).
    /// </summary>
    public ImmutableArray<PublishedTotal> Totals { get; }

    /// <summary>Reads a table file.</summary>
    /// <exception cref="DataFormatException">The file is not such a table or is malformed.</exception>
    public static SipriTotalsTable Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(TextSource.ReadAllText(path), path);
    }

    /// <summary>Parses a table from text.</summary>
    /// <exception cref="DataFormatException">The text is not such a table or is malformed.</exception>
    public static SipriTotalsTable Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var lines = CsvTokenizer.Split(text, ',', source);
        if (lines.Count == 0 || !lines[0][0].Trim().Equals("Volume of transfers of major arms", StringComparison.OrdinalIgnoreCase))
        {
            throw new DataFormatException(source, 1, 1, "SIPRI's title 'Volume of transfers of major arms'", lines.Count == 0 ? null : lines[0].Text);
        }
        DateOnly? generated = null;
        var headerIndex = -1;
        for (var i = 1; i < Math.Min(lines.Count, 20); i++)
        {
            var first = lines[i][0].Trim();
            if (first.StartsWith("Data generated:", StringComparison.OrdinalIgnoreCase))
            {
                var parts = first["Data generated:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 3 || !DateOnly.TryParseExact(string.Join(' ', parts[..3]), ["d MMM yyyy", "d MMMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    throw new DataFormatException(source, lines[i].Number, 1, "a generation date such as 'Data generated: 13 Apr 2024 3:53:58 PM'", first);
                }
                generated = date;
            }
            if (first is "Recipient" or "Exports by")
            {
                headerIndex = i;
                break;
            }
        }
        if (headerIndex < 0)
        {
            throw new DataFormatException(source, lines.Count > 9 ? lines[9].Number : lines[^1].Number + 1, 1,
                "the header 'Recipient,<years>,...' or 'Exports by,<years>,...' after SIPRI's preamble", lines.Count > 9 ? lines[9].Text : null);
        }
        if (generated is null)
        {
            throw new DataFormatException(source, 0, 0, "SIPRI's 'Data generated: <date>' line in the preamble (the data vintage)", null);
        }
        var header = lines[headerIndex];
        var side = header[0].Trim() == "Recipient" ? TotalSide.RecipientImports : TotalSide.SupplierExports;
        var years = new List<int>();
        var c = 1;
        for (; c < header.Fields.Count && CalendarYear.TryParse(header[c], out var y); c++)
        {
            if (years.Count > 0 && y.Year != years[^1] + 1)
            {
                throw new DataFormatException(source, header.Number, c + 1, string.Create(CultureInfo.InvariantCulture, $"the year {years[^1] + 1}"), header[c]);
            }
            years.Add(y.Year);
        }
        if (years.Count == 0)
        {
            throw new DataFormatException(source, header.Number, 2, "a year", header[1]);
        }
        var range = new YearRange(years[0], years[^1]);
        var totalColumn = c;
        if (!string.Equals(header[totalColumn].Trim(), range.ToString(), StringComparison.Ordinal))
        {
            throw new DataFormatException(source, header.Number, totalColumn + 1, $"the column '{range}' after the years", header[totalColumn]);
        }
        var dataSource = DataSource.Sipri(generated, source);
        var totals = ImmutableArray.CreateBuilder<PublishedTotal>();
        var seen = new Dictionary<Actor, int>();
        var sawWorld = false;
        foreach (var line in lines.Skip(headerIndex + 1))
        {
            if (line.IsBlank)
            {
                continue;
            }
            if (line.Fields.Count <= totalColumn)
            {
                throw new DataFormatException(source, line.Number, line.Fields.Count + 1,
                    string.Create(CultureInfo.InvariantCulture, $"at least {totalColumn + 1} fields (a name, one per year, and the total)"),
                    string.Create(CultureInfo.InvariantCulture, $"{line.Fields.Count} fields"));
            }
            var name = line[0].Trim();
            var world = name.StartsWith("Total world", StringComparison.OrdinalIgnoreCase);
            Actor? actor = null;
            if (!world)
            {
                actor = ActorCatalog.Default.Resolve(name, UnknownActorPolicy.Infer)
                    ?? throw new DataFormatException(source, line.Number, 1, "a recipient or exporter name", line[0]);
                if (seen.TryGetValue(actor, out var firstLine))
                {
                    throw new DataFormatException(source, line.Number, 1,
                        string.Create(CultureInfo.InvariantCulture, $"each name once ('{actor.Name}' first appears on line {firstLine})"), name);
                }
                seen[actor] = line.Number;
            }
            else
            {
                sawWorld = true;
            }
            var rowSide = world ? TotalSide.World : side;
            var supplier = side == TotalSide.SupplierExports ? actor : null;
            var recipient = side == TotalSide.RecipientImports ? actor : null;
            for (var i = 0; i <= years.Count; i++)
            {
                var value = SipriTivTableReader.ParseCell(line[i + 1], source, line.Number, i + 2);
                CalendarYear? year = i < years.Count ? new CalendarYear(years[i]) : null;
                var location = string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(source)}:{line.Number}:{i + 2}");
                totals.Add(new PublishedTotal(rowSide, supplier, recipient, year, value, location));
            }
        }
        if (!sawWorld)
        {
            throw new DataFormatException(source, lines[^1].Number + 1, 1, "a 'Total world' row (is the file truncated?)", null);
        }
        return new SipriTotalsTable(side, range, dataSource, totals.ToImmutable());
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"SIPRI {(Side == TotalSide.RecipientImports ? "importer" : "exporter")} TIV table {Years}: {Totals.Length} cells ({Source.Vintage})");
}
