using System.Globalization;
using csFastFloat;
using nietras.SeparatedValues;
using TradeArms.Text;

namespace TradeArms.Matrix;

/// <summary>
/// Reads a <see cref="BilateralTradeMatrix"/> from a tidy (long) CSV file, streaming: the text and the rows are never
/// held in memory; each value goes straight into the matrix.
/// </summary>
/// <remarks>
/// <para>The header names the columns (case-insensitive, any order): <c>reporter</c>, <c>partner</c>, <c>year</c> (or
/// <c>period</c>), and either <c>flow</c> with <c>value</c> (one row per flow; <c>X</c>/<c>exports</c> or
/// <c>M</c>/<c>imports</c>; a column named <c>value_...</c> such as <c>value_usd_millions</c> also counts as the
/// value) or <c>exports</c> and/or <c>imports</c> columns (one row per pair and period). An optional <c>unit</c> column
/// states each row's unit. Any other column is an error.</para>
/// <para>Fields may be quoted (<c>"Korea, Rep. of"</c>, with <c>""</c> for a quote). An empty value (or <c>..</c>,
/// <c>n.a.</c>, <c>n/a</c>, <c>NA</c>) is missing, never zero. A cell given twice, a reporter equal to its partner, a
/// value that is not a finite number, a period of another kind, or a row with the wrong number of fields is a
/// <see cref="DataFormatException"/> naming the file, the 1-based line and column, what was expected and what was
/// found; nothing is returned then.</para>
/// <para>Parser: Sep (nietras), which tokenises from a reused buffer without allocating per row or field and parses
/// numbers with csFastFloat.</para>
/// </remarks>
public static class TradeMatrixCsvReader
{
    private static readonly string[] s_missing = ["..", "n.a.", "n/a", "NA", "—"];

    /// <summary>Reads a file (UTF-8).</summary>
    /// <exception cref="DataFormatException">The file is missing or malformed.</exception>
    public static BilateralTradeMatrix Read(string path, TradeMatrixReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new DataFormatException(path, 0, 0, "an existing file", null);
        }
        TextSource.CheckStart(path);
        var matrix = Load(() => Configure(options).FromFile(path), path, options ?? new TradeMatrixReadOptions(), out var lastLine);
        if (options?.AcceptMissingFinalLineBreak != true)
        {
            TextSource.RequireFinalLineBreak(TextSource.Tail(path), path, options?.Delimiter ?? ',', lastLine);
        }
        return matrix;
    }

    /// <summary>Reads CSV text (for tests, notebooks and small data).</summary>
    /// <param name="text">The CSV text, header first.</param>
    /// <param name="source">The name used in error messages and as the default citation.</param>
    /// <param name="options">What the text does not say.</param>
    /// <exception cref="DataFormatException">The text is malformed.</exception>
    public static BilateralTradeMatrix Parse(string text, string source, TradeMatrixReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        return Load(() => Configure(options).FromText(text), source, options ?? new TradeMatrixReadOptions(), out _);
    }

    /// <summary>
    /// Reads a stream (UTF-8), e.g. a decompressing stream; the stream is read once and not disposed. As for a file, content
    /// whose last record does not end in a line break is an error (it may have been cut short) unless
    /// <see cref="TradeMatrixReadOptions.AcceptMissingFinalLineBreak"/> is set.
    /// </summary>
    /// <exception cref="DataFormatException">The content is malformed.</exception>
    public static BilateralTradeMatrix Read(Stream stream, string source, TradeMatrixReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        // The content is checked for a final line break as a file is (a stream cannot be read again: its tail is kept as it passes).
        var tail = new TailRecordingStream(stream);
        var reader = new StreamReader(tail, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var used = false;
        var matrix = Load(() =>
        {
            // A stream can be read once: the first-occurrence search for a duplicate is not possible then.
            if (used)
            {
                return null;
            }
            used = true;
            return Configure(options).From(reader);
        }, source, options ?? new TradeMatrixReadOptions(), out var lastLine);
        if (options?.AcceptMissingFinalLineBreak != true)
        {
            // Sep stops at the end of the content: whatever it has not pulled yet (nothing, for a well-formed stream) is read here.
            tail.CopyTo(Stream.Null);
            TextSource.RequireFinalLineBreak(System.Text.Encoding.UTF8.GetString(tail.Tail()), source, options?.Delimiter ?? ',', lastLine);
        }
        return matrix;
    }

    private static SepReaderOptions Configure(TradeMatrixReadOptions? options)
    {
        var spec = options?.Delimiter is { } d ? new Sep(d).Reader() : Sep.Auto.Reader();
        return spec with
        {
            HasHeader = true,
            Unescape = true,
            DisableColCountCheck = true,
            CultureInfo = CultureInfo.InvariantCulture,
            // Repeated names are reported by MapHeader with the file's position, not by Sep's look-up table.
            ColNameComparer = DistinctNames.Instance,
        };
    }

    /// <summary>Treats every header cell as distinct (the reader looks columns up by index, never by name).</summary>
    private sealed class DistinctNames : IEqualityComparer<string>
    {
        public static readonly DistinctNames Instance = new();

        public bool Equals(string? x, string? y) => ReferenceEquals(x, y);

        public int GetHashCode(string obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    private sealed class Columns
    {
        public int Reporter = -1;
        public int Partner = -1;
        public int Period = -1;
        public int Flow = -1;
        public int Value = -1;
        public int Exports = -1;
        public int Imports = -1;
        public int Unit = -1;
        public int Count;
    }

    // The row loop runs millions of times in one call: compile it fully optimised at once rather than through the tiers.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static BilateralTradeMatrix Load(Func<SepReader?> open, string source, TradeMatrixReadOptions options, out int lastLine)
    {
        lastLine = 1;
        SepReader reader;
        try
        {
            reader = open() ?? throw new InvalidOperationException("The source cannot be opened.");
        }
        catch (ArgumentException e)
        {
            // Sep refuses a header it cannot index (e.g. two empty names): the file's first line is not a header.
            throw new DataFormatException(source, 1, 0, "a header line with distinct column names (reporter, partner, year, flow, value)", e.Message);
        }
        using var _ = reader;
        if (reader.Header.IsEmpty)
        {
            throw new DataFormatException(source, 1, 1, "a header line (reporter, partner, year, flow, value)", null);
        }
        var columns = MapHeader(reader.Header.ColNames, source);
        if (options.Unit is null && columns.Unit < 0)
        {
            throw new DataFormatException(source, 0, 0, "the unit of the values (a 'unit' column, or TradeMatrixReadOptions.Unit)", null);
        }
        TradeMatrixBuilder? builder = options.Unit is { } u ? new TradeMatrixBuilder(u, options.Source ?? new DataSource(Path.GetFileName(source), Location: source)) : null;
        var fiscal = options.FiscalYearConvention;

        string? lastReporter = null, lastPartner = null, lastUnit = null;
        int reporterId = -1, partnerId = -1, slot = -1, lastSlotReporter = -1, lastSlotPartner = -1;
        var rows = 0L;
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            lastLine = row.LineNumberToExcl - 1;
            if (row.ColCount != columns.Count)
            {
                if (row.ColCount == 1 && row.Span.Trim().IsEmpty)
                {
                    continue; // a blank line
                }
                throw new DataFormatException(source, line, Math.Min(row.ColCount, columns.Count) + 1,
                    $"{columns.Count.ToString(CultureInfo.InvariantCulture)} fields like the header",
                    $"{row.ColCount.ToString(CultureInfo.InvariantCulture)} fields: {row.Span}");
            }
            rows++;
            if (columns.Unit >= 0)
            {
                var unitText = row[columns.Unit].Span;
                if (lastUnit is null || !unitText.SequenceEqual(lastUnit))
                {
                    lastUnit = unitText.ToString();
                    if (!MoneyUnit.TryParse(lastUnit, out var unit))
                    {
                        throw new DataFormatException(source, line, columns.Unit + 1, "a money unit such as 'US$ million'", lastUnit);
                    }
                    builder ??= new TradeMatrixBuilder(unit, options.Source ?? new DataSource(Path.GetFileName(source), Location: source));
                    if (unit != builder.Unit)
                    {
                        throw new DataFormatException(source, line, columns.Unit + 1, $"the unit of the matrix, {builder.Unit}", lastUnit);
                    }
                }
            }
            var b = builder!;

            var reporterText = row[columns.Reporter].Span;
            if (lastReporter is null || !reporterText.SequenceEqual(lastReporter))
            {
                reporterId = Actor(b, reporterText, source, line, columns.Reporter, "reporter");
                lastReporter = b.Actor(reporterId);
            }
            var partnerText = row[columns.Partner].Span;
            if (lastPartner is null || !partnerText.SequenceEqual(lastPartner))
            {
                partnerId = Actor(b, partnerText, source, line, columns.Partner, "partner");
                lastPartner = b.Actor(partnerId);
            }
            if (reporterId != lastSlotReporter || partnerId != lastSlotPartner)
            {
                if (reporterId == partnerId)
                {
                    throw new DataFormatException(source, line, columns.Partner + 1, "a partner different from the reporter", partnerText.ToString());
                }
                slot = b.Slot(reporterId, partnerId);
                lastSlotReporter = reporterId;
                lastSlotPartner = partnerId;
            }

            var year = ParsePeriod(b, row[columns.Period].Span, fiscal, source, line, columns.Period);
            if (columns.Flow >= 0)
            {
                var exports = ParseFlow(row[columns.Flow].Span, source, line, columns.Flow);
                var value = ParseValue(row[columns.Value], source, line, columns.Value);
                if (!b.TrySet(slot, year, exports, value))
                {
                    throw Duplicate(open, columns, source, line, row.Span.ToString(), lastReporter!, lastPartner!, year, exports, fiscal);
                }
            }
            else
            {
                if (columns.Exports >= 0 && !b.TrySet(slot, year, true, ParseValue(row[columns.Exports], source, line, columns.Exports)))
                {
                    throw Duplicate(open, columns, source, line, row.Span.ToString(), lastReporter!, lastPartner!, year, true, fiscal);
                }
                if (columns.Imports >= 0 && !b.TrySet(slot, year, false, ParseValue(row[columns.Imports], source, line, columns.Imports)))
                {
                    throw Duplicate(open, columns, source, line, row.Span.ToString(), lastReporter!, lastPartner!, year, false, fiscal);
                }
            }
        }
        if (rows == 0 || builder is null)
        {
            throw new DataFormatException(source, 2, 1, "at least one data row after the header", null);
        }
        return builder.Build();
    }

    private static Columns MapHeader(IReadOnlyList<string> names, string source)
    {
        var c = new Columns { Count = names.Count };
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim().ToUpperInvariant();
            ref var slot = ref c.Reporter;
            switch (name)
            {
                case "REPORTER":
                    slot = ref c.Reporter;
                    break;
                case "PARTNER":
                    slot = ref c.Partner;
                    break;
                case "YEAR" or "PERIOD":
                    slot = ref c.Period;
                    break;
                case "FLOW":
                    slot = ref c.Flow;
                    break;
                case "VALUE":
                case var v when v.StartsWith("VALUE_", StringComparison.Ordinal):
                    slot = ref c.Value;
                    break;
                case "EXPORTS" or "EXPORT":
                    slot = ref c.Exports;
                    break;
                case "IMPORTS" or "IMPORT":
                    slot = ref c.Imports;
                    break;
                case "UNIT":
                    slot = ref c.Unit;
                    break;
                default:
                    throw new DataFormatException(source, 1, i + 1,
                        "a column named reporter, partner, year (or period), flow, value, exports, imports or unit", names[i]);
            }
            if (slot >= 0)
            {
                throw new DataFormatException(source, 1, i + 1, $"each column once ('{names[slot]}' is column {(slot + 1).ToString(CultureInfo.InvariantCulture)})", names[i]);
            }
            slot = i;
        }
        var header = string.Join(",", names);
        if (c.Reporter < 0 || c.Partner < 0 || c.Period < 0)
        {
            var missing = c.Reporter < 0 ? "reporter" : c.Partner < 0 ? "partner" : "year";
            throw new DataFormatException(source, 1, 0, $"a header with reporter, partner and year columns (no '{missing}' column)", header);
        }
        var longForm = c.Flow >= 0 || c.Value >= 0;
        var wideForm = c.Exports >= 0 || c.Imports >= 0;
        if (longForm == wideForm || (longForm && (c.Flow < 0 || c.Value < 0)))
        {
            throw new DataFormatException(source, 1, 0, "either flow and value columns, or exports and/or imports columns", header);
        }
        return c;
    }

    private static int Actor(TradeMatrixBuilder builder, ReadOnlySpan<char> text, string source, int line, int column, string role)
    {
        if (builder.TryFindActor(text, out var id))
        {
            return id;
        }
        if (text.IsEmpty || text.IsWhiteSpace())
        {
            throw new DataFormatException(source, line, column + 1, $"a {role} code or name", text.ToString());
        }
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            throw new DataFormatException(source, line, column + 1, $"a {role} without surrounding spaces", text.ToString());
        }
        NameRule.Require(text, role, source, line, column + 1);
        if (text.Contains('\uFFFD'))
        {
            throw new DataFormatException(source, line, column + 1,
                "UTF-8 text (a byte of this line is not UTF-8: the file mixes encodings, or is Windows-1252; save it as UTF-8)", text.ToString());
        }
        return builder.ActorId(text);
    }

    private static int ParsePeriod(TradeMatrixBuilder builder, ReadOnlySpan<char> text, FiscalYearConvention? fiscal, string source, int line, int column)
    {
        int year, month;
        if (text.Length == 4 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]))
        {
            year = unchecked(((text[0] - '0') * 1000) + ((text[1] - '0') * 100) + ((text[2] - '0') * 10) + (text[3] - '0'));
            month = 1;
            if (!CalendarYear.IsValid(year))
            {
                throw new DataFormatException(source, line, column + 1, "a calendar year such as 2011 (" + CalendarYear.RangeDescription + ")", text.ToString());
            }
        }
        else if (fiscal is { } f && FiscalYear.TryParse(text.ToString(), f, out var fy))
        {
            year = fy.StartYear;
            month = f.StartMonth;
        }
        else
        {
            throw new DataFormatException(source, line, column + 1,
                (fiscal is null ? "a calendar year such as 2011 (for fiscal years, give the convention)" : "a calendar year such as 2011 or a fiscal year such as 2010-11")
                + (text.Length >= 4 && CalendarYear.IsOutOfRange(text[..4]) ? " (" + CalendarYear.RangeDescription + ")" : ""), text.ToString());
        }
        if (!builder.TryUsePeriodKind(month))
        {
            throw new DataFormatException(source, line, column + 1, $"a period of the same kind as the rows before ({builder.DescribeKind()})", text.ToString());
        }
        return year;
    }

    private static bool ParseFlow(ReadOnlySpan<char> text, string source, int line, int column)
    {
        if (text.Length == 1)
        {
            switch (text[0])
            {
                case 'X' or 'x':
                    return true;
                case 'M' or 'm':
                    return false;
            }
        }
        if (text.Equals("exports", StringComparison.OrdinalIgnoreCase) || text.Equals("export", StringComparison.OrdinalIgnoreCase) ||
            text.Equals("exports_fob", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (text.Equals("imports", StringComparison.OrdinalIgnoreCase) || text.Equals("import", StringComparison.OrdinalIgnoreCase) ||
            text.Equals("imports_cif", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        throw new DataFormatException(source, line, column + 1, "a flow: X (exports) or M (imports)", text.ToString());
    }

    private static double ParseValue(SepReader.Col col, string source, int line, int column)
    {
        var text = col.Span;
        if (text.IsEmpty)
        {
            return double.NaN;
        }
        // csFastFloat stops at the first character that is not part of a number ("1,5" gives 1): demand all of it.
        if (FastDoubleParser.TryParseDouble(text, out var consumed, out var value) && consumed == text.Length ||
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            if (!double.IsFinite(value))
            {
                // NaN, Infinity, 1e999: below, as any other text that is not a number.
            }
            else if (value == 0)
            {
                return 0; // -0 is zero, and is written as 0
            }
            else if (value < 0)
            {
                // Not a trade flow (a balance is computed, never read).
                throw new DataFormatException(source, line, column + 1, "a trade value that is not negative (exports and imports are flows; the balance is computed)", text.ToString());
            }
            else if (value <= (double)Money.MaxAmount)
            {
                return value;
            }
            else
            {
                throw new DataFormatException(source, line, column + 1, "a number of at most 1e15 (a larger value is a corrupted number)", text.ToString());
            }
        }
        else
        {
            foreach (var marker in s_missing)
            {
                if (text.Trim().Equals(marker, StringComparison.OrdinalIgnoreCase))
                {
                    return double.NaN;
                }
            }
        }
        throw new DataFormatException(source, line, column + 1, "a number such as 1234.5, or an empty cell for a missing value", text.ToString());
    }

    private static DataFormatException Duplicate(Func<SepReader?> open, Columns columns, string source, int line, string text,
        string reporter, string partner, int year, bool exports, FiscalYearConvention? fiscal)
    {
        var first = FirstLine(open, columns, reporter, partner, year, exports, fiscal, line);
        var where = first > 0 ? $" (first given on line {first.ToString(CultureInfo.InvariantCulture)})" : "";
        return new DataFormatException(source, line, 0, $"one value per reporter, partner, period and flow{where}", text);
    }

    /// <summary>Finds the line where a cell was first given, by reading the source again (only on this error path).</summary>
    private static int FirstLine(Func<SepReader?> open, Columns columns, string reporter, string partner, int year, bool exports, FiscalYearConvention? fiscal, int before)
    {
        using var reader = open();
        if (reader is null)
        {
            return 0;
        }
        foreach (var row in reader)
        {
            if (row.LineNumberFrom >= before)
            {
                break;
            }
            if (row.ColCount != columns.Count || !row[columns.Reporter].Span.SequenceEqual(reporter) || !row[columns.Partner].Span.SequenceEqual(partner))
            {
                continue;
            }
            var text = row[columns.Period].Span;
            var y = text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var cy) ? cy
                : fiscal is { } f && FiscalYear.TryParse(text.ToString(), f, out var fy) ? fy.StartYear : -1;
            if (y != year)
            {
                continue;
            }
            if (columns.Flow >= 0)
            {
                var flowText = row[columns.Flow].Span;
                var isExports = flowText.Length == 1 ? flowText[0] is 'X' or 'x' : flowText.StartsWith("export", StringComparison.OrdinalIgnoreCase);
                if (isExports != exports)
                {
                    continue;
                }
            }
            else if ((exports ? columns.Exports : columns.Imports) < 0)
            {
                continue;
            }
            return row.LineNumberFrom;
        }
        return 0;
    }
}
