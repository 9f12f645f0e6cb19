using System.Globalization;
using TradeArms.Text;

namespace TradeArms.Trade;

/// <summary>
/// Reads IMF Direction of Trade Statistics in long CSV form: the header
/// <c>reporter,partner,flow,year,value_usd_millions</c>, then one figure per line, <c>flow</c> being
/// <c>exports_fob</c> or <c>imports_cif</c> (the form of <c>data/trade/imf-dots-pakistan-russia.csv</c>).
/// </summary>
/// <remarks>
/// Reporters and partners are resolved by <see cref="DotsEconomy.Resolve"/> and must be in the actor catalogue (IMF
/// names such as <c>Russian Federation</c> and <c>USSR</c> are aliases); the partner <c>World</c> is DOTS's aggregate. An empty value is missing (no figure is
/// stored). Every other problem is a <see cref="DataFormatException"/> naming the file, line and column: an unknown
/// name, another aggregate, an unknown flow, a negative or malformed value, a figure given twice.
/// </remarks>
public static class ImfDotsCsv
{
    /// <summary>The header line the format requires.</summary>
    public const string Header = "reporter,partner,flow,year,value_usd_millions";

    /// <summary>The citation of IMF DOTS data.</summary>
    public const string Citation = "International Monetary Fund, Direction of Trade Statistics (DOTS)";

    /// <summary>Reads a file.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="vintage">The vintage to record (e.g. <c>downloaded February 2022, data to 2020</c>), when known.</param>
    /// <exception cref="DataFormatException">The file is malformed; nothing is returned.</exception>
    public static DirectionOfTrade Read(string path, string? vintage = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = TextSource.ReadAllText(path);
        var data = Parse(text, path, vintage);
        TextSource.RequireFinalLineBreak(text, path, ',');
        return data;
    }

    /// <summary>Parses text.</summary>
    /// <param name="text">The decoded text.</param>
    /// <param name="source">The name used in error messages and as the data source location.</param>
    /// <param name="vintage">The vintage to record, when known.</param>
    /// <exception cref="DataFormatException">The text is malformed; nothing is returned.</exception>
    public static DirectionOfTrade Parse(string text, string source, string? vintage = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var lines = CsvTokenizer.Split(text, ',', source);
        if (lines.Count == 0 || !string.Equals(string.Join(',', lines[0].Fields).Trim(), Header, StringComparison.Ordinal))
        {
            throw new DataFormatException(source, 1, 1, $"the header '{Header}'", lines.Count == 0 ? null : lines[0].Text);
        }
        var seen = new Dictionary<(DotsEconomy, DotsEconomy, DotsFlow, CalendarYear), int>();
        var observations = new List<DotsObservation>();
        foreach (var line in lines.Skip(1))
        {
            if (line.IsBlank)
            {
                continue;
            }
            if (line.Fields.Count != 5)
            {
                throw new DataFormatException(source, line.Number, Math.Min(line.Fields.Count, 5) + 1,
                    "5 fields (reporter, partner, flow, year, value_usd_millions)", line.Text);
            }
            var reporter = Country(line[0], source, line.Number, 1, "a reporting country");
            var partnerText = line[1].Trim();
            var partner = string.Equals(partnerText, DotsEconomy.WorldName, StringComparison.OrdinalIgnoreCase) ? DotsEconomy.Resolve(DotsEconomy.WorldName)
                : Country(partnerText, source, line.Number, 2, "a partner country or 'World'");
            var flow = line[2].Trim() switch
            {
                "exports_fob" => DotsFlow.ExportsFob,
                "imports_cif" => DotsFlow.ImportsCif,
                _ => throw new DataFormatException(source, line.Number, 3, "a flow 'exports_fob' or 'imports_cif'", line[2]),
            };
            if (!CalendarYear.TryParse(line[3], out var year))
            {
                throw new DataFormatException(source, line.Number, 4,
                    CalendarYear.IsOutOfRange(line[3]) ? CalendarYear.RangeDescription : "a calendar year of four digits", line[3]);
            }
            var valueText = line[4].Trim();
            if (valueText.Length == 0)
            {
                continue;
            }
            if (!decimal.TryParse(valueText, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
                || Math.Abs(value) > Money.MaxAmount)
            {
                throw new DataFormatException(source, line.Number, 5, "an amount in US$ million such as '418.321735' (or an empty cell for missing)", line[4]);
            }
            if (value < 0)
            {
                throw new DataFormatException(source, line.Number, 5, "a non-negative amount (trade values are not negative)", line[4]);
            }
            var key = (reporter, partner, flow, year);
            if (seen.TryGetValue(key, out var first))
            {
                throw new DataFormatException(source, line.Number, 1,
                    string.Create(CultureInfo.InvariantCulture, $"each reporter, partner, flow and year once (this one first appears on line {first})"), line.Text);
            }
            seen[key] = line.Number;
            observations.Add(new DotsObservation(reporter, partner, flow, year, Money.UsDollarMillions(value), line.Number));
        }
        return new DirectionOfTrade([.. observations], new DataSource(Citation, vintage, null, source));
    }

    private static DotsEconomy Country(string text, string source, int line, int column, string expected)
    {
        var name = text.Trim();
        if (name.Length > 0 && DotsEconomy.Resolve(name) is { Actor: not null } economy)
        {
            return economy;
        }
        var suggestions = ActorCatalog.Default.Suggest(name);
        throw new DataFormatException(source, line, column,
            expected + (suggestions.Count > 0 ? " (closest: " + string.Join(", ", suggestions) + ")" : " known to the actor catalogue"), text);
    }
}
