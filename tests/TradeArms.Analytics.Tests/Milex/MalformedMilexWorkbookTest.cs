using TradeArms.Milex;
using TradeArms.Text;
using static TradeArms.Tests.Milex.MilexFixture;

namespace TradeArms.Tests.Milex;

/// <summary>
/// The malformed corpus: each case is the synthetic fixture (<see cref="MilexFixture"/>) with one defect, written as
/// an .xlsx in memory, and the exact message the reader gives.
/// </summary>
public class MalformedMilexWorkbookTest
{
    private static readonly Dictionary<string, (Action<XlsxFixture> Break, string Message)> s_cases = new()
    {
        ["missing sheet"] = (x => x.Sheets.RemoveAll(s => s.Name == Gdp),
            "case.xlsx: expected a sheet named 'Share of GDP' (the workbook has 'Front page', 'Regional totals', 'Local currency financial years', 'Local currency calendar years', 'Constant (2023) US$', 'Current US$', 'Per capita', 'Share of Govt. spending', 'Footnotes'), found nothing."),
        ["no front page text"] = (x => x.FrontPage.Clear(),
            "case.xlsx [Front page]: expected a front page that names the release ('SIPRI Military Expenditure Database <year>'), found nothing."),
        ["front page without period"] = (x => x.FrontPage[0] = "The SIPRI Military Expenditure Database includes data for 2 countries.",
            "case.xlsx [Front page]: expected a front page that states the period ('for the period 1949-2024'), found 'The SIPRI Military Expenditure Database includes data for 2 ...'."),
        ["front page with two base years"] = (x => x.FrontPage.Add("or an estimate in constant (2022) US$"),
            "case.xlsx [Front page]: expected a front page that names one constant-price base year ('constant (2023) US$'), found '2023, 2022'."),
        ["constant title contradicts front page"] = (x => MilexFixture.Text(x.Sheet(Constant), 1, 1, "Military expenditure by country, in constant (2022) US$ m., 2022-2024      © SIPRI 2024"),
            "case.xlsx [Constant (2023) US$]:1:1: expected a title in constant (2023) US$, the base year the front page states, found 'Military expenditure by country, in constant (2022) US$ m., ...'."),
        ["constant sheet name contradicts its title"] = (x => Rename(x, Constant, "Constant (2022) US$"),
            "case.xlsx [Constant (2022) US$]:1:1: expected a base year that agrees with the sheet name 'Constant (2022) US$', found 'Military expenditure by country, in constant (2023) US$ m., ...'."),
        ["constant title without unit"] = (x => MilexFixture.Text(x.Sheet(Constant), 1, 1, "Military expenditure by country, in US dollars, 2022-2024      © SIPRI 2024"),
            "case.xlsx [Constant (2023) US$]:1:1: expected a title 'in constant (<year>) US$ m.', found 'Military expenditure by country, in US dollars, 2022-2024   ...'."),
        ["regional unit contradicts front page"] = (x => MilexFixture.Text(x.Sheet(Regional), 2, 1, "Figures are in US$ b., at constant 2022 prices and exchange rates."),
            "case.xlsx [Regional totals]:2:1: expected US$ b. at constant 2023 prices, the base year the front page states, found 'Figures are in US$ b., at constant 2022 prices and exchange ...'."),
        ["title period contradicts front page"] = (x => MilexFixture.Text(x.Sheet(Current), 1, 1, "Military expenditure by country, in millions of US$ at current prices and exchange rates, 2022-2023      © SIPRI 2024"),
            "case.xlsx [Current US$]:1:1: expected a title with a period ending 2024 as the front page states, found 'Military expenditure by country, in millions of US$ at curre...'."),
        ["current title names another unit"] = (x => MilexFixture.Text(x.Sheet(Current), 1, 1, "Military expenditure by country, in billions of euros, 2022-2024      © SIPRI 2024"),
            "case.xlsx [Current US$]:1:1: expected a title 'in millions of US$ at current prices', found 'Military expenditure by country, in billions of euros, 2022-...'."),
        ["title missing"] = (x => x.Sheet(Gdp).Remove((1, 1)),
            "case.xlsx [Share of GDP]:1:1: expected the sheet title 'Military expenditure ...' in A1, found 'Countries are grouped by region and subregion'."),
        ["financial-year sheet says calendar years"] = (x => MilexFixture.Text(x.Sheet(FinancialYears), 2, 1, "Figures are in local currency at current prices and are for calendar years."),
            "case.xlsx [Local currency financial years]:2:1: expected 'Figures are in local currency at current prices and are for financial years', found 'Figures are in local currency at current prices and are for ...'."),
        ["per capita in another unit"] = (x => MilexFixture.Text(x.Sheet(PerCapita), 2, 1, "Figures are in constant (2023) US$"),
            "case.xlsx [Per capita]:2:1: expected 'Figures are in current US$', found 'Figures are in constant (2023) US$'."),
        ["header shifted one column right"] = (x => ShiftRow(x.Sheet(Current), 6),
            "case.xlsx [Current US$]:6:2: expected the header 'Country' in column A, not in column B, found 'Country'."),
        ["header missing"] = (x => x.Sheet(Gdp).Remove((6, 1)),
            "case.xlsx [Share of GDP]: expected a header row starting 'Country' in column A, found nothing."),
        ["header column renamed"] = (x => MilexFixture.Text(x.Sheet(FinancialYears), 8, 3, "FY"),
            "case.xlsx [Local currency financial years]:8:3: expected the header 'Fiscal Year (Jan-Dec if not stated)', found 'FY'."),
        ["header column missing"] = (x => x.Sheet(Government).Remove((8, 3)),
            "case.xlsx [Share of Govt. spending]:8:3: expected the header 'Reporting year', found ''."),
        ["years out of sequence"] = (x => Number(x.Sheet(Current), 6, 4, "2024"),
            "case.xlsx [Current US$]:10:4: expected no cell after the last year column (2022), found '80'."),
        ["text in a number cell"] = (x => MilexFixture.Text(x.Sheet(FinancialYears), 13, 5, "1,200"),
            "case.xlsx [Local currency financial years]:13:5: expected a figure for 2022, '. .' (data unavailable) or 'xxx' (did not exist) (a number stored as text is not accepted), found '1,200'."),
        ["unknown marker"] = (x => MilexFixture.Text(x.Sheet(Constant), 11, 5, "n.a."),
            "case.xlsx [Constant (2023) US$]:11:5: expected a figure for 2023, '. .' (data unavailable) or 'xxx' (did not exist) (a number stored as text is not accepted), found 'n.a.'."),
        ["empty figure cell"] = (x => x.Sheet(Current).Remove((10, 4)),
            "case.xlsx [Current US$]:10:4: expected a figure for 2023, '. .' (data unavailable) or 'xxx' (did not exist), found nothing."),
        ["not a number"] = (x => Number(x.Sheet(PerCapita), 10, 3, "NaN"),
            "case.xlsx [Per capita]:10:3: expected a figure for 2022, '. .' (data unavailable) or 'xxx' (did not exist), found 'NaN'."),
        ["green figure"] = (x => Number(x.Sheet(Gdp), 11, 4, "0.03", XlsxFixture.Green),
            "case.xlsx [Share of GDP]:11:4: expected a figure in black, blue (SIPRI estimate) or red (highly uncertain), found 'font colour FF00B050'."),
        ["style the package does not define"] = (x => Number(x.Sheet(Gdp), 11, 4, "0.03", 9),
            "case.xlsx [Share of GDP]:11:4: expected a figure in black, blue (SIPRI estimate) or red (highly uncertain), found 'style or font 9 (not defined in styles.xml)'."),
        ["unknown heading"] = (x => MilexFixture.Text(x.Sheet(CalendarYears), 9, 1, "Asia"),
            "case.xlsx [Local currency calendar years]:9:1: expected a SIPRI region or subregion heading, or a country with figures for 2022-2024, found 'Asia'."),
        ["country before any region"] = (x => { x.Sheet(Current).Remove((8, 1)); x.Sheet(Current).Remove((9, 1)); },
            "case.xlsx [Current US$]:10:1: expected a region heading (Africa, Americas, Asia & Oceania, Europe, Middle East) before the first country, found 'India'."),
        ["country twice"] = (x => MilexFixture.Text(x.Sheet(Current), 11, 1, "India"),
            "case.xlsx [Current US$]:11:1: expected each country once, found 'India'."),
        ["figure after the last year"] = (x => Number(x.Sheet(Current), 10, 6, "1"),
            "case.xlsx [Current US$]:10:6: expected no cell after the last year column (2024), found '1'."),
        ["value under the empty header"] = (x => MilexFixture.Text(x.Sheet(Constant), 10, 2, "Rupees"),
            "case.xlsx [Constant (2023) US$]:10:2: expected an empty cell under the empty header, found 'Rupees'."),
        ["regional current-price column missing"] = (x => x.Sheet(Regional).Remove((4, 5)),
            "case.xlsx [Regional totals]:4:5: expected the header '2024 (current prices)', found nothing."),
        ["regional unknown region"] = (x => MilexFixture.Text(x.Sheet(Regional), 6, 1, "Asia"),
            "case.xlsx [Regional totals]:6:1: expected World, a SIPRI region or a subregion, found 'Asia'."),
    };

    public static TheoryData<string> Cases => [.. s_cases.Keys];

    [Fact]
    public void Corpus_HasAtLeastTwentyCases() => Assert.True(s_cases.Count >= 20, $"{s_cases.Count} cases");

    [Fact]
    public void Fixture_Unbroken_Reads()
    {
        var wb = Read(Valid());
        Assert.Equal(2025, wb.Release);
        Assert.Equal(2023, wb.ConstantBaseYear);
        Assert.Empty(wb.Findings);
        var pakistan = wb[MilexMeasure.ConstantUsDollars].Find("Pakistan")!;
        Assert.Equal("Asia & Oceania", pakistan.Region);
        Assert.Equal("South Asia", pakistan.Subregion);
        Assert.Equal(MilexValue.DidNotExist, pakistan.Values[2022]);
        Assert.Equal(MilexValue.Of(9), pakistan.Values[2023]);
        Assert.Equal(MilexValue.Of(90, MilexStatus.Estimate), wb[MilexMeasure.ConstantUsDollars].Find("India")!.Values[2024]);
        Assert.Equal("Jul-Jun", wb[MilexMeasure.LocalCurrencyFinancialYears].Find("Pakistan")!.FiscalYearText);
        Assert.Equal(MilexValue.Unavailable, wb.RegionalTotals.Rows[2].Values[2023]);
        Assert.Equal(MilexValue.Of(13, MilexStatus.Uncertain), wb.RegionalTotals.Rows[0].LastYearCurrent);
        Assert.Equal("Korea, North", wb.RegionalTotals.Rows[1].OmittedCountries);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Malformed_ExactMessage(string name)
    {
        var (breakIt, message) = s_cases[name];
        var x = Valid();
        breakIt(x);
        var e = Assert.Throws<DataFormatException>(() => Read(x));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void NotAZip_ExactMessage()
    {
        using var stream = new MemoryStream("Country,2022\nIndia,1\n"u8.ToArray());
        var e = Assert.Throws<DataFormatException>(() => MilexWorkbookReader.Read(stream, "milex.csv"));
        Assert.StartsWith("milex.csv: expected an .xlsx workbook (a zip package), found '", e.Message);
    }

    private static MilexWorkbook Read(XlsxFixture x)
    {
        using var stream = new MemoryStream(x.ToBytes());
        return MilexWorkbookReader.Read(stream, "case.xlsx");
    }

    private static void Rename(XlsxFixture x, string from, string to)
    {
        var i = x.Sheets.FindIndex(s => s.Name == from);
        x.Sheets[i] = (to, x.Sheets[i].Cells);
    }

    private static void ShiftRow(SortedDictionary<(int Row, int Column), FixtureCell> sheet, int row)
    {
        var cells = sheet.Where(c => c.Key.Row == row).OrderByDescending(c => c.Key.Column).ToList();
        foreach (var (key, cell) in cells)
        {
            sheet.Remove(key);
            sheet[(row, key.Column + 1)] = cell;
        }
    }
}
