using System.Collections.Immutable;
using System.Globalization;
using TradeArms.Text;

namespace TradeArms.Register;

/// <summary>
/// Reads SIPRI's Trade Register exactly as SIPRI exports it: the full register (one row per deal) or the
/// by-delivery-year export (one row per deal per delivery year), Windows-1252 or UTF-8, an 11-line preamble with the
/// title (the year-range selection) and <c>Data generated: &lt;date&gt;</c>, then the header.
/// </summary>
/// <remarks>
/// <para><b>Broken records.</b> SIPRI's export writes fields without quotes, and a line break at the end of a comment
/// splits a record in two: a line with too few fields followed by a line that starts with the rest of the comment.
/// With <see cref="BrokenLinePolicy.Repair"/> (the default) a record is repaired when, and only when, the line break
/// falls inside <c>Comments</c> (field 13 of the full register) and the following line(s) complete the record to
/// exactly the header's 16 fields. The fragments of the comment are joined with one space, or with nothing when
/// either fragment is empty (the break ended the comment). Each repair is listed in <see cref="TradeRegister.Repairs"/>.
/// Any other short or long line is a <see cref="DataFormatException"/> naming the file, line and first missing or
/// extra field, so columns are never shifted silently. With <see cref="BrokenLinePolicy.Reject"/> a repairable break
/// is reported as an error at the file, line and field of the break.</para>
/// <para><b>Interpretations</b>, applied in this order and each counted in <see cref="TradeRegister.Notes"/>:
/// (1) where <c>Number ordered</c> is empty SIPRI prints <c>SIPRI TIV for total order</c> as <c>0</c>, although its
/// preamble promises an empty cell: read as not available (null);
/// (2) in a deal with nothing delivered yet (<c>Number delivered</c> 0, no delivery year), SIPRI prints <c>0</c> in
/// the TIV columns where nothing was measured: a <c>0</c> there is read as not stated (null per unit and total order,
/// <see cref="Tiv.NoDeliveries"/> delivered), not as "under 0.5".
/// Every other value is kept as published.</para>
/// <para><b>By-delivery-year export.</b> Rows are grouped into deals by <c>SIPRI AT Database ID</c> (also across the
/// files of one <see cref="Read(IEnumerable{string}, RegisterReadOptions?)"/> call, e.g. SIPRI's 1950-1989 and
/// 1990-2023 downloads); the deal-level columns of all rows of a deal must agree, and a deal has at most one row per
/// year. Numbers and TIV delivered are summed; the year list is composed as <c>2007; 2008</c>.</para>
/// </remarks>
public static class TradeRegisterReader
{
    internal static readonly string[] FullHeader =
    [
        "Recipient", "Supplier", "Year of order", "", "Number ordered", "", "Weapon designation", "Weapon description",
        "Number delivered", "", "Year(s) of delivery", "status", "Comments", "SIPRI TIV per unit",
        "SIPRI TIV for total order", "SIPRI TIV of delivered weapons",
    ];

    internal static readonly string[] ByYearHeader =
    [
        "SIPRI AT Database ID", "Supplier", "Recipient", "Designation", "Description", "Armament category", "Order date",
        "Order date is estimate", "Numbers delivered", "Numbers delivered is estimate", "Delivery year",
        "Delivery year is estimate", "Status", "SIPRI estimate", "TIV deal unit", "TIV delivery values", "Local production",
    ];

    private const int CommentsColumn = 12;

    /// <summary>Reads one register file.</summary>
    /// <exception cref="DataFormatException">The file is not a SIPRI trade register or is malformed; nothing is returned.</exception>
    public static TradeRegister Read(string path, RegisterReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read([path], options);
    }

    /// <summary>
    /// Reads several register files of one format into one register (e.g. SIPRI's by-delivery-year downloads for
    /// 1950-1989 and 1990-2023).
    /// </summary>
    /// <exception cref="DataFormatException">A file is malformed, or the files mix the two formats; nothing is returned.</exception>
    public static TradeRegister Read(IEnumerable<string> files, RegisterReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        options ??= RegisterReadOptions.Default;
        var parsed = files.Select(f =>
        {
            var text = TextSource.ReadAllText(f);
            var file = ParseFile(text, f, options);
            if (!options.AcceptMissingFinalLineBreak)
            {
                TextSource.RequireFinalLineBreak(text, f, ',');
            }
            return file;
        }).ToList();
        return Combine(parsed);
    }

    /// <summary>Parses one register from decoded text (for streams, resources and tests).</summary>
    /// <param name="text">The decoded text.</param>
    /// <param name="source">The name used in error messages and as the data source location.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <exception cref="DataFormatException">The text is not a SIPRI trade register or is malformed.</exception>
    public static TradeRegister Parse(string text, string source, RegisterReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        return Combine([ParseFile(text, source, options ?? RegisterReadOptions.Default)]);
    }

    private static TradeRegister Combine(List<ParsedFile> files)
    {
        if (files.Count == 0)
        {
            throw new ArgumentException("At least one register file is needed.", nameof(files));
        }
        var format = files[0].Format;
        foreach (var f in files.Skip(1))
        {
            if (f.Format != format)
            {
                throw new DataFormatException(f.Source.Location!, f.HeaderLine, 1,
                    $"the same export format as {files[0].Source.Location} ({Describe(format)})", Describe(f.Format));
            }
        }
        var deals = format == RegisterFormat.Full
            ? files.SelectMany(f => f.Deals).ToImmutableArray()
            : ByDeliveryYear.Group(files);
        var notes = files.SelectMany(f => f.Notes).Distinct().ToImmutableArray();
        return new TradeRegister(format, deals, [.. files.Select(f => f.Source)], [.. files.Select(f => f.Title)],
            [.. files.SelectMany(f => f.Repairs)], notes);
    }

    private static string Describe(RegisterFormat format) => format == RegisterFormat.Full
        ? "the full register, one row per deal"
        : "the by-delivery-year export, one row per deal and year";

    private static ParsedFile ParseFile(string text, string source, RegisterReadOptions options)
    {
        var lines = CsvTokenizer.Split(text, ',', source);
        if (lines.Count == 0 || !lines[0][0].TrimStart().StartsWith("Transfers of major conventional arms", StringComparison.OrdinalIgnoreCase))
        {
            throw new DataFormatException(source, 1, 1, "SIPRI's trade register title 'Transfers of major conventional arms from ...'",
                lines.Count == 0 ? null : lines[0].Text);
        }
        var title = lines[0].Text.Trim();
        DateOnly? generated = null;
        var headerIndex = -1;
        for (var i = 1; i < Math.Min(lines.Count, 20); i++)
        {
            var first = lines[i][0].Trim();
            if (first.StartsWith("Data generated:", StringComparison.OrdinalIgnoreCase))
            {
                generated = ParseGenerated(first, source, lines[i].Number);
            }
            if (first.Equals(FullHeader[0], StringComparison.OrdinalIgnoreCase) || first.Equals(ByYearHeader[0], StringComparison.OrdinalIgnoreCase))
            {
                headerIndex = i;
                break;
            }
        }
        if (headerIndex < 0)
        {
            var line = lines.Count > 11 ? lines[11] : null;
            throw new DataFormatException(source, line?.Number ?? lines[^1].Number + 1, 1,
                "the header 'Recipient,Supplier,Year of order,...' or 'SIPRI AT Database ID,Supplier,...' after SIPRI's 11-line preamble", line?.Text);
        }
        if (generated is null)
        {
            throw new DataFormatException(source, 0, 0, "SIPRI's 'Data generated: <date>' line in the preamble (the release)", null);
        }
        var header = lines[headerIndex];
        var format = header[0].Trim().Equals(FullHeader[0], StringComparison.OrdinalIgnoreCase) ? RegisterFormat.Full : RegisterFormat.ByDeliveryYear;
        var expected = format == RegisterFormat.Full ? FullHeader : ByYearHeader;
        CheckHeader(header, expected, source);
        var dataSource = DataSource.Sipri(generated, source);
        var file = new ParsedFile(format, dataSource, title, header.Number);
        var records = Records(lines, headerIndex + 1, expected, format, source, options, file.Repairs);
        var context = new RowContext(source, dataSource, options, file.Notes);
        if (format == RegisterFormat.Full)
        {
            var counters = new int[2];
            foreach (var record in records)
            {
                file.Deals.Add(ReadFullRow(record, context, counters));
            }
            if (counters[1] > 0)
            {
                file.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{Path.GetFileName(source)}: {counters[1]} deals with no number ordered print 'SIPRI TIV for total order' as '0'; read as not available."));
            }
            if (counters[0] > 0)
            {
                file.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{Path.GetFileName(source)}: {counters[0]} deals with nothing delivered yet print '0' in TIV columns; read as not stated (per unit, total order) and no deliveries (delivered)."));
            }
        }
        else
        {
            foreach (var record in records)
            {
                file.Rows.Add(ByDeliveryYear.ReadRow(record, context));
            }
        }
        foreach (var status in file.Deals.Select(d => d.Status).Concat(file.Rows.Select(r => r.Status)).Where(s => !s.IsRecognised).Distinct())
        {
            file.Notes.Add($"{Path.GetFileName(source)}: status '{status.Text}' is not one this library recognises; kept as published.");
        }
        return file;
    }

    private static DateOnly ParseGenerated(string text, string source, int line)
    {
        var parts = text["Data generated:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 3 && DateOnly.TryParseExact(string.Join(' ', parts[..3]), ["d MMM yyyy", "d MMMM yyyy"],
            CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        throw new DataFormatException(source, line, 1, "a generation date such as 'Data generated: 13 Oct 2024 2:20:11 PM'", text);
    }

    private static void CheckHeader(CsvLine header, string[] expected, string source)
    {
        for (var c = 0; c < Math.Max(expected.Length, header.Fields.Count); c++)
        {
            if (c >= expected.Length)
            {
                throw new DataFormatException(source, header.Number, c + 1,
                    string.Create(CultureInfo.InvariantCulture, $"{expected.Length} columns, the last '{expected[^1]}'"), header[c]);
            }
            if (c >= header.Fields.Count || !string.Equals(header[c].Trim(), expected[c], StringComparison.OrdinalIgnoreCase))
            {
                var name = expected[c].Length == 0 ? "' ' (the unnamed uncertainty column)" : "'" + expected[c] + "'";
                throw new DataFormatException(source, header.Number, c + 1, "the column " + name, c < header.Fields.Count ? header[c] : null);
            }
        }
    }

    /// <summary>The data records, with broken records repaired (or reported) by the documented rule.</summary>
    private static List<CsvLine> Records(List<CsvLine> lines, int start, string[] header, RegisterFormat format, string source,
        RegisterReadOptions options, List<LineRepair> repairs)
    {
        var width = header.Length;
        var headerLine = lines[start - 1].Number;
        var records = new List<CsvLine>(lines.Count - start);
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }
            if (line.Fields.Count > width)
            {
                throw new DataFormatException(source, line.Number, width + 1, FieldCount(width, headerLine),
                    string.Create(CultureInfo.InvariantCulture, $"{line.Fields.Count} fields"));
            }
            if (line.Fields.Count == width)
            {
                records.Add(line);
                continue;
            }
            // Too few fields: repairable only as a line break inside Comments, completed by the next line(s).
            var fields = new List<string>(line.Fields);
            var text = line.Text;
            var j = i;
            while (fields.Count < width && format == RegisterFormat.Full && fields.Count == CommentsColumn + 1 && j + 1 < lines.Count)
            {
                var next = lines[j + 1];
                if (next.Fields.Count + fields.Count - 1 > width)
                {
                    break;
                }
                if (options.BrokenLines == BrokenLinePolicy.Reject)
                {
                    throw new DataFormatException(source, line.Number, CommentsColumn + 1, "each record on one line",
                        string.Create(CultureInfo.InvariantCulture, $"a line break in Comments (continued on line {next.Number})"));
                }
                var left = fields[^1];
                var right = next.Fields[0];
                fields[^1] = left.Length > 0 && right.Length > 0 ? left + " " + right : left + right;
                fields.AddRange(next.Fields.Skip(1));
                text += "\n" + next.Text;
                j++;
            }
            if (fields.Count != width)
            {
                throw new DataFormatException(source, line.Number, line.Fields.Count + 1, FieldCount(width, headerLine),
                    string.Create(CultureInfo.InvariantCulture, $"{line.Fields.Count} fields"));
            }
            repairs.Add(new LineRepair(source, line.Number, lines[j].Number, CommentsColumn + 1, "Comments", fields[CommentsColumn]));
            records.Add(new CsvLine(line.Number, fields, text));
            i = j;
        }
        return records;
    }

    private static string FieldCount(int width, int headerLine) =>
        string.Create(CultureInfo.InvariantCulture, $"{width} fields, as in the header on line {headerLine}");

    private static ArmsDeal ReadFullRow(CsvLine row, RowContext context, int[] counters)
    {
        // Cells are read left to right, so the first bad cell of a row is the one reported.
        var recipient = context.Actor(row, 0, "recipient");
        var supplier = context.Actor(row, 1, "supplier");
        var orderYear = context.Year(row, 2, "a year of order (four digits)");
        var orderYearIsEstimate = context.QuestionFlag(row, 3);
        var numberOrdered = context.Count(row, 4, allowEmpty: true);
        var numberOrderedIsEstimate = context.QuestionFlag(row, 5);
        var designation = context.Text(row, 6, "a weapon designation");
        var description = context.Text(row, 7, "a weapon description");
        var numberDelivered = context.Count(row, 8, allowEmpty: true);
        var numberDeliveredIsEstimate = context.QuestionFlag(row, 9);
        var years = context.Years(row, 10);
        var status = context.Status(row, 11);
        var comments = row[CommentsColumn].Length == 0 ? null : row[CommentsColumn];
        var perUnit = context.TivOrNull(row, 13);
        var total = context.TivOrNull(row, 14);
        var delivered = context.Tiv(row, 15);

        // Interpretation (1), then (2): the count of (1) does not depend on (2).
        if (numberOrdered is null && IsPrintedZero(total))
        {
            counters[1]++;
            total = null;
        }
        if (numberDelivered == 0 && years.IsEmpty && (IsPrintedZero(perUnit) || IsPrintedZero(total) || delivered.Status == TivStatus.BelowHalf))
        {
            counters[0]++;
            perUnit = IsPrintedZero(perUnit) ? null : perUnit;
            total = IsPrintedZero(total) ? null : total;
            delivered = delivered.Status == TivStatus.BelowHalf ? Tiv.NoDeliveries : delivered;
        }
        return new ArmsDeal
        {
            Recipient = recipient,
            Supplier = supplier,
            OrderYear = orderYear,
            OrderYearIsEstimate = orderYearIsEstimate,
            NumberOrdered = numberOrdered,
            NumberOrderedIsEstimate = numberOrderedIsEstimate,
            Designation = designation,
            Description = description,
            NumberDelivered = numberDelivered,
            NumberDeliveredIsEstimate = numberDeliveredIsEstimate,
            DeliveryYears = years,
            Status = status,
            Comments = comments,
            TivPerUnit = perUnit,
            TotalOrderTiv = total,
            DeliveredTiv = delivered,
            Source = context.DataSource,
            Location = context.Location(row),
        };
    }

    private static bool IsPrintedZero(Tiv? value) => value is { Status: TivStatus.BelowHalf };

    internal sealed class ParsedFile(RegisterFormat format, DataSource source, string title, int headerLine)
    {
        public RegisterFormat Format { get; } = format;

        public DataSource Source { get; } = source;

        public string Title { get; } = title;

        public int HeaderLine { get; } = headerLine;

        public List<ArmsDeal> Deals { get; } = [];

        public List<ByDeliveryYear.Row> Rows { get; } = [];

        public List<LineRepair> Repairs { get; } = [];

        public List<string> Notes { get; } = [];
    }
}
