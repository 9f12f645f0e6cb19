using System.Globalization;
using System.Text.RegularExpressions;
using TradeArms.Economies;
using TradeArms.Products;
using TradeArms.Text;

namespace TradeArms.Sources;

/// <summary>
/// Reads a CEPII BACI trade file: <c>t,i,j,k,v,q</c> = year, exporter, importer, HS 6-digit product, value in
/// <b>thousands</b> of US$, quantity in <b>metric tons</b> (missing in some rows: empty or <c>NA</c>, kept missing).
/// Each row becomes the exporter's exports to the importer; values are CEPII's reconciled FOB values.
/// </summary>
/// <remarks>
/// The file is streamed as bytes into the columns of a <see cref="TradeDataset"/> (about 38 bytes a row). A row the
/// fast path does not fully understand, and the first row of each year, economy code and product, is read by the
/// field rules of the reference reader; a malformed file is read by those rules alone, so the message is the same.
/// </remarks>
public static partial class BaciReader
{
    /// <summary>The citation of BACI.</summary>
    public const string Citation = "CEPII BACI (Gaulier and Zignago 2010), http://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37";

    private static readonly string[] s_header = ["t", "i", "j", "k", "v", "q"];

    /// <summary>BACI's value unit: thousands of US$.</summary>
    public static MoneyUnit Unit { get; } = new("USD", MoneyScale.Thousands);

    /// <summary>
    /// Reads a BACI file. Pass the release's country table (see <see cref="BaciCodeTables.ReadCountries"/>) through
    /// <see cref="TradeReadOptions.Economies"/> (<c>EconomyRegistry.WithTradeCodes</c>) to map its codes as BACI does;
    /// without it, codes are read as Comtrade's.
    /// </summary>
    /// <exception cref="DataFormatException">Not a BACI file, or a malformed field.</exception>
    public static TradeDataset Read(string path, TradeReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new TradeReadOptions();
        return ReadFast(path, options) ?? ReadReference(path, options);
    }

    /// <summary>The reference reader: the whole file decoded and tokenised, every row through the field rules.</summary>
    internal static TradeDataset ReadReference(string path, TradeReadOptions options)
    {
        var classification = ClassificationOf(path, options);
        var lines = CsvTokenizer.ReadRecords(path, options.AcceptMissingFinalLineBreak);
        var rows = new Rows(path, classification, options, Header(path, lines.Count == 0 ? null : lines[0]));
        foreach (var line in lines.Skip(1))
        {
            rows.Reference(line);
        }
        return rows.Dataset();
    }

    /// <summary>The fast reader; null when the file needs the reference reader (an unusual form, or an error to name).</summary>
    internal static TradeDataset? ReadFast(string path, TradeReadOptions options)
    {
        try
        {
            return ReadFastOrThrow(path, options);
        }
        catch (Exception e) when (FastPath.HandsOver(e))
        {
            return null;
        }
    }

    private static TradeDataset ReadFastOrThrow(string path, TradeReadOptions options)
    {
        var classification = ClassificationOf(path, options);
        using var reader = new ByteLineReader(path, options.AcceptMissingFinalLineBreak);
        Span<Range> ranges = stackalloc Range[8];
        Rows? rows = null;
        while (reader.Next())
        {
            var line = reader.Line;
            var count = ByteLineReader.Split(line, ranges);
            if (FastPath.IsBlank(ranges, count))
            {
                continue;
            }
            if (rows is null)
            {
                rows = new Rows(path, classification, options, Header(path, FastPath.ToCsvLine(reader, ranges, count)));
            }
            else if (reader.LineHasNonAscii || count != 6 || !rows.Fast(line, ranges, reader.Number))
            {
                rows.Reference(FastPath.ToCsvLine(reader, ranges, count));
            }
        }
        return rows?.Dataset() ?? throw new FastPathFallback("no header");
    }

    private static Classification ClassificationOf(string path, TradeReadOptions options) => options.Classification ?? FromFileName(path)
        ?? throw new DataFormatException(path, 0, 0, "the HS vintage of the BACI file in its name (BACI_HS92_Y2017_V202301.csv) or in TradeReadOptions.Classification", Path.GetFileName(path));

    private static CsvFields Header(string path, CsvLine? header)
    {
        if (header is null || !header.Fields.Select(f => f.Trim().TrimStart('\uFEFF')).SequenceEqual(s_header))
        {
            throw new DataFormatException(path, 1, 0, "the BACI header t,i,j,k,v,q", header?.Text);
        }
        return new CsvFields(path, CsvFields.Columns(path, header, [], "BACI"));
    }

    private static Classification? FromFileName(string path) =>
        BaciName().Match(Path.GetFileName(path)) is { Success: true } m && Classification.TryParse(m.Groups["hs"].Value, out var c) ? c : null;

    [GeneratedRegex(@"(?i)BACI_(?<hs>HS\d\d)_", RegexOptions.CultureInvariant)]
    private static partial Regex BaciName();

    /// <summary>The rows read so far, with what the fast path has learnt from the rows the field rules read.</summary>
    private sealed class Rows(string path, Classification classification, TradeReadOptions options, CsvFields fields)
    {
        private readonly EconomyMapper _mapper = new(options.Economies, EconomyCodeSystem.Baci);
        private readonly TradeColumns _columns = new();
        // Learnt from reference rows: the shape of a (year, q present) pair, the party of an (economy code, year)
        // pair (complemented when its code must be tracked as unmapped), the product of an HS6 code.
        private readonly Dictionary<int, int> _shapes = [];
        private readonly Dictionary<long, int> _parties = [];
        private readonly int[] _products = new int[1_000_000];

        /// <summary>The field rules: one row read as the reference reader reads it, and what it teaches the fast path.</summary>
        public void Reference(CsvLine line)
        {
            if (line.Fields.Count != 6)
            {
                throw new DataFormatException(path, line.Number, CsvFields.WidthColumn(line.Fields.Count, 6), "6 fields (t,i,j,k,v,q)", string.Create(CultureInfo.InvariantCulture, $"{line.Fields.Count} fields"));
            }
            var f = fields.At(line);
            var year = f.Int("t", "a year");
            if (year is < 1900 or > 2100)
            {
                throw f.Error("t", "a year between 1900 and 2100 in column 't'", f.Raw("t"));
            }
            var exporter = f.Int("i", "an exporter code").ToString(CultureInfo.InvariantCulture);
            var importer = f.Int("j", "an importer code").ToString(CultureInfo.InvariantCulture);
            var k = f.Text("k", "a product code");
            if (k.Length is not (5 or 6) || !k.All(char.IsAsciiDigit))
            {
                throw f.Error("k", "an HS 6-digit product code (5 digits when the leading zero was lost) in column 'k'", k);
            }
            var value = f.NonNegative("v", "a value in thousands of US$") ?? throw f.Error("v", "a value in thousands of US$ in column 'v'", null);
            var tonnes = f.NonNegative("q", "a quantity in tonnes");
            var record = new TradeRecord
            {
                Line = line.Number,
                Period = TradePeriod.OfYear(year),
                ReporterCode = exporter,
                Reporter = _mapper.Map(exporter, year),
                PartnerCode = importer,
                Partner = _mapper.Map(importer, year),
                Flow = SourceFlow.Exports,
                Product = ProductCode.Parse(k, classification),
                Value = new TradeValue(new Money(value, Unit), Valuation.Fob),
                NetWeight = tonnes is { } t ? new Quantity(t, "t") : null,
            };
            _mapper.Track(record, null, null);
            _columns.Add(record);
            _shapes[(year * 2) + (tonnes is null ? 0 : 1)] = _columns.ShapeId(RowShape.Of(record));
            Learn(record.ReporterCode, record.Reporter, year);
            Learn(record.PartnerCode, record.Partner, year);
            _products[int.Parse(record.Product.Code, CultureInfo.InvariantCulture)] = _columns.ProductId(record.Product) + 1;
        }

        private void Learn(string code, Economy? economy, int year)
        {
            var id = _columns.PartyId(code, economy);
            _parties[((long)year << 32) | uint.Parse(code, CultureInfo.InvariantCulture)] = _mapper.IsClean(code, year) ? id : ~id;
        }

        /// <summary>
        /// One row of plain fields whose year, codes and product the field rules have already read: straight into the
        /// columns. False when the row needs the field rules.
        /// </summary>
        public bool Fast(ReadOnlySpan<byte> line, ReadOnlySpan<Range> ranges, int number)
        {
            Span<long> mantissas = stackalloc long[5];
            Span<byte> scales = stackalloc byte[5];
            var q = line[ranges[5]];
            var hasQ = !q.IsEmpty && !FieldSource.IsMissingMarker(q);
            if (!AsciiNumber.TryDigits(line[ranges[0]], out var year) || !AsciiNumber.TryDigits(line[ranges[1]], out var exporter)
                || !AsciiNumber.TryDigits(line[ranges[2]], out var importer) || line[ranges[3]].Length is not (5 or 6)
                || !AsciiNumber.TryDigits(line[ranges[3]], out var k)
                || !AsciiNumber.TryDecimal(line[ranges[4]], out mantissas[TradeColumns.ValueSlot], out scales[TradeColumns.ValueSlot])
                || (hasQ && !AsciiNumber.TryDecimal(q, out mantissas[TradeColumns.NetWeightSlot], out scales[TradeColumns.NetWeightSlot]))
                || !_shapes.TryGetValue((year * 2) + (hasQ ? 1 : 0), out var shape)
                || !_parties.TryGetValue(((long)year << 32) | (uint)exporter, out var reporter)
                || !_parties.TryGetValue(((long)year << 32) | (uint)importer, out var partner)
                || _products[k] == 0)
            {
                return false;
            }
            _columns.Add(number, reporter < 0 ? ~reporter : reporter, partner < 0 ? ~partner : partner, _products[k] - 1, shape, mantissas, scales);
            if ((reporter | partner) < 0)
            {
                var value = new Money(AsciiNumber.ToDecimal(mantissas[0], scales[0]), Unit);
                foreach (var party in (ReadOnlySpan<int>)[reporter, partner])
                {
                    if (party < 0)
                    {
                        _mapper.Track(_columns.PartyAt(~party).Code, year, number, value, null);
                    }
                }
            }
            return true;
        }

        public TradeDataset Dataset() =>
            new(TradeFileFormat.Baci, new DataSource(Citation, $"BACI {classification}", null, path), _columns, _mapper.Unmapped());
    }
}
