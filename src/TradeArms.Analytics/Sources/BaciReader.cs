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
            if (rows is not null && !reader.LineHasNonAscii && rows.Fast(line, reader.Number))
            {
                continue;
            }
            var count = ByteLineReader.Split(line, ranges);
            if (FastPath.IsBlank(ranges, count))
            {
                continue;
            }
            if (rows is null)
            {
                rows = new Rows(path, classification, options, Header(path, FastPath.ToCsvLine(reader, ranges, count)));
            }
            else
            {
                rows.Reference(FastPath.ToCsvLine(reader, ranges, count));
            }
        }
        return rows?.Dataset() ?? throw new FastPathFallback("no header");
    }

    private static Classification ClassificationOf(string path, TradeReadOptions options) => options.Classification ?? FromFileName(path)
        ?? throw new DataFormatException(path, 0, 0, "the HS vintage of the BACI file in its name (BACI_HS92_Y2017_V202301.csv), or TradeReadOptions.Classification", Path.GetFileName(path));

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
        // Each holds 1 + the index, 0 when not learnt; a party is negated when its code must be tracked.
        private const int SmallCodes = 1024;
        private readonly int[] _shapes = new int[2 * 201];
        private readonly Dictionary<long, int> _parties = [];
        private readonly Dictionary<int, int[]> _partiesByYear = [];
        private readonly int[] _products = new int[1_000_000];
        private int _year = -1;
        private int[]? _yearParties;

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
            _shapes[((year - 1900) * 2) + (tonnes is null ? 0 : 1)] = _columns.ShapeId(RowShape.Of(record)) + 1;
            Learn(record.ReporterCode, record.Reporter, year);
            Learn(record.PartnerCode, record.Partner, year);
            _products[int.Parse(record.Product.Code, CultureInfo.InvariantCulture)] = _columns.ProductId(record.Product) + 1;
        }

        private void Learn(string code, Economy? economy, int year)
        {
            if (!uint.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return; // a code the fast rows never read (a sign): each of its rows goes to the field rules
            }
            var id = _columns.PartyId(code, economy) + 1;
            var party = _mapper.IsClean(code, year) ? id : -id;
            _parties[((long)year << 32) | n] = party;
            if (n < SmallCodes)
            {
                if (!_partiesByYear.TryGetValue(year, out var small))
                {
                    _partiesByYear[year] = small = new int[SmallCodes];
                    _year = -1;
                }
                small[n] = party;
            }
        }

        /// <summary>
        /// One row of plain fields (digits, decimals, nothing quoted) whose year, codes and product the field rules have
        /// already read: straight from the bytes into the columns. False when the row needs the field rules.
        /// </summary>
        public bool Fast(ReadOnlySpan<byte> line, int number)
        {
            Span<long> mantissas = stackalloc long[5];
            Span<byte> scales = stackalloc byte[5];
            var pos = 0;
            if (!AsciiNumber.TryDigits(line, ref pos, out var year) || !Comma(line, ref pos)
                || !AsciiNumber.TryDigits(line, ref pos, out var exporter) || !Comma(line, ref pos)
                || !AsciiNumber.TryDigits(line, ref pos, out var importer) || !Comma(line, ref pos))
            {
                return false;
            }
            var kStart = pos;
            if (!AsciiNumber.TryDigits(line, ref pos, out var k) || pos - kStart is not (5 or 6) || !Comma(line, ref pos)
                || !AsciiNumber.TryDecimal(line, ref pos, out mantissas[TradeColumns.ValueSlot], out scales[TradeColumns.ValueSlot]) || !Comma(line, ref pos))
            {
                return false;
            }
            var q = line[pos..];
            var hasQ = !q.IsEmpty && !FieldSource.IsMissingMarker(q);
            if (hasQ && !AsciiNumber.TryDecimal(q, out mantissas[TradeColumns.NetWeightSlot], out scales[TradeColumns.NetWeightSlot]))
            {
                return false;
            }
            var shapeIndex = ((year - 1900) * 2) + (hasQ ? 1 : 0);
            if (unchecked((uint)shapeIndex) >= (uint)_shapes.Length || _shapes[shapeIndex] == 0 || _products[k] == 0
                || Party(year, exporter) is not (not 0 and var reporter) || Party(year, importer) is not (not 0 and var partner))
            {
                return false;
            }
            _columns.Add(number, Math.Abs(reporter) - 1, Math.Abs(partner) - 1, _products[k] - 1, _shapes[shapeIndex] - 1, mantissas, scales);
            if ((reporter | partner) < 0)
            {
                var value = new Money(AsciiNumber.ToDecimal(mantissas[0], scales[0]), Unit);
                foreach (var party in (ReadOnlySpan<int>)[reporter, partner])
                {
                    if (party < 0)
                    {
                        _mapper.Track(_columns.PartyAt(-party - 1).Code, year, number, value, null);
                    }
                }
            }
            return true;
        }

        private static bool Comma(ReadOnlySpan<byte> line, ref int pos)
        {
            if (pos < line.Length && line[pos] == (byte)',')
            {
                pos++;
                return true;
            }
            return false;
        }

        /// <summary>The learnt party of a code in a year: 1 + its index, negated when it must be tracked; 0 when not learnt.</summary>
        private int Party(int year, int code)
        {
            if (year != _year)
            {
                _year = year;
                _yearParties = _partiesByYear.GetValueOrDefault(year);
            }
            return code < SmallCodes && _yearParties is { } small ? small[code] : _parties.GetValueOrDefault(((long)year << 32) | (uint)code);
        }

        public TradeDataset Dataset() =>
            new(TradeFileFormat.Baci, new DataSource(Citation, $"BACI {classification}", null, path), _columns, _mapper.Unmapped());
    }
}
