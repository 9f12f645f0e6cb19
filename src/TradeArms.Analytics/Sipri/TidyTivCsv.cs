using System.Globalization;
using System.Text;
using TradeArms.Text;

namespace TradeArms.Sipri;

/// <summary>
/// Reads and writes SIPRI data in tidy long form: one line per supplier, recipient and year with deliveries,
/// header <c>supplier,recipient,year,tiv</c>. <c>0</c> is deliveries under 0.5 TIV million; years with no deliveries
/// have no line. Also reads the same layout with the value column named <c>value</c> and further columns, as in
/// 360info's processed file (further columns are ignored, by name).
/// </summary>
public static class TidyTivCsv
{
    /// <summary>The header this class writes.</summary>
    public const string Header = "supplier,recipient,year,tiv";

    /// <summary>Reads a tidy file (UTF-8 or Windows-1252).</summary>
    /// <exception cref="DataFormatException">The file is malformed; nothing is returned.</exception>
    public static ArmsTransfers Read(string path, SipriReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = TextSource.ReadAllText(path);
        var data = Parse(text, path, options);
        if (options?.AcceptMissingFinalLineBreak != true)
        {
            TextSource.RequireFinalLineBreak(text, path, ',');
        }
        return data;
    }

    /// <summary>Parses tidy text.</summary>
    /// <exception cref="DataFormatException">The text is malformed; nothing is returned.</exception>
    public static ArmsTransfers Parse(string text, string source, SipriReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        options ??= SipriReadOptions.Default;
        var lines = CsvTokenizer.Split(text, ',', source);
        if (lines.Count == 0 || lines[0].IsBlank)
        {
            throw new DataFormatException(source, 1, 1, "the header '" + Header + "'", null);
        }
        if (lines[0].Fields.Count == 1 && lines[0].Text.IndexOfAny([';', '\t']) >= 0)
        {
            throw new DataFormatException(source, 1, 1, "comma-separated fields (the header '" + Header + "')",
                "fields separated by " + (lines[0].Text.Contains(';', StringComparison.Ordinal) ? "semicolons" : "tabs"));
        }
        var header = lines[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        if (!header.Intersect(["supplier", "recipient", "year", "tiv", "value"]).Any())
        {
            throw new DataFormatException(source, 1, 1, "the header '" + Header + "' ('value' may stand for 'tiv')", lines[0].Text);
        }
        int Column(params string[] names)
        {
            foreach (var name in names)
            {
                var i = header.IndexOf(name);
                if (i >= 0)
                {
                    return i;
                }
            }
            throw new DataFormatException(source, 1, 0, $"a '{names[0]}' column in the header ({Header})", lines[0].Text);
        }
        var s = Column("supplier");
        var r = Column("recipient");
        var y = Column("year");
        var v = Column("tiv", "value");
        var builder = new ArmsTransfersBuilder(options.Years);
        builder.AddSource(DataSource.Sipri(null, source) with { Vintage = "tidy file: vintage not stated in the file" });
        var seen = new Dictionary<(Actor, Actor, int), int>();
        foreach (var line in lines.Skip(1))
        {
            if (line.IsBlank)
            {
                continue;
            }
            if (line.Fields.Count != header.Count)
            {
                var truncated = line.Fields.Count < header.Count && line == lines[^1] ? " (is the file truncated?)" : "";
                throw new DataFormatException(source, line.Number, Math.Min(line.Fields.Count, header.Count) + 1,
                    string.Create(CultureInfo.InvariantCulture, $"{header.Count} fields like the header{truncated}"),
                    string.Create(CultureInfo.InvariantCulture, $"{line.Fields.Count} fields: {line.Text}"));
            }
            var supplier = Resolve(line[s], options, builder, source, line.Number, s + 1, "supplier");
            var recipient = Resolve(line[r], options, builder, source, line.Number, r + 1, "recipient");
            if (!CalendarYear.TryParse(line[y], out var year))
            {
                throw new DataFormatException(source, line.Number, y + 1,
                    CalendarYear.IsOutOfRange(line[y]) ? CalendarYear.RangeDescription : "a year of four digits", line[y]);
            }
            var value = SipriTivTableReader.ParseCell(line[v], source, line.Number, v + 1);
            if (seen.TryGetValue((supplier, recipient, year.Year), out var first))
            {
                throw new DataFormatException(source, line.Number, 1,
                    string.Create(CultureInfo.InvariantCulture, $"each supplier, recipient and year once (first on line {first})"), line.Text);
            }
            seen[(supplier, recipient, year.Year)] = line.Number;
            if (options.Years is null || options.Years.Value.Contains(year))
            {
                builder.Add(supplier, recipient, year, value, source, line.Number, v + 1);
            }
        }
        return builder.Build();
    }

    /// <summary>Writes every observation as tidy CSV (UTF-8, LF), ordered by supplier, recipient and year.</summary>
    public static void Write(ArmsTransfers data, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        SafeFile.WriteAllText(path, ToText(data));
    }

    /// <summary>The observations as tidy CSV text.</summary>
    /// <param name="data">The observations.</param>
    /// <param name="raw">True to write names as they are; by default a name that a spreadsheet would run as a formula
    /// gets a leading <c>'</c> (<see cref="CsvField"/>).</param>
    public static string ToText(ArmsTransfers data, bool raw = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        var text = new StringBuilder().Append(Header).Append('\n');
        foreach (var o in data.Observations.OrderBy(o => o.Supplier.Name, StringComparer.Ordinal)
                     .ThenBy(o => o.Recipient.Name, StringComparer.Ordinal).ThenBy(o => o.Year))
        {
            text.Append(CsvField.Text(o.Supplier.Name, raw)).Append(',').Append(CsvField.Text(o.Recipient.Name, raw)).Append(',').Append(o.Year).Append(',')
                .Append(o.Value.Status == TivStatus.BelowHalf ? "0" : o.Value.Millions.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        }
        return text.ToString();
    }

    private static Actor Resolve(string name, SipriReadOptions options, ArmsTransfersBuilder builder, string source, int line, int column, string role)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            throw new DataFormatException(source, line, column, $"a {role} name", name);
        }
        NameRule.Require(trimmed, role, source, line, column);
        var actor = ActorCatalog.Default.Resolve(trimmed, options.UnknownActors)
            ?? throw new DataFormatException(source, line, column, $"a known {role}; or read with UnknownActors = Infer", name);
        if (!actor.IsCatalogued)
        {
            builder.AddNote($"'{actor.Name}' is not in the actor catalogue; read as {actor.Kind}.");
        }
        return actor;
    }
}
