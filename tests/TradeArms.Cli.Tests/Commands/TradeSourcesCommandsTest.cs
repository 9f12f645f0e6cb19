using System.Text.Json;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

/// <summary>
/// <c>trade summary</c> on the real Comtrade files, <c>codes</c> and <c>trade convert</c> with the real UNSD tables
/// (../shared/data). Figures are the files' own (see PROVENANCE.md spot values).
/// </summary>
public class TradeSourcesCommandsTest
{
    private static string Comtrade(params string[] parts) => SharedData.Path(["comtrade", .. parts]);

    private static string Tables => SharedData.Path("classifications");

    [SharedDataFact]
    public void Summary_ComtradePlusCsv_ChinaPakistan2022_Json()
    {
        var result = Tool.Run("trade", "summary", Comtrade("nikolinanikolovska__Economic-Analysis-Trade-ML", "TradeData.csv"), "--reporter", "CHN", "--partner", "PAK", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(("China", "Pakistan", "TOTAL", "US$"), (root.GetProperty("reporter").GetString(), root.GetProperty("partner").GetString(), root.GetProperty("product").GetString(), root.GetProperty("unit").GetString()));
        var period = root.GetProperty("periods")[0];
        Assert.Equal(3413278053m, period.GetProperty("imports").GetDecimal()); // CHN M from PAK 2022, primaryValue
        Assert.Equal(0, root.GetProperty("notes").GetArrayLength());
    }

    [SharedDataFact]
    public void Summary_DetectsJson_AndLegacyByChapter()
    {
        var json = Tool.Run("trade", "summary", Comtrade("ropensci__comtradr", "HS-60a6ad.json"), "--partner", "Germany");
        Assert.Equal(0, json.ExitCode);
        Assert.Contains("74251272075.0", json.Out, StringComparison.Ordinal);
        var legacy = Tool.Run("trade", "summary", Comtrade("dennishylau__msbd5005-project", "comtrade_ch_us_ex.csv"), "--level", "chapter", "--product", "93", "--format", "json");
        Assert.Equal(0, legacy.ExitCode);
        using var doc = JsonDocument.Parse(legacy.Out);
        var product = doc.RootElement.GetProperty("products")[0];
        Assert.Equal(("93", 96378949m), (product.GetProperty("product").GetString(), product.GetProperty("exports").GetDecimal()));
    }

    [SharedDataFact]
    public void Summary_Level_IsTheRenderedProductBreakdown_TableAndCsv()
    {
        var file = Comtrade("dennishylau__msbd5005-project", "comtrade_ch_us_ex.csv");
        var table = Tool.Run("trade", "summary", file, "--level", "chapter", "--product", "93");
        Assert.Equal(0, table.ExitCode);
        var lines = table.Out.Split('\n');
        Assert.Equal("China with United States by chapter", lines[0]);
        Assert.Equal("Period  Product  Exports (US$)  Imports (US$)", lines[1]);
        // Chapter 93 (arms and ammunition), China's exports to the US 2018 as the file states them; no import file given.
        Assert.Equal("2018    93            96378949            n/a", lines[3]);
        Assert.Contains("Unit: US$.", lines);
        var csv = Tool.Run("trade", "summary", file, "--level", "chapter", "--product", "93", "--format", "csv");
        Assert.Equal("period,product,exports,imports\n2018,93,96378949,\n", csv.Out.ReplaceLineEndings("\n"));
    }

    [SharedDataFact]
    public void Summary_SeveralReporters_AsksForOne()
    {
        var file = Comtrade("nikolinanikolovska__Economic-Analysis-Trade-ML", "TradeData.csv");
        var result = Tool.Run("trade", "summary", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: '{file}' has 3 reporters (CHN, DEU, USA): choose one with --reporter.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Codes_Economies_DatedAndAggregate()
    {
        var india = Tool.Run("codes", "699");
        Assert.Equal(0, india.ExitCode);
        Assert.Contains("India (IND, 356): Country", india.Out, StringComparison.Ordinal);
        Assert.Contains("Comtrade 356 'India, excl. Sikkim' until 1974", india.Out, StringComparison.Ordinal);
        var pakistan = Tool.Run("codes", "588", "--year", "1980");
        Assert.Contains("Comtrade code 588 (East and West Pakistan), valid until 1971: not valid in 1980", pakistan.Out, StringComparison.Ordinal);
        using var world = JsonDocument.Parse(Tool.Run("codes", "W00", "--format", "json").Out);
        Assert.True(world.RootElement.GetProperty("aggregate").GetBoolean());
        Assert.Contains("SIPRI actor: Soviet Union", Tool.Run("codes", "SUN").Out, StringComparison.Ordinal);
        var unknown = Tool.Run("codes", "Atlantis");
        Assert.Equal((2, "error: 'Atlantis' is not an economy code or name TradeArms knows (M49, ISO 3166-1/-3, Comtrade, IMF or SIPRI).\n"), (unknown.ExitCode, unknown.Error.ReplaceLineEndings("\n")));
    }

    [SharedDataFact]
    public void Codes_Product_ToHs1992_AndSitc3()
    {
        var arms = Tool.Run("codes", "930110", "--to", "HS1992", "--tables", Tables);
        Assert.Equal(0, arms.ExitCode);
        Assert.Contains("  930100  n:1\n", arms.Out, StringComparison.Ordinal);
        var horses = Tool.Run("codes", "010121", "--from", "HS2022", "--to", "SITC3", "--tables", Tables, "--format", "json");
        using var json = JsonDocument.Parse(horses.Out);
        Assert.Equal(["00151", "00152"], json.RootElement.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("code").GetString()));
    }

    [SharedDataFact]
    public void Convert_LegacyHs2017ToHs2022_WritesTheFileAndReportsWhatWasNotConverted()
    {
        using var temp = new TempFolder();
        var output = temp.File("converted.csv");
        var result = Tool.Run("trade", "convert", Comtrade("dennishylau__msbd5005-project", "comtrade_ch_us_im.csv"), "--to", "HS2022", "--out", output, "--tables", Tables);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  Converted 4297 codes: 1124 split (equal shares)", result.Out, StringComparison.Ordinal);
        Assert.Contains("  Left out 1 records (104110302 US$): not a code of the HS2017-HS2022 correlation table: 300219.\n", result.Out, StringComparison.Ordinal);
        var lines = File.ReadAllLines(output);
        Assert.Equal("reporter_code,reporter,partner_code,partner,flow,period,classification,product,value,unit,valuation,source_line", lines[0]);
        // Nothing dropped: the converted subheadings plus the unmapped 300219 equal the file's subheadings (156004352076 US$).
        var converted = lines.Skip(1).Select(l => l.Split(',')).Where(f => f[7] != "TOTAL").Sum(f => decimal.Parse(f[8], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(156004352076m, converted + 104110302m);
    }
}
