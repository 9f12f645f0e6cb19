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
public static partial class BaciReader
{
    /// <summary>The citation of BACI.</summary>
    public const string Citation = "CEPII BACI (Gaulier and Zignago 2010), http://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37";

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
        var classification = options.Classification ?? FromFileName(path)
            ?? throw new DataFormatException(path, 0, 0, "the HS vintage of the BACI file in its name (BACI_HS92_Y2017_V202301.csv), or TradeReadOptions.Classification", Path.GetFileName(path));
        var lines = CsvTokenizer.ReadRecords(path, options.AcceptMissingFinalLineBreak);
        if (lines.Count == 0 || !lines[0].Fields.Select(f => f.Trim().TrimStart('\uFEFF')).SequenceEqual(["t", "i", "j", "k", "v", "q"]))
        {
            throw new DataFormatException(path, 1, 0, "the BACI header t,i,j,k,v,q", lines.Count == 0 ? null : lines[0].Text);
        }
        var fields = new CsvFields(path, CsvFields.Columns(path, lines[0], [], "BACI"));
        var mapper = new EconomyMapper(options.Economies, EconomyCodeSystem.Baci);
        var records = new List<TradeRecord>(lines.Count);
        foreach (var line in lines.Skip(1))
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
                Reporter = mapper.Map(exporter, year),
                PartnerCode = importer,
                Partner = mapper.Map(importer, year),
                Flow = SourceFlow.Exports,
                Product = ProductCode.Parse(k, classification),
                Value = new TradeValue(new Money(value, Unit), Valuation.Fob),
                NetWeight = tonnes is { } t ? new Quantity(t, "t") : null,
            };
            mapper.Track(record, null, null);
            records.Add(record);
        }
        return new TradeDataset(TradeFileFormat.Baci, new DataSource(Citation, $"BACI {classification}", null, path), records, mapper.Unmapped());
    }

    private static Classification? FromFileName(string path) =>
        BaciName().Match(Path.GetFileName(path)) is { Success: true } m && Classification.TryParse(m.Groups["hs"].Value, out var c) ? c : null;

    [GeneratedRegex(@"(?i)BACI_(?<hs>HS\d\d)_", RegexOptions.CultureInvariant)]
    private static partial Regex BaciName();
}
