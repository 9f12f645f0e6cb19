using System.Globalization;
using TradeArms.Economies;
using TradeArms.Text;

namespace TradeArms.Sources;

/// <summary>
/// The rows of a Comtrade Plus CSV file as they are read: each through <see cref="ComtradePlusFields.Read"/> (the
/// reference rule), or, once that rule has read a row of the same kind, straight from the bytes into the columns. A
/// row's kind is the text of every field the rule reads except the parties, the product and the amounts, plus which
/// amounts are present; the parties and products are learnt the same way, so the fast rows apply no rule of their own.
/// </summary>
internal sealed class ComtradePlusCsvRows
{
    private const char Separator = '\u0001';
    private static readonly string[] s_kindColumns =
        ["freqCode", "refYear", "period", "flowCode", "qtyUnitAbbr", "isQtyEstimated", "isNetWgtEstimated", "partner2Code", "customsCode", "motCode",
         "isAggregate", "isOriginalClassification", "isLeaf", "isReported"];

    // The amount columns in TradeColumns slot order, with what they hold for messages.
    private static readonly (string Name, string What)[] s_amounts =
        [("primaryValue", "a value in US$"), ("cifvalue", "a CIF value in US$"), ("fobvalue", "a FOB value in US$"), ("netWgt", "a net weight in kg"), ("qty", "a quantity")];

    private static readonly int[] s_kindIndex = [.. s_kindColumns.Select(Index)];
    private static readonly int[] s_amountIndex = [.. s_amounts.Select(a => Index(a.Name))];
    private static readonly int s_reporter = Index("reporterCode"), s_partner = Index("partnerCode"), s_classification = Index("classificationCode"), s_product = Index("cmdCode");

    private readonly string _path;
    private readonly CsvFields _fields;
    private readonly EconomyMapper _mapper;
    private readonly TradeColumns _columns = new();
    private readonly Dictionary<string, (int Shape, int Year)> _kinds = [];
    private readonly Dictionary<string, (int Shape, int Year)>.AlternateLookup<ReadOnlySpan<char>> _kindLookup;
    private readonly Dictionary<string, int> _products = [];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _productLookup;
    private readonly Dictionary<long, int> _parties = [];

    public ComtradePlusCsvRows(string path, CsvLine header, EconomyMapper mapper)
    {
        var names = header.Fields.Select(f => f.Trim()).ToList();
        for (var i = 0; i < ComtradePlusFields.Columns.Length; i++)
        {
            if (i >= names.Count || names[i] != ComtradePlusFields.Columns[i])
            {
                throw new DataFormatException(path, header.Number, i + 1, $"the Comtrade Plus column '{ComtradePlusFields.Columns[i]}'", i < names.Count ? names[i] : null);
            }
        }
        _path = path;
        _fields = new CsvFields(path, CsvFields.Columns(path, header, ComtradePlusFields.Required, "Comtrade Plus"));
        _mapper = mapper;
        _kindLookup = _kinds.GetAlternateLookup<ReadOnlySpan<char>>();
        _productLookup = _products.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static int Width => ComtradePlusFields.Columns.Length;

    private static int Index(string name) => Array.IndexOf(ComtradePlusFields.Columns, name);

    /// <summary>A row through the reference rule, and what it teaches the fast rows.</summary>
    public void Reference(CsvLine line)
    {
        // Comtrade Plus exports end every data row with a comma: 48 fields, the last empty.
        if (line.Fields.Count == Width + 1 && line.Fields[Width].Length > 0 || line.Fields.Count != Width && line.Fields.Count != Width + 1)
        {
            throw new DataFormatException(_path, line.Number, CsvFields.WidthColumn(line.Fields.Count, Width),
                string.Create(CultureInfo.InvariantCulture, $"{Width} fields (or {Width + 1} with the trailing comma, the last empty)"),
                string.Create(CultureInfo.InvariantCulture, $"{line.Fields.Count} fields"));
        }
        var f = _fields.At(line);
        var record = ComtradePlusFields.Read(f, _mapper);
        _columns.Add(record);
        var key = new System.Text.StringBuilder();
        foreach (var i in s_kindIndex)
        {
            key.Append(line.Fields[i]).Append(Separator);
        }
        foreach (var (name, what) in s_amounts)
        {
            key.Append(f.Number(name, what) is null ? '0' : '1');
        }
        _kinds[key.ToString()] = (_columns.ShapeId(RowShape.Of(record)), record.Period.Year);
        _products[line.Fields[s_classification] + Separator + line.Fields[s_product]] = _columns.ProductId(record.Product);
        Learn(record.ReporterCode, record.Reporter, record.Period.Year);
        Learn(record.PartnerCode, record.Partner, record.Period.Year);
    }

    private void Learn(string code, Economy? economy, int year)
    {
        var id = _columns.PartyId(code, economy);
        if (uint.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            _parties[((long)year << 32) | n] = _mapper.IsClean(code, year) ? id : ~id;
        }
    }

    /// <summary>A row of plain ASCII fields of a kind, parties and product already read: into the columns. False when it needs the rule.</summary>
    public bool Fast(ReadOnlySpan<byte> line, ReadOnlySpan<Range> ranges, int count, int number)
    {
        if (count != Width && (count != Width + 1 || ranges[Width].End.Value != ranges[Width].Start.Value))
        {
            return false;
        }
        Span<char> key = stackalloc char[512];
        var length = 0;
        foreach (var i in s_kindIndex)
        {
            if (!Append(line[ranges[i]], key, ref length))
            {
                return false;
            }
        }
        Span<long> mantissas = stackalloc long[5];
        Span<byte> scales = stackalloc byte[5];
        for (var slot = 0; slot < 5; slot++)
        {
            var field = line[ranges[s_amountIndex[slot]]];
            var present = !field.IsEmpty && !FieldSource.IsMissingMarker(field);
            if (present && !AsciiNumber.TryDecimal(field, out mantissas[slot], out scales[slot]))
            {
                return false;
            }
            key[length++] = present ? '1' : '0';
        }
        if (!_kindLookup.TryGetValue(key[..length], out var kind))
        {
            return false;
        }
        length = 0;
        if (!Append(line[ranges[s_classification]], key, ref length) || !Append(line[ranges[s_product]], key, ref length)
            || !_productLookup.TryGetValue(key[..(length - 1)], out var product)
            || !AsciiNumber.TryDigits(line[ranges[s_reporter]], out var reporterCode) || !AsciiNumber.TryDigits(line[ranges[s_partner]], out var partnerCode)
            || !_parties.TryGetValue(((long)kind.Year << 32) | (uint)reporterCode, out var reporter)
            || !_parties.TryGetValue(((long)kind.Year << 32) | (uint)partnerCode, out var partner))
        {
            return false;
        }
        _columns.Add(number, reporter < 0 ? ~reporter : reporter, partner < 0 ? ~partner : partner, product, kind.Shape, mantissas, scales);
        if ((reporter | partner) < 0)
        {
            Money? value = _columns.ShapeAt(kind.Shape).Value is { } v ? new Money(AsciiNumber.ToDecimal(mantissas[0], scales[0]), v.Unit) : null;
            foreach (var party in (ReadOnlySpan<int>)[reporter, partner])
            {
                if (party < 0)
                {
                    _mapper.Track(_columns.PartyAt(~party).Code, kind.Year, number, value, null);
                }
            }
        }
        return true;
    }

    /// <summary>Widens an ASCII field into the key, with a separator; false when it does not fit.</summary>
    private static bool Append(ReadOnlySpan<byte> field, Span<char> key, ref int length)
    {
        if (length + field.Length + 1 > key.Length - 8)
        {
            return false;
        }
        for (var i = 0; i < field.Length; i++)
        {
            key[length + i] = (char)field[i];
        }
        length += field.Length;
        key[length++] = Separator;
        return true;
    }

    public TradeDataset Dataset(string citation) =>
        new(TradeFileFormat.ComtradePlusCsv, new DataSource(citation, "Comtrade Plus (API v1) CSV", null, _path), _columns, _mapper.Unmapped());
}
