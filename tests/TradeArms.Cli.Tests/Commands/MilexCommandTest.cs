using System.Text.Json;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

/// <summary>
/// <c>tradearms milex series</c> and <c>milex compare</c> on the two real releases in ../shared/data/sipri-milex.
/// Expected figures read from the workbooks' XML (sheet cells) by hand.
/// </summary>
public class MilexCommandTest
{
    private static string Release2025 => SharedData.Path("sipri-milex", "codingirl99__sipridefenseanalysis", "sipri_data_1949_2024.xlsx");

    private static string Release2024 => SharedData.Path("sipri-milex", "CaiNiaoJian__A-Python-based-big-data-visualization-project", "SIPRI-Milex-data-1948-2023.xlsx");

    [SharedDataFact]
    public void Series_Json_ConstantIndia_HasUnitPriceBaseAndStatuses()
    {
        var result = Tool.Run("milex", "series", "India", "--data", Release2025, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("India", root.GetProperty("country").GetString());
        Assert.Equal("constant", root.GetProperty("measure").GetString());
        Assert.Equal("constant (2023) US$ million", root.GetProperty("unit").GetString());
        Assert.Equal("constant 2023", root.GetProperty("priceBase").GetString());
        Assert.Equal("SIPRI Military Expenditure Database 2025, https://www.sipri.org/databases/milex", root.GetProperty("source").GetString());
        Assert.Equal("2025 release, data 1949-2024", root.GetProperty("vintage").GetString());
        var values = root.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(76, values.Count);
        Assert.Equal(1949, values[0].GetProperty("year").GetInt32());
        Assert.Equal(JsonValueKind.Null, values[0].GetProperty("value").ValueKind);
        Assert.Equal("unavailable", values[0].GetProperty("status").GetString());
        Assert.Equal(83623.140581432875, values[^1].GetProperty("value").GetDouble());
        Assert.Equal("value", values[^1].GetProperty("status").GetString());
    }

    [SharedDataFact]
    public void Series_Csv_StatusesIncludeEstimateAndDidNotExist()
    {
        var result = Tool.Run("milex", "series", "Russia", "--data", Release2025, "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("year,value,status\n1949,,unavailable\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("\n1992,47565.80149415327,estimate\n", result.Out, StringComparison.Ordinal);
        var ussr = Tool.Run("milex", "series", "USSR", "--data", Release2025, "--format", "csv");
        Assert.Contains("\n1992,,didNotExist\n", ussr.Out, StringComparison.Ordinal);
        var gdp = Tool.Run("milex", "series", "Russia", "--data", Release2025, "--measure", "gdp-share", "--format", "csv");
        Assert.Contains("\n2024,0.07052338645003664,", gdp.Out, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Series_LocalFinancialYears_CalendarYears_ReproduceSipriForIndia()
    {
        // India (Apr-Mar): CY 2024 = 3/12 x FY 2023 + 9/12 x FY 2024 = 0.25 x 6901267800000 + 0.75 x 7308354000000,
        // the figure on SIPRI's calendar-year sheet (7206582450000).
        var result = Tool.Run("milex", "series", "IND", "--data", Release2025, "--measure", "local-fy", "--calendar-years", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var values = json.RootElement.GetProperty("values").EnumerateArray().ToDictionary(v => v.GetProperty("year").GetInt32());
        Assert.Equal(7206582450000, values[2024].GetProperty("value").GetDouble(), 0.001);
        Assert.Equal("unavailable", values[2025].GetProperty("status").GetString()); // January-March 2025 lie in FY 2024; April-December in no FY
        Assert.Equal("Rupees (local currency, current prices, calendar years by even spread)", json.RootElement.GetProperty("unit").GetString());
        Assert.Equal("current", json.RootElement.GetProperty("priceBase").GetString());
        Assert.Contains(json.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString() == "2025: Apr 2025 lies in no fiscal year of the data (partial year).");
    }

    [SharedDataFact]
    public void Series_Table_PakistanFinancialYears_StatesTheConvention()
    {
        var result = Tool.Run("milex", "series", "Pakistan", "--data", Release2025, "--measure", "local-fy");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\nUnit: Rupees (local currency, current prices, financial years).\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("\nYears are financial years (Till: 1957 Apr-Mar, 1958: Apr-Jun, From 1959: Jul-Jun), labelled by the year in which they start.\n", result.Out, StringComparison.Ordinal);
        // FY 2024-25 as the workbook holds it: 3,025,800 million rupees (3.0258e12).
        Assert.Contains("\n2024  3,025,800,000,000  value\n", result.Out, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Series_Table_IsTheRenderedLibraryResult_WithUnitAndPriceBasis()
    {
        var constant = Tool.Run("milex", "series", "Pakistan", "--data", Release2025);
        Assert.Equal(0, constant.ExitCode);
        var lines = constant.Out.Split('\n');
        Assert.Equal("Pakistan, military expenditure (Constant (2023) US$)", lines[0]);
        Assert.Equal("Year      Value  Status", lines[1]);
        Assert.Equal("1949        n/a  unavailable", lines[3]);
        // The workbook's 2024 figure 8183.35... constant (2023) US$ m., and the unit with its price basis.
        Assert.Contains("2024   8,183.35  value", lines);
        Assert.Contains("Unit: constant (2023) US$ million.", lines);
        Assert.Contains(lines, l => l.StartsWith("Status: estimate = SIPRI estimate (blue in the workbook)", StringComparison.Ordinal));
        Assert.Equal("Source: SIPRI Military Expenditure Database 2025, https://www.sipri.org/databases/milex; 2025 release, data 1949-2024.", lines[^2]);

        var current = Tool.Run("milex", "series", "Pakistan", "--data", Release2025, "--measure", "current");
        Assert.Contains("\nUnit: US$ million, current prices.\n", current.Out, StringComparison.Ordinal);
        Assert.Contains("\n2024  10,165.95  value\n", current.Out, StringComparison.Ordinal);

        // Russia 2024, share of GDP: the workbook's fraction 0.07052338645003664 and SIPRI's percent to one decimal.
        var gdp = Tool.Run("milex", "series", "Russia", "--data", Release2025, "--measure", "gdp-share");
        Assert.Contains(gdp.Out.Split('\n'), l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^2024 +0\.0705 +7\.1 +estimate$"));
        Assert.Contains("\nValue: fraction of GDP (0.0705 = 7.05%); share (%) = value x 100.\n", gdp.Out, StringComparison.Ordinal);
        var ussr = Tool.Run("milex", "series", "USSR", "--data", Release2025);
        // SIPRI's 'xxx' after 1991 is did-not-exist (no figure), never 0; 1990 is an estimate (blue).
        Assert.Contains("\n1990   221,760.3  estimate\n", ussr.Out, StringComparison.Ordinal);
        Assert.Contains("\n1992         n/a  didNotExist\n", ussr.Out, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Series_UnknownCountry_AndNoHistory_AreUserErrors()
    {
        var unknown = Tool.Run("milex", "series", "Narnia", "--data", Release2025);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal("error: 'Narnia' is not a country of SIPRI Military Expenditure Database 2025, https://www.sipri.org/databases/milex (the constant US$ sheet has 174 rows, e.g. 'Pakistan', 'Russia', 'India').\n", unknown.Error);
        var morocco = Tool.Run("milex", "series", "Morocco", "--data", Release2025, "--measure", "local-fy", "--calendar-years");
        Assert.Equal(2, morocco.ExitCode);
        Assert.StartsWith("error: Morocco: the financial-year sheet gives no fiscal-year history that can be spread", morocco.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Series_Usage_Errors()
    {
        Assert.Equal("error: milex series needs --data <workbook.xlsx> (SIPRI's milex workbook). See 'tradearms milex series --help'.\n", Tool.Run("milex", "series", "India").Error);
        Assert.Equal("error: --measure takes constant, current, local-fy, local-cy, gdp-share, per-capita, government-share, not 'ppp'.\n",
            Tool.Run("milex", "series", "India", "--data", "x.xlsx", "--measure", "ppp").Error);
        Assert.Equal("error: --calendar-years applies to --measure local-fy; the other sheets are by calendar year already.\n",
            Tool.Run("milex", "series", "India", "--data", "x.xlsx", "--calendar-years").Error);
    }

    [Fact]
    public void Series_NotAWorkbook_OneLineError()
    {
        using var temp = new TempFolder();
        var path = temp.File("milex.xlsx");
        File.WriteAllText(path, "Country,2024\nIndia,1\n");
        var result = Tool.Run("milex", "series", "India", "--data", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: milex.xlsx: expected an .xlsx workbook (a zip package), found 'End of Central Directory record could not be found.'.\n", result.Error);
    }

    [Fact]
    public void Series_MissingWorkbook_SaidInWords()
    {
        var result = Tool.Run("milex", "series", "India", "--data", "no-such-milex.xlsx");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --data: 'no-such-milex.xlsx' does not exist.\n", result.Error);
    }

    [SharedDataFact]
    public void Compare_India_RebasingAndRevisionApart()
    {
        var result = Tool.Run("milex", "compare", Release2024, Release2025, "--country", "India", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("constant (2022) US$ million", root.GetProperty("olderUnit").GetString());
        Assert.Equal("constant (2023) US$ million", root.GetProperty("newerUnit").GetString());
        var rows = root.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("year").GetInt32());
        var factor = 80348.4948025958 / 79976.789327936975;
        Assert.Equal(factor, rows[2023].GetProperty("rebaseFactor").GetDouble(), 12);
        Assert.Equal(83334.46007156148, rows[2023].GetProperty("older").GetDouble());
        Assert.Equal(82293.332162581151, rows[2023].GetProperty("newer").GetDouble());
        Assert.Equal(82293.332162581151 - 83334.46007156148 * factor, rows[2023].GetProperty("revision").GetDouble(), 6);
        Assert.True(rows[2023].GetProperty("revised").GetBoolean());
        Assert.False(rows[2022].GetProperty("revised").GetBoolean());
    }

    [SharedDataFact]
    public void Compare_Table_India_IsTheRenderedLibraryResult()
    {
        var result = Tool.Run("milex", "compare", Release2024, Release2025, "--country", "India");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Equal("SIPRI milex 2024 release (constant (2022) US$ million) against 2025 release (constant (2023) US$ million)", lines[0]);
        Assert.Equal("Country  Year      Older  Older status  Rebase factor    Rebased      Newer  Newer status   Revision  Revision (%)", lines[1]);
        // 2023: factor 80348.4948 / 79976.7893 = 1.004648; 83334.46 x factor = 83721.77; 82293.33 - 83721.77 = -1428.44 (-1.7%).
        Assert.Contains("India    2023  83,334.46  value              1.004648  83,721.77  82,293.33  value         -1,428.44          -1.7", lines);
        Assert.Contains("India    2022  79,976.79  value              1.004648  80,348.49  80,348.49  value                 0           0.0", lines);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+ country-years with figures in both releases, \d+ revised beyond rounding, 0 with a changed marker or colour\.$"));
        Assert.Contains("Unit: constant (2023) US$ million.", lines);
        Assert.Contains("Older release: SIPRI Military Expenditure Database 2024, https://www.sipri.org/databases/milex", lines);
    }

    [SharedDataFact]
    public void Compare_Table_WithUsDeflator_NamesIt()
    {
        var result = Tool.Run("milex", "compare", Release2024, Release2025, "--country", "Pakistan",
            "--deflator", SharedData.Path("prices", "AliceBan111__Thesis-code", "GDPDEF.csv"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\nRebasing: older figures x factor, by FRED GDPDEF (US GDP implicit price deflator, 2017 = 100), annual mean of quarters; revision: newer minus rebased older, in constant (2023) US$ million.\n", result.Out, StringComparison.Ordinal);
        Assert.Contains(" 1.037026 ", result.Out, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Compare_NewerFirst_IsAUserError()
    {
        var result = Tool.Run("milex", "compare", Release2025, Release2024);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: milex compare takes the older release first: found the 2025 release, then the 2024 release.\n", result.Error);
    }

    [SharedDataFact]
    public void Profile_Pakistan_TracksInTheirUnits_CorrelationsAndWindows()
    {
        // Same figures as ArmsSpendingProfileTest (checked with python3 statistics.correlation).
        var result = Tool.Run("milex", "profile", "Pakistan", "--data", Release2025, "--from", "2000", "--to", "2020", "--first", "2006-2010", "--second", "2016-2020");

        Assert.Equal(0, result.ExitCode);
        // Two library results, one after the other: the profile by year, then the window comparison.
        var parts = result.Out.Split("\n\n");
        Assert.Equal(2, parts.Length);
        var profile = parts[0].Split('\n');
        Assert.Equal("Pakistan: arms imports and military expenditure, 2000-2020 (each column in its own unit)", profile[0]);
        Assert.Equal("Year  Arms imports TIV (million)  Military expenditure (constant (2023) US$ million)  Share of GDP (%)", profile[1]);
        Assert.Contains("Correlation (Pearson, years with both figures), arms imports ~ military expenditure, share of GDP: -0.708 (n = 21)", profile);
        Assert.Contains("Unit: constant (2023) US$ million.", profile);
        var windows = parts[1].Split('\n');
        Assert.Equal("Pakistan: annual mean, 2006-2010 against 2016-2020", windows[0]);
        Assert.Contains("arms imports                        TIV million                     1,106.8        805.4       -27.2", windows);
        Assert.Contains("military expenditure                constant (2023) US$ million    6,042.99     9,753.07       +61.4", windows);
        Assert.Contains("Window: 2006-2010 vs 2016-2020.", windows);
    }

    [SharedDataFact]
    public void Profile_Json_AndAWindowOutsideTheData()
    {
        var result = Tool.Run("milex", "profile", "PAK", "--data", Release2025, "--from", "2000", "--to", "2020", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var tracks = json.RootElement.GetProperty("tracks").EnumerateArray().ToList();
        Assert.Equal(["TIV million", "constant (2023) US$ million", "% of GDP"], tracks.Select(t => t.GetProperty("unit").GetString()));
        Assert.Equal("2016-2020", json.RootElement.GetProperty("secondWindow").GetString());
        var outside = Tool.Run("milex", "profile", "Pakistan", "--data", Release2025, "--from", "2015", "--to", "2024");
        Assert.Equal(2, outside.ExitCode);
        Assert.StartsWith("error: The window 2015-2024 is outside the data: the arms imports series", outside.Error, StringComparison.Ordinal);
    }
}
