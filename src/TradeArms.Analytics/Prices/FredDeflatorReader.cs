using System.Globalization;
using TradeArms.Text;

namespace TradeArms.Prices;

/// <summary>
/// Reads FRED's CSV download of <c>GDPDEF</c>, the US GDP implicit price deflator (2017 = 100, quarterly, seasonally
/// adjusted): a header <c>observation_date,GDPDEF</c>, then ISO dates (the first day of each quarter) and values.
/// The annual index is the mean of a year's four quarters; a year with fewer quarters (the current, incomplete year)
/// has no annual value and is listed in <see cref="FredDeflator.IncompleteYears"/>, never averaged over what exists.
/// </summary>
public static class FredDeflatorReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="DataFormatException">The file is not a FRED GDPDEF download.</exception>
    public static FredDeflator Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(TextSource.ReadAllText(path), path);
    }

    /// <summary>Parses the text of a FRED download; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="DataFormatException">The text is not a FRED GDPDEF download.</exception>
    public static FredDeflator Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var lines = CsvTokenizer.Split(text, ',', source);
        if (lines.Count == 0 || lines[0][0] is not ("observation_date" or "DATE") || lines[0][1] != "GDPDEF")
        {
            throw new DataFormatException(source, 1, 0, "the FRED header 'observation_date,GDPDEF'", lines.Count == 0 ? null : lines[0].Text);
        }
        var quarters = new SortedDictionary<int, List<double>>();
        var seen = new HashSet<DateOnly>();
        foreach (var line in lines.Skip(1))
        {
            if (line.IsBlank)
            {
                continue;
            }
            if (!DateOnly.TryParseExact(line[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ||
                date.Day != 1 || (date.Month - 1) % 3 != 0)
            {
                throw new DataFormatException(source, line.Number, 1, "the first day of a quarter such as '2017-07-01'", line[0]);
            }
            if (!seen.Add(date))
            {
                throw new DataFormatException(source, line.Number, 1, "each quarter once", line[0]);
            }
            if (line[1] == ".")
            {
                continue; // FRED's marker for a missing observation.
            }
            if (!double.TryParse(line[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v) || v <= 0)
            {
                throw new DataFormatException(source, line.Number, 2, "a positive index value or '.'", line[1]);
            }
            if (!quarters.TryGetValue(date.Year, out var list))
            {
                quarters[date.Year] = list = [];
            }
            list.Add(v);
        }
        var annual = quarters.Where(q => q.Value.Count == 4).Select(q => KeyValuePair.Create(q.Key, q.Value.Average())).ToList();
        var incomplete = quarters.Where(q => q.Value.Count != 4).Select(q => q.Key).ToList();
        if (annual.Count == 0)
        {
            throw new DataFormatException(source, 0, 0, "at least one year with four quarterly values", null);
        }
        var data = new DataSource("U.S. Bureau of Economic Analysis, Gross Domestic Product: Implicit Price Deflator [GDPDEF], retrieved from FRED, Federal Reserve Bank of St. Louis",
            null, null, source);
        return new FredDeflator(new Deflator("FRED GDPDEF (US GDP implicit price deflator, 2017 = 100), annual mean of quarters", "USD", data, annual), incomplete);
    }
}
