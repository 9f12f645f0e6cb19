using System.Globalization;
using TradeArms.Text;

namespace TradeArms.Trade;

/// <summary>
/// Reads a bilateral trade table from CSV or TSV: a period column (<c>2010-11</c>, <c>FY2011</c>, <c>2011</c>),
/// exports and imports columns, and optional published total and balance columns. Signs such as <c>+21.15</c> are
/// accepted; an empty cell (or <c>..</c>, <c>n.a.</c>) is missing, never zero.
/// </summary>
/// <remarks>
/// Columns are recognised by header words: <c>export</c>, <c>import</c>, <c>total</c>/<c>turnover</c>,
/// <c>balance</c> (case-insensitive); the first column is the period. Any other column is an error, as is a repeated
/// period or a number that is not a plain decimal. Numbers use <c>.</c> as the decimal point; a comma is accepted only
/// between groups of three digits (<c>1,234.5</c>), so a decimal comma (<c>189,61</c>) is an error rather than a value
/// a hundred times too large. Exports, imports and total may not be negative; only the balance has a sign.
/// Errors are <see cref="DataFormatException"/>s naming the file, line and column; no partial table is returned.
/// </remarks>
public static class BilateralTradeTableReader
{
    private static readonly string[] s_missing = ["..", "n.a.", "n/a", "NA", "—"];

    /// <summary>Reads a table from a file (UTF-8 or Windows-1252).</summary>
    /// <exception cref="DataFormatException">The file is malformed, or reporter, partner, unit or fiscal convention are not stated.</exception>
    public static BilateralTradeTable Read(string path, TradeTableReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = TextSource.ReadAllText(path);
        var delimiter = options?.Delimiter;
        if (delimiter is null && path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase))
        {
            delimiter = '\t';
        }
        var table = Parse(text, path, (options ?? new TradeTableReadOptions()) with { Delimiter = delimiter });
        if (options?.AcceptMissingFinalLineBreak != true)
        {
            TextSource.RequireFinalLineBreak(text, path, delimiter ?? (text.Contains('\t', StringComparison.Ordinal) ? '\t' : ','));
        }
        return table;
    }

    /// <summary>Parses a table from text.</summary>
    /// <param name="text">The decoded text.</param>
    /// <param name="source">The name used in error messages and as the default citation.</param>
    /// <param name="options">What the text does not say.</param>
    /// <exception cref="DataFormatException">The text is malformed.</exception>
    public static BilateralTradeTable Parse(string text, string source, TradeTableReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        options ??= new TradeTableReadOptions();
        var rawLines = text.Split('\n');
        var meta = new Dictionary<string, (string Value, int Line)>(StringComparer.OrdinalIgnoreCase);
        var headerIndex = 0;
        while (headerIndex < rawLines.Length && (rawLines[headerIndex].StartsWith('#') || rawLines[headerIndex].TrimEnd('\r').Length == 0))
        {
            var line = rawLines[headerIndex].TrimEnd('\r');
            if (line.StartsWith('#'))
            {
                var body = line[1..];
                var colon = body.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0)
                {
                    throw new DataFormatException(source, headerIndex + 1, 1, "a metadata line '# key: value'", line);
                }
                var key = body[..colon].Trim();
                if (!MetadataKeys.Contains(key, StringComparer.OrdinalIgnoreCase))
                {
                    throw new DataFormatException(source, headerIndex + 1, 1, $"a metadata key ({string.Join(", ", MetadataKeys)})", key);
                }
                meta[key] = (body[(colon + 1)..].Trim(), headerIndex + 1);
            }
            headerIndex++;
        }
        if (headerIndex >= rawLines.Length || rawLines[headerIndex].Trim().Length == 0)
        {
            // Split gives one more piece than there are lines when the text ends with a line break (or is empty).
            var lineCount = text.Length == 0 ? 0 : rawLines.Length - (text.EndsWith('\n') ? 1 : 0);
            throw new DataFormatException(source, Math.Min(headerIndex, lineCount) + 1, 1, HeaderExpected, null);
        }

        var headerText = rawLines[headerIndex].TrimEnd('\r');
        var delimiter = options.Delimiter ?? (headerText.Contains('\t', StringComparison.Ordinal) ? '\t' : ',');
        var body2 = string.Join('\n', rawLines.Skip(headerIndex));
        var lines = CsvTokenizer.Split(body2, delimiter, source).Select(l => l with { Number = l.Number + headerIndex }).ToList();
        var header = lines[0];
        if (CalendarYear.TryParse(header[0].Trim(), out _) || FiscalYear.TryParse(header[0].Trim(), FiscalYearConvention.JulyToJune, out _, out _))
        {
            throw new DataFormatException(source, header.Number, 1, HeaderExpected + " before the first data row", header.Text);
        }
        var columns = MapHeader(header, delimiter, source);

        // What the metadata lines above the header must give unless the options do; reported at the header, where
        // the metadata block ended without it.
        if (options.Reporter is null && options.Partner is null && !meta.ContainsKey("reporter") && !meta.ContainsKey("partner"))
        {
            // Both are missing: say so at once, so that the user fixes the file (or the call) in one go.
            throw new DataFormatException(source, header.Number, 1,
                $"'# reporter: <country>' and '# partner: <country>' lines before the header, or {nameof(TradeTableReadOptions)}.{nameof(TradeTableReadOptions.Reporter)} and {nameof(TradeTableReadOptions)}.{nameof(TradeTableReadOptions.Partner)}", header.Text);
        }
        var reporter = ResolveActor(options.Reporter, meta, "reporter", source, header);
        var partner = ResolveActor(options.Partner, meta, "partner", source, header);
        var unit = options.Unit ?? (meta.TryGetValue("unit", out var u)
            ? MoneyUnit.TryParse(u.Value, out var parsed) ? parsed : throw new DataFormatException(source, u.Line, 1, "a money unit such as 'US$ million'", u.Value)
            : throw new DataFormatException(source, header.Number, 1, "a '# unit: <unit>' line (e.g. '# unit: US$ million') before the header, or TradeTableReadOptions.Unit", header.Text));
        FiscalYearConvention? convention = options.FiscalYearConvention;
        if (convention is null && meta.TryGetValue("fiscal-year-start", out var fys))
        {
            try
            {
                convention = FiscalYearConvention.Parse(fys.Value);
            }
            catch (FormatException)
            {
                throw new DataFormatException(source, fys.Line, 1, "the start month of the fiscal year (e.g. 'July')", fys.Value);
            }
        }

        var rows = new List<TradeRow>();
        var seen = new Dictionary<Period, int>();
        foreach (var line in lines.Skip(1))
        {
            if (line.IsBlank)
            {
                continue;
            }
            if (line.Fields.Count != header.Fields.Count)
            {
                var truncated = line.Fields.Count < header.Fields.Count && line == lines[^1] ? " (is the file truncated?)" : "";
                throw new DataFormatException(source, line.Number, Math.Min(line.Fields.Count, header.Fields.Count) + 1,
                    $"{header.Fields.Count.ToString(CultureInfo.InvariantCulture)} fields like the header{truncated}", $"{line.Fields.Count.ToString(CultureInfo.InvariantCulture)} fields: {line.Text}");
            }
            var period = ParsePeriod(line[0].Trim(), convention, source, line.Number);
            if (rows.Count > 0 && rows[0].Period.Kind != period.Kind)
            {
                throw new DataFormatException(source, line.Number, 1, $"a period of the same kind as '{rows[0].Period}'", line[0]);
            }
            if (seen.TryGetValue(period, out var firstLine))
            {
                throw new DataFormatException(source, line.Number, 1, $"each period once (it first appears on line {firstLine.ToString(CultureInfo.InvariantCulture)})", line[0]);
            }
            seen[period] = line.Number;
            Money? Cell(int? column, bool signed = false) => column is { } c ? ParseAmount(line[c], unit, signed, source, line.Number, c + 1, header[c].Trim()) : null;
            rows.Add(new TradeRow(period, Cell(columns.Exports), Cell(columns.Imports), Cell(columns.Total), Cell(columns.Balance, signed: true), line.Number));
        }
        if (rows.Count == 0)
        {
            throw new DataFormatException(source, header.Number + 1, 1, "at least one data row after the header", null);
        }
        var citation = options.Citation ?? (meta.TryGetValue("source", out var s) ? s.Value : Path.GetFileName(source));
        var vintage = meta.TryGetValue("vintage", out var v) ? v.Value : null;
        return new BilateralTradeTable(reporter, partner, unit, new DataSource(citation, vintage, null, source), rows);
    }

    private const string HeaderExpected = "a header line (period, exports, imports[, total][, balance])";

    internal static readonly string[] MetadataKeys = ["title", "reporter", "partner", "unit", "fiscal-year-start", "source", "vintage"];

    private static (int? Exports, int? Imports, int? Total, int? Balance) MapHeader(CsvLine header, char delimiter, string source)
    {
        if (header.Fields.Count < 3)
        {
            var name = delimiter == '\t' ? "tab" : delimiter == ',' ? "comma" : $"'{delimiter}'";
            throw new DataFormatException(source, header.Number, 1,
                $"a header with a period, an exports and an imports column separated by {name}s", header.Text);
        }
        int? exports = null, imports = null, total = null, balance = null;
        for (var i = 1; i < header.Fields.Count; i++)
        {
            var h = header.Fields[i].Trim();
            ref var slot = ref exports;
            if (h.Contains("export", StringComparison.OrdinalIgnoreCase))
            {
                slot = ref exports;
            }
            else if (h.Contains("import", StringComparison.OrdinalIgnoreCase))
            {
                slot = ref imports;
            }
            else if (h.Contains("total", StringComparison.OrdinalIgnoreCase) || h.Contains("turnover", StringComparison.OrdinalIgnoreCase))
            {
                slot = ref total;
            }
            else if (h.Contains("balance", StringComparison.OrdinalIgnoreCase))
            {
                slot = ref balance;
            }
            else
            {
                throw new DataFormatException(source, header.Number, i + 1, "a column header naming exports, imports, total or balance", h);
            }
            if (slot is not null)
            {
                throw new DataFormatException(source, header.Number, i + 1, "each of exports, imports, total and balance at most once", h);
            }
            slot = i;
        }
        if (exports is null || imports is null)
        {
            throw new DataFormatException(source, header.Number, 0, "both an exports and an imports column", header.Text);
        }
        return (exports, imports, total, balance);
    }

    private static Actor ResolveActor(string? given, Dictionary<string, (string Value, int Line)> meta, string key, string source, CsvLine header)
    {
        if (given is not null)
        {
            return ActorCatalog.Default.Find(given);
        }
        if (!meta.TryGetValue(key, out var m))
        {
            throw new DataFormatException(source, header.Number, 1,
                $"a '# {key}: <country>' line before the header, or TradeTableReadOptions.{char.ToUpperInvariant(key[0])}{key[1..]}", header.Text);
        }
        if (!ActorCatalog.Default.TryFind(m.Value, out var actor))
        {
            var suggestions = ActorCatalog.Default.Suggest(m.Value);
            throw new DataFormatException(source, m.Line, 1,
                $"a known country{(suggestions.Count > 0 ? " (did you mean " + string.Join(", ", suggestions) + "?)" : "")}", m.Value);
        }
        return actor;
    }

    private static Period ParsePeriod(string text, FiscalYearConvention? convention, string source, int line)
    {
        if (CalendarYear.TryParse(text, out var year))
        {
            return year;
        }
        if (FiscalYear.TryParse(text, convention ?? FiscalYearConvention.JulyToJune, out var fy, out var error))
        {
            if (convention is null)
            {
                throw new DataFormatException(source, line, 1,
                    "a stated fiscal-year convention for fiscal labels (a '# fiscal-year-start: July' line, or TradeTableReadOptions.FiscalYearConvention)", text);
            }
            return fy;
        }
        _ = error;
        throw new DataFormatException(source, line, 1,
            CalendarYear.IsOutOfRange(text) || OutOfRangeFiscal(text) ? "a period such as '2010-11', 'FY2011' or '2011' (" + CalendarYear.RangeDescription + ")"
            : "a period such as '2010-11', 'FY2011' or '2011'", text);
    }

    private static bool OutOfRangeFiscal(string text) =>
        text.Length == 6 && text.StartsWith("FY", StringComparison.OrdinalIgnoreCase) ? CalendarYear.IsOutOfRange(text.AsSpan(2))
        : text.Length >= 7 && CalendarYear.IsOutOfRange(text.AsSpan(0, 4)) && text[4] is '-' or '/' or '–';

    private static Money? ParseAmount(string cell, MoneyUnit unit, bool signed, string source, int line, int column, string columnName)
    {
        var t = cell.Trim();
        if (t.Length == 0 || s_missing.Contains(t, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }
        var normalised = t.Replace('\u2212', '-');
        if (!IsPlainNumber(normalised)
            || !decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value))
        {
            throw new DataFormatException(source, line, column,
                normalised.Contains(',', StringComparison.Ordinal) && IsPlainNumber(normalised.Replace(".", "", StringComparison.Ordinal).Replace(',', '.'))
                    ? "a number with '.' as the decimal point (',' only between groups of three digits, as in 1,234.5)"
                    : "a number such as 183.57 or +21.15 (or an empty cell for a missing value)",
                cell);
        }
        if (Math.Abs(value) > Money.MaxAmount)
        {
            throw new DataFormatException(source, line, column, "a number of at most 1000000000000000 in magnitude (a larger figure is a corrupted number)", cell);
        }
        if (value < 0 && !signed)
        {
            throw new DataFormatException(source, line, column, $"a number that is not negative (column '{columnName}': only a balance can be negative)", cell);
        }
        return new Money(value, unit);
    }

    /// <summary>
    /// An optional sign, digits with '.' as the decimal point, and commas only between groups of three digits before
    /// it (<c>1,234.5</c>). A decimal comma (<c>189,61</c>, <c>1.234,5</c>) is not a plain number: reading it as a
    /// thousands separator would multiply the value by 100.
    /// </summary>
    private static bool IsPlainNumber(string t)
    {
        var start = t[0] is '+' or '-' ? 1 : 0;
        var point = t.IndexOf('.', start);
        var whole = point < 0 ? t[start..] : t[start..point];
        var fraction = point < 0 ? "" : t[(point + 1)..];
        if (!fraction.All(char.IsAsciiDigit) || (whole.Length == 0 && fraction.Length == 0))
        {
            return false;
        }
        var groups = whole.Split(',');
        return groups.All(g => g.All(char.IsAsciiDigit))
            && (groups.Length == 1 || (groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3)));
    }
}
