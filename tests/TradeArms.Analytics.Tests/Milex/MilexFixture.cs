using System.Globalization;

namespace TradeArms.Tests.Milex;

/// <summary>
/// A SYNTHETIC milex workbook for the reader tests: the sheet names, title lines, header rows, headings, markers and
/// font colours of SIPRI's 2025 release, with two countries and the years 2022-2024. The figures are made up for the
/// parser (not SIPRI data); tests of real figures read the real workbooks in ../shared/data.
/// </summary>
internal static class MilexFixture
{
    public const string FinancialYears = "Local currency financial years";
    public const string CalendarYears = "Local currency calendar years";
    public const string Constant = "Constant (2023) US$";
    public const string Current = "Current US$";
    public const string Gdp = "Share of GDP";
    public const string PerCapita = "Per capita";
    public const string Government = "Share of Govt. spending";
    public const string Regional = "Regional totals";

    public static XlsxFixture Valid()
    {
        var x = new XlsxFixture();
        x.AddSheet("Front page");
        x.FrontPage.Add("The SIPRI Military Expenditure Database includes data for 2 countries for the period 2022–2024.");
        x.FrontPage.Add("1) Estimates of world, regional and subregional totals in constant (2023) US$ (billions).");
        x.FrontPage.Add("4) Data for military expenditure by country in constant price (2023) US$ (millions), presented according to calendar year.");
        x.FrontPage.Add("with the citation: ‘SIPRI Military Expenditure Database 2025, https://www.sipri.org/databases/milex’");

        var r = x.AddSheet(Regional);
        Text(r, 1, 1, "Military expenditure by region in constant US dollars     © SIPRI 2024");
        Text(r, 2, 1, "Figures are in US$ b., at constant 2023 prices and exchange rates, except for the last figure which is in US$ b. at 2024 prices and exchange rates.");
        Header(r, 4, ["Region"], "2024 (current prices)", "", "Omitted countries");
        Figures(r, 5, "World", 2, ["10.5", "11.5", "12.5", "13"], XlsxFixture.Red);
        Figures(r, 6, "Asia & Oceania", 2, ["5.5", "6.5", "7.5", "8"]);
        Figures(r, 7, "South Asia", 2, ["1.5", "...", "2.5", "3"]);
        Text(r, 6, 7, "Korea, North");

        Country(x, FinancialYears, "in local currency", ["Figures are in local currency at current prices and are for financial years. Countries are grouped by region and subregion."],
            8, ["Currency", "Fiscal Year (Jan-Dec if not stated)", "Notes"],
            [["Rupees", "Apr-Mar", "59"], ["Rupees", "Jul-Jun", "§"]], [["100", "200", "300"], ["1200", "2400", "..."]]);
        Country(x, CalendarYears, "in local currency", ["Figures are in local currency at current prices and are for calendar years, unless otherwise stated."],
            7, ["Currency", "Notes"], [["Rupees", "59"], ["Rupees", "§"]], [["125", "225", "..."], ["...", "1800", "..."]]);
        Country(x, Constant, "in constant (2023) US$ m.", ["Figures are in US $m., at constant 2023 prices and exchange rates"],
            6, ["", "Notes"], [["", "59"], ["", "§"]], [["70", "80", "90"], ["xxx", "9", "10"]]);
        Country(x, Current, "in millions of US$ at current prices and exchange rates", ["Figures are in US $m., in current prices, converted at the exchange rate for the given year."],
            6, ["Notes"], [["59"], ["§"]], [["60", "80", "95"], ["xxx", "9", "10.5"]]);
        Country(x, Gdp, "as percentage of gross domestic product", ["Countries are grouped by region and subregion"],
            6, ["Notes"], [["59"], ["§"]], [["0.024", "0.023", "0.022"], ["xxx", "0.03", "0.028"]]);
        Country(x, PerCapita, "per capita  by country", ["Figures are in current US$"],
            7, ["Notes"], [["59"], ["§"]], [["50", "55", "60"], ["xxx", "40", "42"]]);
        Country(x, Government, "as percentage of government spending", ["Countries are grouped by region and subregion"],
            8, ["Notes", "Reporting year"], [["59", "0.14"], ["§", "..."]], [["0.09", "0.08", "0.07"], ["xxx", "0.12", "0.11"]]);
        var f = x.AddSheet("Footnotes");
        Text(f, 1, 1, "Footnotes and special notes");
        Text(f, 5, 1, "§");
        Text(f, 5, 2, "Figures for these countries are for the adopted budget, rather than actual expenditure");
        return x;
    }

    /// <summary>The years 2022-2024 of the fixture start in this column of each country sheet.</summary>
    public static int FirstYearColumn(string sheet) => sheet switch
    {
        FinancialYears => 5,
        CalendarYears or Constant or Government => 4,
        _ => 3,
    };

    public static void Text(SortedDictionary<(int, int), FixtureCell> sheet, int row, int column, string text, int style = 0) =>
        sheet[(row, column)] = new FixtureCell(text, false, style);

    public static void Number(SortedDictionary<(int, int), FixtureCell> sheet, int row, int column, string text, int style = 0) =>
        sheet[(row, column)] = new FixtureCell(text, true, style);

    private static void Country(XlsxFixture x, string name, string titleUnit, string[] lines, int headerRow, string[] columns,
        string[][] fixedCells, string[][] figures)
    {
        var s = x.AddSheet(name);
        Text(s, 1, 1, $"Military expenditure by country, {titleUnit}, 2022-2024      © SIPRI 2024");
        for (var i = 0; i < lines.Length; i++)
        {
            Text(s, 2 + i, 1, lines[i]);
        }
        Text(s, headerRow - 2, 1, "Figures in blue are SIPRI estimates. Figures in red indicate highly uncertain data.");
        Header(s, headerRow, ["Country", .. columns]);
        Text(s, headerRow + 2, 1, "Asia & Oceania");
        Text(s, headerRow + 3, 1, "South Asia");
        string[] countries = ["India", "Pakistan"];
        for (var c = 0; c < countries.Length; c++)
        {
            var row = headerRow + 4 + c;
            Text(s, row, 1, countries[c]);
            for (var k = 0; k < fixedCells[c].Length; k++)
            {
                if (fixedCells[c][k].Length > 0)
                {
                    Text(s, row, 2 + k, fixedCells[c][k]);
                }
            }
            for (var y = 0; y < figures[c].Length; y++)
            {
                Cell(s, row, 2 + columns.Length + y, figures[c][y], c == 0 && y == 2 ? XlsxFixture.Blue : 0);
            }
        }
    }

    private static void Header(SortedDictionary<(int, int), FixtureCell> s, int row, string[] first, params string[] after)
    {
        for (var i = 0; i < first.Length; i++)
        {
            Text(s, row, 1 + i, first[i]);
        }
        for (var y = 0; y < 3; y++)
        {
            Number(s, row, first.Length + 1 + y, (2022 + y).ToString(CultureInfo.InvariantCulture));
        }
        for (var i = 0; i < after.Length; i++)
        {
            Text(s, row, first.Length + 4 + i, after[i]);
        }
    }

    private static void Figures(SortedDictionary<(int, int), FixtureCell> s, int row, string label, int firstColumn, string[] values, int style = 0)
    {
        Text(s, row, 1, label);
        for (var i = 0; i < values.Length; i++)
        {
            Cell(s, row, firstColumn + i, values[i], style);
        }
    }

    private static void Cell(SortedDictionary<(int, int), FixtureCell> s, int row, int column, string value, int style)
    {
        if (value is "..." or "xxx")
        {
            Text(s, row, column, value);
        }
        else
        {
            Number(s, row, column, value, style);
        }
    }
}
