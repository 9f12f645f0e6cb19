using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using ExcelDataReader;
using TradeArms.Matrix;
using TradeArms.Text;
using TradeArms.Trade;

namespace TradeArms.Imf;

/// <summary>
/// Reads IMF Direction of Trade Statistics (DOTS) workbooks as the IMF data portal exports them (one .xlsx per
/// reporting economy, sheets <c>Exports, FOB</c> and <c>Imports, CIF</c>, US$ million, annual) into a
/// <see cref="BilateralTradeMatrix"/>.
/// </summary>
/// <remarks>
/// <para>Layout checked for every sheet: B4 is the reporter, B5 the unit (<c>US Dollars, Millions</c>), row 7 the years
/// from column C on, and from row 8 column B the partner and columns C onwards the values. An empty cell is missing; a
/// value written as text with an <c>e</c> (<c>1,032.13 e</c>) is an IMF estimate: its number is kept and it is flagged
/// (<see cref="BilateralTradeMatrix.IsEstimated"/>). A partner row that repeats an identical earlier row of the same
/// partner is skipped and counted; a repeated partner with different values is an error. Likewise a second workbook of
/// a reporter already read is skipped when every value equals the first one's, and is an error otherwise. The
/// aggregates' rows for themselves (<c>World</c> to <c>World</c>) are internal trade, not a pair: skipped and counted.</para>
/// <para>Partners include aggregates (<c>World</c>, <c>Advanced Economies</c>, <c>Euro Area</c>, ...) and historical
/// economies (<c>USSR</c>, <c>Yugoslavia</c>), kept under the IMF's names; summing all partners double counts.
/// Exports are FOB and imports CIF, so mirror flows differ by design (<see cref="BilateralTradeMatrix.MirrorGaps"/>).</para>
/// <para>Spreadsheet library: ExcelDataReader, a small managed streaming reader without dependencies.</para>
/// </remarks>
public static class DotsWorkbookReader
{
    private const string ExportsSheet = "Exports, FOB";
    private const string ImportsSheet = "Imports, CIF";

    static DotsWorkbookReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The IMF's credit line.</summary>
    public static DataSource Source(string? location = null) => new(
        "International Monetary Fund, Direction of Trade Statistics (DOTS)", "exports FOB, imports CIF, US$ million, annual", null, location);

    /// <summary>Reads one workbook, or every <c>*.xlsx</c> of a folder (in ordinal name order).</summary>
    /// <exception cref="DataFormatException">A workbook does not have the DOTS layout; the message names file, sheet, row and column.</exception>
    public static DotsReadResult Read(string fileOrFolder)
    {
        ArgumentNullException.ThrowIfNull(fileOrFolder);
        string[] files;
        if (Directory.Exists(fileOrFolder))
        {
            files = Directory.GetFiles(fileOrFolder, "*.xlsx");
            Array.Sort(files, StringComparer.Ordinal);
            if (files.Length == 0)
            {
                throw new DataFormatException(fileOrFolder, 0, 0, "a folder with DOTS workbooks (*.xlsx)", "no .xlsx file");
            }
        }
        else if (File.Exists(fileOrFolder))
        {
            files = [fileOrFolder];
        }
        else
        {
            throw new DataFormatException(fileOrFolder, 0, 0, "an existing file or folder", null);
        }
        var state = new Counts();
        foreach (var file in files)
        {
            ReadWorkbook(file, state);
        }
        var data = new DirectionOfTrade(ImmutableCollectionsMarshal.AsImmutableArray(state.Observations.ToArray()), Source(fileOrFolder));
        state.Observations.Clear();
        var unmapped = data.Observations.GroupBy(o => o.Reporter).Concat(data.Observations.GroupBy(o => o.Partner))
            .Where(g => g.Key.Economy is null && !g.Key.IsAggregate)
            .GroupBy(g => g.Key.Name, g => g.LongCount(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new UnmappedDotsName(g.Key, g.Sum()))
            .ToList();
        return new DotsReadResult(BilateralTradeMatrix.From(data), files.Length, state.DuplicateRows, state.DuplicateValues, state.DuplicateWorkbooks,
            state.DuplicateWorkbookValues, state.SelfRows, state.SelfValues, state.Estimated)
        {
            Data = data,
            UnmappedNames = unmapped,
        };
    }

    private sealed class Counts
    {
        public int DuplicateRows;
        public long DuplicateValues;
        public long Estimated;
        public long DuplicateWorkbookValues;
        public int SelfRows;
        public long SelfValues;
        public List<string> DuplicateWorkbooks = [];
        public List<DotsObservation> Observations = [];
        public Dictionary<string, (string File, long Cells, int Start, int Count)> Reporters = new(StringComparer.Ordinal);
    }

    private sealed record Sheet(string Source, string Reporter, bool Exports, int[] Years, List<(string Partner, double[] Values, bool[] Estimated, int Row)> Rows);

    private static void ReadWorkbook(string file, Counts counts)
    {
        using var stream = File.OpenRead(file);
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        }
        catch (Exception e) when (e is InvalidDataException or ExcelDataReader.Exceptions.HeaderException or ExcelDataReader.Exceptions.ExcelReaderException
            or System.Xml.XmlException or IOException)
        {
            throw new DataFormatException(file, 0, 0, "an Excel workbook (.xlsx)", e.Message);
        }
        try
        {
            ReadSheets(file, reader, counts);
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or ExcelDataReader.Exceptions.ExcelReaderException or FormatException and not DataFormatException)
        {
            // A workbook damaged inside (cut, or malformed XML): named, never a crash.
            throw new DataFormatException(file, 0, 0, "an Excel workbook (.xlsx) that is complete and well formed", e.Message);
        }
    }

    private static void ReadSheets(string file, IExcelDataReader reader, Counts counts)
    {
        using (reader)
        {
            string? reporter = null;
            var sheets = new HashSet<string>(StringComparer.Ordinal);
            var parsed = new List<Sheet>();
            do
            {
                var name = reader.Name;
                var source = $"{file}[{name}]";
                var exports = name switch
                {
                    ExportsSheet => true,
                    ImportsSheet => false,
                    _ => throw new DataFormatException(file, 0, 0, $"sheets '{ExportsSheet}' and '{ImportsSheet}'", name),
                };
                sheets.Add(name);
                var sheet = ReadSheet(reader, source, exports, counts);
                if (reporter is not null && sheet.Reporter != reporter)
                {
                    throw new DataFormatException(source, 4, 2, $"the reporter of the other sheet, '{reporter}'", sheet.Reporter);
                }
                reporter = sheet.Reporter;
                parsed.Add(sheet);
            }
            while (reader.NextResult());
            if (sheets.Count != 2)
            {
                throw new DataFormatException(file, 0, 0, $"sheets '{ExportsSheet}' and '{ImportsSheet}'", string.Join(", ", sheets));
            }
            var cells = parsed.Sum(p => p.Rows.Sum(r => (long)r.Values.Count(v => !double.IsNaN(v))));
            if (counts.Reporters.TryGetValue(reporter!, out var first))
            {
                // A second workbook of the same reporter: skip it only if it is an exact copy of the first one.
                if (cells != first.Cells || !SameAsLoaded(parsed, counts.Observations.GetRange(first.Start, first.Count)))
                {
                    throw new DataFormatException(file, 4, 2, $"a reporter not read before, or an exact copy of its workbook {Path.GetFileName(first.File)}", reporter);
                }
                counts.DuplicateWorkbooks.Add(Path.GetFileName(file));
                counts.DuplicateWorkbookValues += cells;
                return;
            }
            var start = counts.Observations.Count;
            foreach (var sheet in parsed)
            {
                Add(sheet, counts);
            }
            counts.Reporters.Add(reporter!, (file, cells, start, counts.Observations.Count - start));
        }
    }

    private static bool SameAsLoaded(List<Sheet> sheets, List<DotsObservation> loaded)
    {
        var values = loaded.ToDictionary(o => (o.Partner.Name, o.Year.Year, o.Flow), o => o.Value);
        foreach (var sheet in sheets)
        {
            var flow = sheet.Exports ? DotsFlow.ExportsFob : DotsFlow.ImportsCif;
            foreach (var (partner, row, _, _) in sheet.Rows)
            {
                for (var c = 2; c < row.Length; c++)
                {
                    if (!double.IsNaN(row[c]) &&
                        (!values.TryGetValue((partner, sheet.Years[c], flow), out var value) || value != Amount(row[c])))
                    {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static void Add(Sheet sheet, Counts counts)
    {
        var flow = sheet.Exports ? DotsFlow.ExportsFob : DotsFlow.ImportsCif;
        var reporter = DotsEconomy.Resolve(sheet.Reporter);
        foreach (var (partnerName, values, estimated, row) in sheet.Rows)
        {
            var partner = DotsEconomy.Resolve(partnerName);
            for (var c = 2; c < values.Length; c++)
            {
                if (double.IsNaN(values[c]))
                {
                    continue; // an empty cell: missing, as is every cell not given
                }
                counts.Observations.Add(new DotsObservation(reporter, partner, flow, new CalendarYear(sheet.Years[c]), Amount(values[c]), row, estimated[c]));
                if (estimated[c])
                {
                    counts.Estimated++;
                }
            }
        }
    }

    /// <summary>
    /// A workbook's number as money: the shortest decimal that round-trips the stored double (the value the cell
    /// shows), so that the matrix gets the same double back, bit for bit.
    /// </summary>
    private static Money Amount(double value)
    {
        Span<char> text = stackalloc char[32];
        value.TryFormat(text, out var length, "R", CultureInfo.InvariantCulture);
        return Money.UsDollarMillions(decimal.Parse(text[..length], NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    private static Sheet ReadSheet(IExcelDataReader reader, string source, bool exports, Counts counts)
    {
        string? reporter = null;
        int[]? years = null;
        var partners = new Dictionary<string, (int Row, double[] Values, bool[] Estimated)>(StringComparer.Ordinal);
        var order = new List<string>();
        var row = 0;
        while (reader.Read())
        {
            row++;
            if (row == 4)
            {
                reporter = Text(reader, 1);
                if (string.IsNullOrWhiteSpace(reporter))
                {
                    throw new DataFormatException(source, 4, 2, "the reporter's name", reporter);
                }
                if (NameRule.Check(reporter, "reporter") is { } bad)
                {
                    throw new DataFormatException(source, 4, 2, bad, reporter);
                }
            }
            else if (row == 5)
            {
                var unit = Text(reader, 1);
                if (unit != "US Dollars, Millions")
                {
                    throw new DataFormatException(source, 5, 2, "the unit 'US Dollars, Millions'", unit);
                }
            }
            else if (row == 7)
            {
                years = new int[reader.FieldCount];
                for (var c = 2; c < reader.FieldCount; c++)
                {
                    var text = Text(reader, c);
                    if (text is null)
                    {
                        years[c] = -1;
                        continue;
                    }
                    if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !CalendarYear.IsValid(year))
                    {
                        throw new DataFormatException(source, 7, c + 1, "a year such as 1960 (" + CalendarYear.RangeDescription + ")", text);
                    }
                    years[c] = year;
                }
            }
            else if (row >= 8)
            {
                var partner = Text(reader, 1);
                if (partner is null)
                {
                    if (HasValues(reader))
                    {
                        throw new DataFormatException(source, row, 2, "a partner name before the values", null);
                    }
                    continue;
                }
                if (years is null)
                {
                    throw new DataFormatException(source, 7, 3, "the years in row 7", null);
                }
                if (NameRule.Check(partner, "partner") is { } badPartner)
                {
                    throw new DataFormatException(source, row, 2, badPartner, partner);
                }
                var values = new double[years.Length];
                values.AsSpan().Fill(double.NaN); // columns A and B, and cells beyond the last one read, hold no value
                var estimated = new bool[years.Length];
                for (var c = 2; c < reader.FieldCount && c < years.Length; c++)
                {
                    values[c] = Value(reader.GetValue(c), source, row, c, out estimated[c]);
                    if (!double.IsNaN(values[c]) && years[c] < 0)
                    {
                        throw new DataFormatException(source, 7, c + 1, "a year above every column with values", null);
                    }
                }
                if (partners.TryGetValue(partner, out var earlier))
                {
                    if (!earlier.Values.AsSpan().SequenceEqual(values) || !earlier.Estimated.AsSpan().SequenceEqual(estimated))
                    {
                        throw new DataFormatException(source, row, 2,
                            $"each partner once, or an identical repeat (row {earlier.Row.ToString(CultureInfo.InvariantCulture)} has other values)", partner);
                    }
                    counts.DuplicateRows++;
                    counts.DuplicateValues += values.Count(v => !double.IsNaN(v));
                    continue;
                }
                partners.Add(partner, (row, values, estimated));
                order.Add(partner);
            }
        }
        if (reporter is null || years is null)
        {
            throw new DataFormatException(source, row + 1, 0, "the DOTS layout (reporter in B4, unit in B5, years in row 7)", null);
        }
        var rows = new List<(string, double[], bool[], int)>(order.Count);
        foreach (var partner in order)
        {
            var (partnerRow, values, estimated) = partners[partner];
            if (partner == reporter)
            {
                // An aggregate's internal trade (World to World): not a bilateral pair.
                counts.SelfRows++;
                counts.SelfValues += values.Count(v => !double.IsNaN(v));
                continue;
            }
            rows.Add((partner, values, estimated, partnerRow));
        }
        return new Sheet(source, reporter, exports, years, rows);
    }

    private static string? Text(IExcelDataReader reader, int column) =>
        column < reader.FieldCount ? reader.GetValue(column) switch
        {
            null => null,
            string s => s.Trim().Length == 0 ? null : s.Trim(),
            double d => d.ToString(CultureInfo.InvariantCulture),
            var o => Convert.ToString(o, CultureInfo.InvariantCulture),
        } : null;

    private static bool HasValues(IExcelDataReader reader)
    {
        for (var c = 2; c < reader.FieldCount; c++)
        {
            if (reader.GetValue(c) is not null and not "")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A trade value within what a matrix holds (<see cref="Money.MaxAmount"/>). DOTS prints a few negative values
    /// (e.g. -4.8 in DOTS_221.xlsx, a revision netting out an earlier figure): kept as published, as the IMF gives them.
    /// </summary>
    private static double Flow(double value, string source, int row, int column, object cell) =>
        Math.Abs(value) > (double)Money.MaxAmount ? throw new DataFormatException(source, row, column + 1, "a number of at most 1e15 (a larger value is a corrupted number)", Convert.ToString(cell, CultureInfo.InvariantCulture))
        : value;

    /// <summary>A cell's value: a number, an estimate written <c>1,032.13 e</c>, or NaN for an empty cell.</summary>
    private static double Value(object? cell, string source, int row, int column, out bool estimated)
    {
        estimated = false;
        switch (cell)
        {
            case null:
                return double.NaN;
            case double d when double.IsFinite(d):
                return Flow(d, source, row, column, cell);
            case string s when s.Trim().Length == 0:
                return double.NaN;
            case string s when s.EndsWith(" e", StringComparison.Ordinal) &&
                double.TryParse(s.AsSpan(0, s.Length - 2), NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                    CultureInfo.InvariantCulture, out var e):
                estimated = true;
                return Flow(e, source, row, column, cell);
            default:
                throw new DataFormatException(source, row, column + 1, "a number, or a number marked as an estimate such as '1,032.13 e'",
                    Convert.ToString(cell, CultureInfo.InvariantCulture));
        }
    }
}
