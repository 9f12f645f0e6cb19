using System.Globalization;
using System.Text.RegularExpressions;
using TradeArms.Text;

namespace TradeArms.Milex;

/// <summary>
/// Reads SIPRI's military-expenditure workbook (<c>SIPRI-Milex-data-1949-2024.xlsx</c>) as published: the front
/// page, "Regional totals", the seven country sheets and "Footnotes". Markers stay states: <c>...</c> (printed
/// <c>. .</c>) is <see cref="MilexStatus.Unavailable"/>, <c>xxx</c> <see cref="MilexStatus.DidNotExist"/>; figures in a
/// blue font are <see cref="MilexStatus.Estimate"/>, in red <see cref="MilexStatus.Uncertain"/>, read from the cell
/// styles. Every sheet's unit comes from its own title and is checked against the front page (release, period and
/// constant-price base year).
/// </summary>
/// <remarks>
/// Anything else is an error with the file, sheet, row and column: a missing sheet, a header that is not where or
/// what SIPRI prints, a year column out of sequence, text or an unknown marker in a figure cell, an empty figure
/// cell, a font colour other than black, blue or red on a figure, a heading that is neither a SIPRI region nor a
/// subregion, a country twice, or a unit that contradicts the front page. Nothing is loaded when any check fails.
/// </remarks>
public static partial class MilexWorkbookReader
{
    /// <summary>SIPRI's five regions, the headings above each region's subregions.</summary>
    public static IReadOnlyList<string> Regions { get; } = ["Africa", "Americas", "Asia & Oceania", "Europe", "Middle East"];

    /// <summary>SIPRI's subregions (the Middle East has none).</summary>
    public static IReadOnlyList<string> Subregions { get; } =
    [
        "North Africa", "sub-Saharan Africa", "Central America and the Caribbean", "North America", "South America",
        "Oceania", "South Asia", "East Asia", "South East Asia", "Central Asia", "Central Europe", "Eastern Europe", "Western Europe",
    ];

    private const string FrontPageSheet = "Front page";
    private const string RegionalSheet = "Regional totals";
    private const string FootnoteSheet = "Footnotes";

    private static readonly (MilexMeasure Measure, string Name, string[] Columns)[] s_countrySheets =
    [
        (MilexMeasure.LocalCurrencyFinancialYears, "Local currency financial years", ["Currency", "Fiscal Year (Jan-Dec if not stated)", "Notes"]),
        (MilexMeasure.LocalCurrencyCalendarYears, "Local currency calendar years", ["Currency", "Notes"]),
        (MilexMeasure.ConstantUsDollars, "Constant (YYYY) US$", ["", "Notes"]),
        (MilexMeasure.CurrentUsDollars, "Current US$", ["Notes"]),
        (MilexMeasure.ShareOfGdp, "Share of GDP", ["Notes"]),
        (MilexMeasure.PerCapita, "Per capita", ["Notes"]),
        (MilexMeasure.ShareOfGovernmentSpending, "Share of Govt. spending", ["Notes", "Reporting year"]),
    ];

    /// <summary>Reads the workbook at <paramref name="path"/>.</summary>
    /// <exception cref="DataFormatException">The workbook is not SIPRI's milex workbook as published (see remarks).</exception>
    public static MilexWorkbook Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var package = XlsxPackage.Open(path, Path.GetFileName(path));
        return Read(package, path);
    }

    /// <summary>Reads a workbook from a stream; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="DataFormatException">The workbook is not SIPRI's milex workbook as published.</exception>
    public static MilexWorkbook Read(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        using var package = XlsxPackage.Open(stream, source);
        return Read(package, source);
    }

    private static MilexWorkbook Read(XlsxPackage package, string location)
    {
        try
        {
            return ReadParts(package, location);
        }
        catch (System.Xml.XmlException e)
        {
            // A part the sheet reader does not position itself (shared strings, styles, relationships, the front page's drawing).
            throw new DataFormatException(package.Source, 0, 0, "well-formed XML in every part of the .xlsx package", e.Message);
        }
        catch (InvalidDataException e)
        {
            // A zip entry whose compressed data is damaged.
            throw new DataFormatException(package.Source, 0, 0, "an .xlsx workbook (a zip package) whose parts decompress", e.Message);
        }
    }

    private static MilexWorkbook ReadParts(XlsxPackage package, string location)
    {
        var file = package.Source;
        var constantName = package.SheetNames.FirstOrDefault(n => ConstantSheetName().IsMatch(n));
        foreach (var name in new[] { FrontPageSheet, RegionalSheet }.Concat(s_countrySheets.Select(s => s.Name)).Append(FootnoteSheet))
        {
            var actual = name == "Constant (YYYY) US$" ? constantName : name;
            if (actual is null || !package.HasSheet(actual))
            {
                throw new DataFormatException(file, 0, 0, $"a sheet named '{name}' (the workbook has {string.Join(", ", package.SheetNames.Select(n => "'" + n + "'"))})", null);
            }
        }
        var front = FrontPage(package, file);
        var sheets = new List<MilexSheet>();
        foreach (var (measure, name, columns) in s_countrySheets)
        {
            sheets.Add(CountrySheet(package, measure, measure == MilexMeasure.ConstantUsDollars ? constantName! : name, columns, front));
        }
        var regional = Regional(package, front);
        var footnotes = package.ReadSheet(FootnoteSheet).GroupBy(c => c.Row).Select(g => string.Join('\t', g.Select(c => c.Text))).ToList();
        var citation = string.Create(CultureInfo.InvariantCulture, $"SIPRI Military Expenditure Database {front.Release}, https://www.sipri.org/databases/milex");
        var source = new DataSource(citation, string.Create(CultureInfo.InvariantCulture, $"{front.Release} release, data {front.Period}"), null, location);
        return new MilexWorkbook(source, front.Release, front.BaseYear, front.Period, front.Text, sheets, regional, footnotes, front.Findings);
    }

    private sealed record Front(int Release, int BaseYear, YearRange Period, IReadOnlyList<string> Text)
    {
        public List<string> Findings { get; } = [];
    }

    private static Front FrontPage(XlsxPackage package, string file)
    {
        var where = $"{file} [{FrontPageSheet}]";
        var text = package.DrawingText(FrontPageSheet);
        var all = string.Join("\n", text);
        var citation = CitationPattern().Match(all);
        if (!citation.Success)
        {
            throw new DataFormatException(where, 0, 0, "a front page that names the release ('SIPRI Military Expenditure Database <year>')", text.Count == 0 ? null : text[0]);
        }
        var period = PeriodPattern().Match(all);
        if (!period.Success)
        {
            throw new DataFormatException(where, 0, 0, "a front page that states the period ('for the period 1949-2024')", text.Count == 0 ? null : text[0]);
        }
        var bases = ConstantPattern().Matches(all).Select(m => Year(m.Groups["year"].Value)).Distinct().ToList();
        if (bases.Count != 1)
        {
            throw new DataFormatException(where, 0, 0, "a front page that names one constant-price base year ('constant (2023) US$')",
                bases.Count == 0 ? null : string.Join(", ", bases.Select(b => b.ToString(CultureInfo.InvariantCulture))));
        }
        int[] years = [Year(citation.Groups["year"].Value), bases[0], Year(period.Groups["first"].Value), Year(period.Groups["last"].Value)];
        if (years.Any(y => y is < CalendarYear.MinYear or > CalendarYear.MaxYear) || years[2] > years[3])
        {
            throw new DataFormatException(where, 0, 0,
                string.Create(CultureInfo.InvariantCulture, $"a front page whose release, base year and period lie in {CalendarYear.MinYear}-{CalendarYear.MaxYear}, the period's first year not after its last"),
                string.Create(CultureInfo.InvariantCulture, $"release {years[0]}, base year {years[1]}, period {years[2]}-{years[3]}"));
        }
        return new Front(years[0], years[1], new YearRange(years[2], years[3]), text);
    }

    private static MilexSheet CountrySheet(XlsxPackage package, MilexMeasure measure, string name, string[] columns, Front front)
    {
        var where = $"{package.Source} [{name}]";
        var cells = package.ReadSheet(name);
        var rows = cells.GroupBy(c => c.Row).OrderBy(g => g.Key).Select(g => g.OrderBy(c => c.Column).ToList()).ToList();
        var header = rows.FindIndex(r => r[0].Column == 1 && r[0].Text == "Country");
        if (header < 0)
        {
            var first = rows.SelectMany(r => r).FirstOrDefault(c => c.Text == "Country");
            throw first.Text is null
                ? new DataFormatException(where, 0, 0, "a header row starting 'Country' in column A", null)
                : new DataFormatException(where, first.Row, first.Column, "the header 'Country' in column A, not in column " + XlsxCell.ColumnName(first.Column), first.Text);
        }
        var notes = rows.Take(header).Select(r => string.Join(" ", r.Select(c => c.Text))).ToList();
        var unit = SheetUnit(measure, name, where, rows.Take(header).ToList(), front);
        var headerRow = rows[header];
        var (years, firstYearColumn) = HeaderColumns(headerRow, columns, where, "Country");
        var lastYearColumn = firstYearColumn + years.Count - 1;
        var result = new List<MilexCountryRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? region = null;
        string? subregion = null;
        foreach (var row in rows.Skip(header + 1))
        {
            var rowNumber = row[0].Row;
            var filled = row.Where(c => c.Text.Length > 0).ToList();
            if (filled.Count == 0)
            {
                continue;
            }
            if (filled[0].Column != 1)
            {
                throw new DataFormatException(where, rowNumber, filled[0].Column, "a country, region or subregion name in column A", filled[0].Text);
            }
            var label = filled[0].Text.Trim();
            NameRule.Require(label, "country", where, rowNumber, 1);
            if (filled.Count == 1)
            {
                if (Regions.Contains(label))
                {
                    region = label;
                    subregion = null;
                }
                else if (Subregions.Contains(label) && region is not null)
                {
                    subregion = label;
                }
                else
                {
                    throw new DataFormatException(where, rowNumber, 1,
                        $"a SIPRI region or subregion heading, or a country with figures for {years}", label);
                }
                continue;
            }
            if (region is null)
            {
                throw new DataFormatException(where, rowNumber, 1, "a region heading (Africa, Americas, Asia & Oceania, Europe, Middle East) before the first country", label);
            }
            if (!seen.Add(label))
            {
                throw new DataFormatException(where, rowNumber, 1, "each country once", label);
            }
            string Column(string title)
            {
                var index = Array.IndexOf(columns, title);
                return index < 0 ? "" : row.FirstOrDefault(c => c.Column == index + 2).Text?.Trim() ?? "";
            }
            for (var i = 0; i < columns.Length; i++)
            {
                if (columns[i].Length == 0 && row.FirstOrDefault(c => c.Column == i + 2) is { Text.Length: > 0 } stray)
                {
                    throw new DataFormatException(where, rowNumber, i + 2, "an empty cell under the empty header", stray.Text);
                }
            }
            var byColumn = row.ToDictionary(c => c.Column);
            var values = new SortedDictionary<int, MilexValue>();
            for (var column = firstYearColumn; column <= lastYearColumn; column++)
            {
                var year = years.First.Year + column - firstYearColumn;
                values[year] = Figure(package, byColumn.GetValueOrDefault(column), where, rowNumber, column, year, MaxFigure(measure));
            }
            if (row.FirstOrDefault(c => c.Column > lastYearColumn && c.Text.Length > 0) is { Text: not null } beyond)
            {
                throw new DataFormatException(where, rowNumber, beyond.Column, string.Create(CultureInfo.InvariantCulture, $"no cell after the last year column ({years.Last})"), beyond.Text);
            }
            result.Add(new MilexCountryRow(label, region, subregion, rowNumber, Column("Notes"),
                measure is MilexMeasure.LocalCurrencyFinancialYears or MilexMeasure.LocalCurrencyCalendarYears ? Column("Currency") : null,
                measure == MilexMeasure.LocalCurrencyFinancialYears ? Column("Fiscal Year (Jan-Dec if not stated)") : null,
                measure == MilexMeasure.ShareOfGovernmentSpending ? Column("Reporting year") : null,
                values));
        }
        if (result.Count == 0)
        {
            throw new DataFormatException(where, 0, 0, "at least one country row under the header", null);
        }
        return new MilexSheet(measure, name, notes, unit, years, result, cells.Count);
    }

    private static (YearRange Years, int FirstYearColumn) HeaderColumns(List<XlsxCell> header, string[] columns, string where, string first)
    {
        var row = header[0].Row;
        var byColumn = header.ToDictionary(c => c.Column);
        for (var i = 0; i < columns.Length; i++)
        {
            var found = byColumn.TryGetValue(i + 2, out var c) ? c.Text : "";
            if (found.Trim() != columns[i])
            {
                throw new DataFormatException(where, row, i + 2, columns[i].Length == 0 ? "an empty header cell" : $"the header '{columns[i]}'", found);
            }
        }
        var firstYearColumn = columns.Length + 2;
        var yearCells = header.Where(c => c.Column >= firstYearColumn).ToList();
        if (yearCells.Count == 0 || !TryYear(yearCells[0].Text, out var firstYear) || yearCells[0].Column != firstYearColumn)
        {
            throw new DataFormatException(where, row, firstYearColumn, $"the first year column after '{(columns.Length == 0 ? first : columns[^1])}'",
                yearCells.Count == 0 ? null : yearCells[0].Text);
        }
        var expected = firstYear;
        var column = firstYearColumn;
        foreach (var cell in yearCells)
        {
            if (cell.Column != column || !TryYear(cell.Text, out var y) || y != expected)
            {
                break;
            }
            expected++;
            column++;
        }
        return (new YearRange(firstYear, expected - 1), firstYearColumn);
    }

    /// <summary>
    /// The largest figure accepted: local currency at most 1e30 (SIPRI's largest, from years of hyperinflation, is about
    /// 2.4e22), every other measure at most <see cref="Money.MaxAmount"/> (1e15; SIPRI's largest is about 1e6 US$ m.).
    /// </summary>
    public const double MaxLocalCurrencyFigure = 1e30;

    private static double MaxFigure(MilexMeasure measure) =>
        measure is MilexMeasure.LocalCurrencyFinancialYears or MilexMeasure.LocalCurrencyCalendarYears ? MaxLocalCurrencyFigure : (double)Money.MaxAmount;

    private static MilexValue Figure(XlsxPackage package, XlsxCell cell, string where, int row, int column, int year, double max)
    {
        var expected = string.Create(CultureInfo.InvariantCulture, $"a figure for {year}, '. .' (data unavailable) or 'xxx' (did not exist)");
        if (cell.Text is null || cell.Text.Length == 0)
        {
            throw new DataFormatException(where, row, column, expected, null);
        }
        if (!cell.IsNumber)
        {
            return cell.Text.Trim() switch
            {
                "..." or ". ." => MilexValue.Unavailable,
                "xxx" => MilexValue.DidNotExist,
                _ => throw new DataFormatException(where, row, column, expected + " (a number stored as text is not accepted)", cell.Text),
            };
        }
        if (!double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            throw new DataFormatException(where, row, column, expected, cell.Text);
        }
        if (number < 0 || number > max)
        {
            // Spending, shares and per-capita figures are never negative; the bound keeps every sum finite.
            throw new DataFormatException(where, row, column,
                string.Create(CultureInfo.InvariantCulture, $"a figure for {year} from 0 to {max:0.#E+0}"), cell.Text);
        }
        number += 0.0; // -0 reads as 0
        var colour = package.ColourOf(cell.Style);
        var status = colour.IsBlue ? MilexStatus.Estimate : colour.IsRed ? MilexStatus.Uncertain : colour.IsBlack ? MilexStatus.Value
            : throw new DataFormatException(where, row, column, "a figure in black, blue (SIPRI estimate) or red (highly uncertain)", colour.ToString());
        return MilexValue.Of(number, status);
    }

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1900 and <= 2200;

    private static int Year(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Constant \(\d{4}\) US\$$", RegexOptions.CultureInvariant)]
    private static partial Regex ConstantSheetName();

    [GeneratedRegex(@"SIPRI Military Expenditure Database (?<year>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex CitationPattern();

    [GeneratedRegex(@"for the period (?<first>\d{4})\s*[-–]\s*(?<last>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"constant(?: price)? \((?<year>\d{4})\) US\$", RegexOptions.CultureInvariant)]
    private static partial Regex ConstantPattern();

    [GeneratedRegex(@"in constant \((?<year>\d{4})\) US\$ m\.", RegexOptions.CultureInvariant)]
    private static partial Regex ConstantTitlePattern();

    [GeneratedRegex(@", (?<first>\d{4})\s*[-–]\s*(?<last>\d{4})\s", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSpanPattern();

    [GeneratedRegex(@"^Figures are in US\$ b\., at constant (?<year>\d{4}) prices", RegexOptions.CultureInvariant)]
    private static partial Regex RegionalUnitPattern();
}
