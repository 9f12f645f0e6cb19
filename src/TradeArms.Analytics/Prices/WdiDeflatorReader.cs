using System.Globalization;
using TradeArms.Text;

namespace TradeArms.Prices;

/// <summary>
/// Reads the World Bank WDI bulk download of the GDP deflator (<c>API_NY.GDP.DEFL.ZS_DS2_en_csv_v2_*.csv</c>): four
/// preamble lines (<c>"Data Source"</c>, <c>"Last Updated Date"</c>), then <c>Country Name, Country Code, Indicator
/// Name, Indicator Code, 1960, ...</c> with one row per economy or aggregate. Each row becomes a <see cref="Deflator"/>
/// keyed by its WDI code (<c>PAK</c>, <c>USA</c>, <c>WLD</c>). The index is the economy's deflator of GDP in local
/// currency ("base year varies by country"), so the deflators carry no currency: the caller decides which amounts
/// they apply to. Empty cells are gaps, never zero.
/// </summary>
public static class WdiDeflatorReader
{
    /// <summary>The WDI indicator code this reader accepts.</summary>
    public const string IndicatorCode = "NY.GDP.DEFL.ZS";

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="DataFormatException">The file is not a WDI download of <see cref="IndicatorCode"/>.</exception>
    public static IReadOnlyDictionary<string, Deflator> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(TextSource.ReadAllText(path), path);
    }

    /// <summary>Parses the text of a WDI download; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="DataFormatException">The text is not a WDI download of <see cref="IndicatorCode"/>.</exception>
    public static IReadOnlyDictionary<string, Deflator> Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var lines = CsvTokenizer.Split(text, ',', source);
        string? updated = null;
        var header = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i][0] == "Last Updated Date")
            {
                updated = lines[i][1];
            }
            if (lines[i][0] == "Country Name")
            {
                header = i;
                break;
            }
        }
        if (header < 0)
        {
            throw new DataFormatException(source, 0, 0, "a WDI header line starting \"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\"", null);
        }
        var h = lines[header];
        string[] fixedColumns = ["Country Name", "Country Code", "Indicator Name", "Indicator Code"];
        for (var c = 0; c < fixedColumns.Length; c++)
        {
            if (h[c] != fixedColumns[c])
            {
                throw new DataFormatException(source, h.Number, c + 1, $"the column '{fixedColumns[c]}'", h[c]);
            }
        }
        var years = new List<(int Column, int Year)>();
        for (var c = 4; c < h.Fields.Count; c++)
        {
            if (h[c].Length == 0 && c == h.Fields.Count - 1)
            {
                break; // WDI ends every line with a comma.
            }
            if (!int.TryParse(h[c], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2200)
            {
                throw new DataFormatException(source, h.Number, c + 1, "a year column such as '1960'", h[c]);
            }
            years.Add((c, year));
        }
        var data = new DataSource("World Bank, World Development Indicators, NY.GDP.DEFL.ZS", updated is null ? null : "Last Updated Date: " + updated,
            DateOnly.TryParseExact(updated, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null, source);
        var result = new Dictionary<string, Deflator>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(header + 1))
        {
            if (line.IsBlank)
            {
                continue;
            }
            if (line[3] != IndicatorCode)
            {
                throw new DataFormatException(source, line.Number, 4, $"the indicator code '{IndicatorCode}'", line[3]);
            }
            var code = line[1];
            if (code.Length == 0)
            {
                throw new DataFormatException(source, line.Number, 2, "a WDI country code such as 'PAK'", line[1]);
            }
            var index = new List<KeyValuePair<int, double>>();
            foreach (var (column, year) in years)
            {
                var cell = line[column];
                if (cell.Length == 0)
                {
                    continue;
                }
                if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v) || v <= 0)
                {
                    throw new DataFormatException(source, line.Number, column + 1, "a positive index value or an empty cell", cell);
                }
                index.Add(KeyValuePair.Create(year, v));
            }
            if (index.Count == 0)
            {
                continue; // An economy without any deflator value (e.g. an aggregate never computed) has no series.
            }
            if (!result.TryAdd(code, new Deflator($"WDI GDP deflator (NY.GDP.DEFL.ZS), {line[0]}", null, data, index)))
            {
                throw new DataFormatException(source, line.Number, 2, "each country code once", code);
            }
        }
        return result;
    }
}
