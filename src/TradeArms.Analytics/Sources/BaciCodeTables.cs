using System.Globalization;
using TradeArms.Economies;
using TradeArms.Products;
using TradeArms.Text;

namespace TradeArms.Sources;

/// <summary>
/// The code tables shipped with each BACI release: countries (<c>country_code, country_name_abbreviation,
/// country_name_full, iso_2digit_alpha, iso_3digit_alpha</c>) and products (<c>code, description</c>, codes without
/// their leading zero).
/// </summary>
public static class BaciCodeTables
{
    /// <summary>
    /// Reads a BACI country table as BACI codes of the economy model: a code maps to the economy of its ISO alpha-3
    /// code, or (<c>N/A</c>) to an unallocated area of its own; a code whose ISO code the model does not know is an error.
    /// </summary>
    /// <exception cref="DataFormatException">Not a BACI country table, or an unknown ISO code.</exception>
    public static IReadOnlyList<TradeCode> ReadCountries(string path, EconomyRegistry? economies = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        economies ??= EconomyRegistry.Default;
        var lines = CsvTokenizer.Split(TextSource.ReadAllText(path), ',', path).Where(l => !l.IsBlank).ToList();
        string[] required = ["country_code", "country_name_abbreviation", "country_name_full", "iso_3digit_alpha"];
        if (lines.Count == 0)
        {
            throw new DataFormatException(path, 1, 0, "the BACI country table header", null);
        }
        var fields = new CsvFields(path, CsvFields.Columns(path, lines[0], required, "BACI country table"));
        var codes = new List<TradeCode>();
        foreach (var line in lines.Skip(1))
        {
            var f = fields.At(line);
            var code = f.Int("country_code", "a country code").ToString(CultureInfo.InvariantCulture);
            var name = f.Text("country_name_abbreviation", "a name");
            var iso3 = f.Text("iso_3digit_alpha", "an ISO alpha-3 code or N/A");
            Economy economy;
            if (iso3 == "N/A")
            {
                economy = new Economy($"Baci:{code}", name, EconomyKind.Unallocated, null, null, null, null);
            }
            else
            {
                // Former countries keep their own ISO 3166-3 entry (810 SUN, 200 CSK, 278 DDR, 891 SCG).
                var candidates = economies.Economies.Where(e => string.Equals(e.Iso3, iso3, StringComparison.OrdinalIgnoreCase)).ToList();
                economy = candidates.FirstOrDefault(e => e.M49?.ToString(CultureInfo.InvariantCulture) == code)
                    ?? candidates.FirstOrDefault(e => e.Kind == EconomyKind.Country) ?? candidates.FirstOrDefault()
                    ?? throw f.Error("iso_3digit_alpha", "an ISO 3166 alpha-3 code known to the economy model", iso3);
            }
            codes.Add(new TradeCode(EconomyCodeSystem.Baci, code, iso3 == "N/A" ? null : iso3, name, economy, null, null));
        }
        return codes;
    }

    /// <summary>
    /// Reads a BACI product table into descriptions by 6-digit code (the lost leading zero restored: <c>10111</c> is 010111).
    /// </summary>
    /// <exception cref="DataFormatException">Not a BACI product table, a code that is not 5 or 6 digits, or a code twice.</exception>
    public static IReadOnlyDictionary<ProductCode, string> ReadProducts(string path, Classification classification)
    {
        ArgumentNullException.ThrowIfNull(path);
        var lines = CsvTokenizer.Split(TextSource.ReadAllText(path), ',', path).Where(l => !l.IsBlank).ToList();
        if (lines.Count == 0)
        {
            throw new DataFormatException(path, 1, 0, "the BACI product table header code,description", null);
        }
        var fields = new CsvFields(path, CsvFields.Columns(path, lines[0], ["code", "description"], "BACI product table"));
        var products = new Dictionary<ProductCode, string>();
        var firstLine = new Dictionary<ProductCode, int>();
        foreach (var line in lines.Skip(1))
        {
            var f = fields.At(line);
            var code = f.Text("code", "a product code");
            if (code.Length is not (5 or 6) || !code.All(char.IsAsciiDigit))
            {
                throw f.Error("code", "an HS 6-digit code (5 digits when the leading zero was lost) in column 'code'", code);
            }
            var product = ProductCode.Parse(code, classification);
            if (!products.TryAdd(product, f.Raw("description") ?? ""))
            {
                throw f.Error("code", $"each code once (first on line {firstLine[product]})", code);
            }
            firstLine[product] = line.Number;
        }
        return products;
    }
}
