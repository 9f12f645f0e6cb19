using System.Globalization;
using System.Text.RegularExpressions;
using TradeArms.Text;

namespace TradeArms.Sipri;

/// <summary>
/// Reads SIPRI's "TIV of arms exports to/from X" tables exactly as SIPRI's site exports them (Windows-1252 CSV, a
/// 10-line preamble with the <c>Generated:</c> date, a year header, one row per partner, an empty row and a
/// <c>Total</c> row), for one file or a folder of them, by recipient or by supplier.
/// </summary>
/// <remarks>
/// An empty cell is no deliveries; <c>0</c> is deliveries under 0.5 TIV million (<see cref="Tiv.BelowHalf"/>). SIPRI's
/// printed totals are kept as <see cref="ArmsTransfers.PublishedTotals"/> for <see cref="ArmsTransfers.CheckPublishedTotals"/>.
/// SIPRI's "all" table (one row per recipient) contributes published recipient and world totals only. Cells that
/// two files both give (the by-recipient and by-supplier views of one release) must agree, or loading fails.
/// </remarks>
public static partial class SipriTivTableReader
{
    /// <summary>Reads one table file, or every <c>*.csv</c> file of a folder (not its subfolders).</summary>
    /// <exception cref="DataFormatException">A file is not a SIPRI TIV table or is malformed; nothing is returned.</exception>
    public static ArmsTransfers Read(string fileOrFolder, SipriReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fileOrFolder);
        if (Directory.Exists(fileOrFolder))
        {
            var files = Directory.GetFiles(fileOrFolder, "*.csv").Order(StringComparer.Ordinal).ToArray();
            if (files.Length == 0)
            {
                throw new DataFormatException(fileOrFolder, 0, 0, "a folder holding SIPRI TIV tables (*.csv)", "no .csv file");
            }
            return Read(files, options, fileOrFolder);
        }
        return Read([fileOrFolder], options, fileOrFolder);
    }

    /// <summary>Reads several table files into one dataset.</summary>
    /// <exception cref="DataFormatException">A file is not a SIPRI TIV table or is malformed; nothing is returned.</exception>
    /// <exception cref="WindowOutsideDataException"><see cref="SipriReadOptions.Years"/> shares no year with the files.</exception>
    public static ArmsTransfers Read(IEnumerable<string> files, SipriReadOptions? options = null) => Read(files, options, null);

    private static ArmsTransfers Read(IEnumerable<string> files, SipriReadOptions? options, string? where)
    {
        ArgumentNullException.ThrowIfNull(files);
        options ??= SipriReadOptions.Default;
        var builder = new ArmsTransfersBuilder();
        (string File, DateOnly Generated)? first = null;
        foreach (var file in files)
        {
            var text = TextSource.ReadAllText(file);
            var sources = builder.SourceCount;
            ParseInto(builder, text, file, options);
            if (options.CombineReleases || builder.SourceCount == sources || builder.LastSource.Generated is not { } generated)
            {
                continue;
            }
            first ??= (file, generated);
            if (generated != first.Value.Generated)
            {
                var line = GeneratedLine(text);
                throw new DataFormatException(file, line, 1,
                    $"a table of the same SIPRI release as {first.Value.File} (generated {Iso(first.Value.Generated)}); to combine releases, say so explicitly (SipriReadOptions.CombineReleases)",
                    "generated " + Iso(generated));
            }
        }
        builder.RequireOverlap(options.Years, where ?? first?.File ?? "the files read");
        return builder.Build();
    }

    /// <summary>Parses one table from text (for streams, resources and tests).</summary>
    /// <param name="text">The decoded text.</param>
    /// <param name="source">The name used in error messages and as the data source location.</param>
    /// <param name="options">Options; null for the defaults.</param>
    public static ArmsTransfers Parse(string text, string source, SipriReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var builder = new ArmsTransfersBuilder();
        ParseInto(builder, text, source, options ?? SipriReadOptions.Default);
        builder.RequireOverlap(options?.Years, source);
        return builder.Build();
    }

    internal static void ParseInto(ArmsTransfersBuilder builder, string text, string source, SipriReadOptions options)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DataFormatException(source, 1, 1, TitleExpected, null);
        }
        if (OtherDelimiter(text) is { } other)
        {
            throw new DataFormatException(source, 1, 1, "comma-separated fields, as in SIPRI's CSV export", "fields separated by " + other);
        }
        var lines = CsvTokenizer.Split(text, ',', source);
        var title = TitlePattern().Match(lines[0][0].Trim());
        if (!title.Success)
        {
            throw new DataFormatException(source, 1, 1, TitleExpected, lines[0][0]);
        }
        var byRecipient = title.Groups["dir"].Value == "to";
        var subjectName = title.Groups["name"].Value.Trim();
        var isAll = byRecipient && string.Equals(subjectName, "all", StringComparison.OrdinalIgnoreCase);
        var subject = isAll ? null : ResolveActor(subjectName, options, builder, source, 1, 1, byRecipient ? "recipient" : "supplier");

        DateOnly? generated = null;
        var headerIndex = -1;
        for (var i = 1; i < Math.Min(lines.Count, 20); i++)
        {
            var first = lines[i][0].Trim();
            if (first.StartsWith("Generated:", StringComparison.OrdinalIgnoreCase))
            {
                var dateText = first["Generated:".Length..].Trim();
                if (!DateOnly.TryParseExact(dateText, ["d MMMM yyyy", "d MMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    throw new DataFormatException(source, lines[i].Number, 1, "a generation date such as 'Generated: 22 April 2022'", first);
                }
                generated = date;
            }
            if (first.Length == 0 && lines[i].Fields.Count > 1 && CalendarYear.TryParse(lines[i][1], out _))
            {
                headerIndex = i;
                break;
            }
        }
        if (headerIndex < 0)
        {
            const string Header = "the year header (an empty cell, then 1950, 1951, ..., Total) after SIPRI's 10-line preamble";
            if (lines.Count <= 10)
            {
                throw new DataFormatException(source, lines[^1].Number + 1, 1, Header + " (is the file truncated?)", null);
            }
            throw new DataFormatException(source, lines[10].Number, 1, Header, lines[10].Text);
        }
        if (generated is null)
        {
            throw new DataFormatException(source, lines[headerIndex].Number, 1, "SIPRI's 'Generated: <date>' line (the data vintage) before the year header", lines[headerIndex].Text);
        }

        var header = lines[headerIndex];
        var years = new List<int>();
        var totalColumn = -1;
        for (var c = 1; c < header.Fields.Count; c++)
        {
            var h = header.Fields[c].Trim();
            if (totalColumn >= 0)
            {
                if (h.Length != 0)
                {
                    throw new DataFormatException(source, header.Number, c + 1, "nothing after the 'Total' column", h);
                }
                continue;
            }
            if (string.Equals(h, "Total", StringComparison.OrdinalIgnoreCase))
            {
                totalColumn = c;
                continue;
            }
            if (!CalendarYear.TryParse(h, out var y) || (years.Count > 0 && y.Year != years[^1] + 1))
            {
                throw new DataFormatException(source, header.Number, c + 1,
                    CalendarYear.IsOutOfRange(h) ? CalendarYear.RangeDescription
                    : years.Count == 0 ? "a year" : string.Create(CultureInfo.InvariantCulture, $"the year {years[^1] + 1} or 'Total'"), h);
            }
            years.Add(y.Year);
        }
        if (years.Count == 0 || totalColumn < 0)
        {
            throw new DataFormatException(source, header.Number, header.Fields.Count + 1, "consecutive years followed by a 'Total' column", header.Text);
        }
        var fileYears = new YearRange(years[0], years[^1]);
        builder.Offer(fileYears);
        var keep = options.Years is { } wanted ? Intersect(fileYears, wanted) : fileYears;
        if (keep is { } k)
        {
            builder.Cover(k);
        }
        builder.AddSource(DataSource.Sipri(generated, source));

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var index = headerIndex + 1;
        var sawTotal = false;
        for (; index < lines.Count; index++)
        {
            var line = lines[index];
            if (line.IsBlank)
            {
                continue;
            }
            var name = line[0].Trim();
            CheckWidth(line, totalColumn, source, isLast: index == lines.Count - 1);
            if (string.Equals(name, "Total", StringComparison.Ordinal))
            {
                sawTotal = true;
                ReadTotals(line, isAll ? TotalSide.World : byRecipient ? TotalSide.RecipientImports : TotalSide.SupplierExports,
                    isAll ? null : byRecipient ? null : subject, isAll ? null : byRecipient ? subject : null);
                index++;
                break;
            }
            if (name.Length == 0)
            {
                throw new DataFormatException(source, line.Number, 1, byRecipient ? "a supplier name" : "a recipient name", line.Text);
            }
            if (seen.TryGetValue(name, out var firstLine))
            {
                throw new DataFormatException(source, line.Number, 1,
                    string.Create(CultureInfo.InvariantCulture, $"each {(byRecipient ? "supplier" : "recipient")} once ('{name}' first appears on line {firstLine})"), name);
            }
            seen[name] = line.Number;
            var partner = ResolveActor(name, options, builder, source, line.Number, 1, isAll ? "recipient" : byRecipient ? "supplier" : "recipient");
            if (isAll)
            {
                ReadTotals(line, TotalSide.RecipientImports, null, partner);
                continue;
            }
            var supplier = byRecipient ? partner : subject!;
            var recipient = byRecipient ? subject! : partner;
            for (var c = 1; c < totalColumn; c++)
            {
                var value = ParseCell(line[c], source, line.Number, c + 1);
                var year = new CalendarYear(years[c - 1]);
                if (keep is { } window && window.Contains(year))
                {
                    builder.Add(supplier, recipient, year, value, source, line.Number, c + 1);
                }
            }
            if (options.Years is null)
            {
                var total = ParseCell(line[totalColumn], source, line.Number, totalColumn + 1);
                builder.AddTotal(new PublishedTotal(TotalSide.Pair, supplier, recipient, null, total, Location(source, line.Number, totalColumn + 1)));
            }
        }
        if (!sawTotal)
        {
            throw new DataFormatException(source, (lines.Count > 0 ? lines[^1].Number : 0) + 1, 1,
                "a 'Total' row after the " + (byRecipient ? "supplier" : "recipient") + " rows (is the file truncated?)", null);
        }
        for (; index < lines.Count; index++)
        {
            if (!lines[index].IsBlank)
            {
                throw new DataFormatException(source, lines[index].Number, 1, "nothing after the 'Total' row", lines[index].Text);
            }
        }

        void ReadTotals(CsvLine line, TotalSide side, Actor? supplier, Actor? recipient)
        {
            for (var c = 1; c < totalColumn; c++)
            {
                var value = ParseCell(line[c], source, line.Number, c + 1);
                var year = new CalendarYear(years[c - 1]);
                if (keep is { } window && window.Contains(year) && line[c].Trim().Length > 0)
                {
                    builder.AddTotal(new PublishedTotal(side, supplier, recipient, year, value, Location(source, line.Number, c + 1)));
                }
            }
            if (options.Years is null && line[totalColumn].Trim().Length > 0)
            {
                builder.AddTotal(new PublishedTotal(side, supplier, recipient, null,
                    ParseCell(line[totalColumn], source, line.Number, totalColumn + 1), Location(source, line.Number, totalColumn + 1)));
            }
        }
    }

    private static void CheckWidth(CsvLine line, int totalColumn, string source, bool isLast)
    {
        if (line.Fields.Count <= totalColumn)
        {
            // A short last line is what a file cut off mid-table looks like.
            throw new DataFormatException(source, line.Number, line.Fields.Count + 1,
                string.Create(CultureInfo.InvariantCulture, $"{totalColumn + 1} fields (a name, one per year, and the total{(isLast ? "; is the file truncated?" : "")})"),
                string.Create(CultureInfo.InvariantCulture, $"{line.Fields.Count} fields{(isLast ? ", then the end of the file" : "")}"));
        }
        for (var c = totalColumn + 1; c < line.Fields.Count; c++)
        {
            if (line.Fields[c].Trim().Length != 0)
            {
                throw new DataFormatException(source, line.Number, c + 1, "an empty cell after the 'Total' column", line.Fields[c]);
            }
        }
    }

    internal static Tiv ParseCell(string cell, string source, int line, int column)
    {
        var t = cell.Trim();
        if (t.Length == 0)
        {
            return Tiv.NoDeliveries;
        }
        if (t == "0")
        {
            return Tiv.BelowHalf;
        }
        if (IsDecimal(t) && double.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value <= Tiv.MaxMillions ? Tiv.FromMillions(value)
                : throw new DataFormatException(source, line, column, "a TIV in millions of at most 1000000000 (SIPRI's world total is about 30000 a year)", cell);
        }
        if (t[0] == '-' && t.Length > 1 && IsDecimal(t[1..]))
        {
            throw new DataFormatException(source, line, column, "a TIV in millions, which is never negative (a whole number, '0' for under 0.5, or an empty cell)", cell);
        }
        throw new DataFormatException(source, line, column, "a TIV in millions (a whole number, '0' for under 0.5, or an empty cell)", cell);

        static bool IsDecimal(string s) => s.All(ch => char.IsAsciiDigit(ch) || ch == '.') && s.Any(char.IsAsciiDigit);
    }

    private const string TitleExpected = "SIPRI's title 'TIV of arms exports to <recipient>, <from>-<to>' or '... from <supplier>, ...'";

    /// <summary>
    /// "semicolons" or "tabs" when the first lines (title to year header) are separated by one of those rather than
    /// commas, as when a spreadsheet re-saves SIPRI's file with a local list separator; null otherwise.
    /// Separators inside quoted fields (SIPRI's title holds a comma) do not count.
    /// </summary>
    private static string? OtherDelimiter(string text)
    {
        int commas = 0, semicolons = 0, tabs = 0, newlines = 0;
        var quoted = false;
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case ',' when !quoted:
                    commas++;
                    break;
                case ';' when !quoted:
                    semicolons++;
                    break;
                case '\t' when !quoted:
                    tabs++;
                    break;
                case '\n' when !quoted && ++newlines == 11:
                    return Pick();
            }
        }
        return Pick();

        string? Pick() => semicolons > commas && semicolons >= tabs ? "semicolons" : tabs > commas ? "tabs" : null;
    }

    private static Actor ResolveActor(string name, SipriReadOptions options, ArmsTransfersBuilder builder, string source, int line, int column, string role)
    {
        NameRule.Require(name, role, source, line, column);
        if (string.IsNullOrWhiteSpace(name))
        {
            // E.g. a title 'TIV of arms imports to , 1950-2021': no actor to infer (it was an ArgumentException, exit 70).
            throw new DataFormatException(source, line, column, $"a {role} name", null);
        }
        var actor = ActorCatalog.Default.Resolve(name, options.UnknownActors);
        if (actor is null)
        {
            var suggestions = ActorCatalog.Default.Suggest(name);
            throw new DataFormatException(source, line, column,
                $"a known {role}{(suggestions.Count > 0 ? " (closest: " + string.Join(", ", suggestions) + ")" : "")}; or read with UnknownActors = Infer", name);
        }
        if (!actor.IsCatalogued)
        {
            builder.AddNote($"'{actor.Name}' is not in the actor catalogue; read as {actor.Kind} ({Path.GetFileName(source)}:{line.ToString(CultureInfo.InvariantCulture)}).");
        }
        return actor;
    }

    private static YearRange? Intersect(YearRange a, YearRange b)
    {
        var first = Math.Max(a.First.Year, b.First.Year);
        var last = Math.Min(a.Last.Year, b.Last.Year);
        return first <= last ? new YearRange(first, last) : null;
    }

    private static string Location(string source, int line, int column) =>
        string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(source)}:{line}:{column}");

    [GeneratedRegex(@"^TIV of arms exports (?<dir>to|from) (?<name>.+), (?<from>\d{4})-(?<to>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex TitlePattern();

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int GeneratedLine(string text)
    {
        var line = 1;
        foreach (var row in text.AsSpan().EnumerateLines())
        {
            if (row.TrimStart('"').StartsWith("Generated", StringComparison.Ordinal))
            {
                return line;
            }
            line++;
        }
        return 1;
    }
}
