using System.Text.Json;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

/// <summary><c>trade indicators</c> on a hand-made BACI file (values worked out in the comments) and on the real legacy Comtrade files.</summary>
public class TradeIndicatorsCommandTest
{
    // A to B (4 to 8): 010121 10, 020110 30; B to A: 010121 20, 030111 10; a reported zero 12 to 4.
    private const string Baci = "t,i,j,k,v,q\n2020,4,8,10121,10,NA\n2020,4,8,20110,30,1.5\n2020,8,4,10121,20,\n2020,8,4,30111,10,NA\n2020,12,4,10121,0,NA\n";

    [Fact]
    public void Gl_EveryPair_ToCsvFile_WithUndefinedAsEmpty()
    {
        using var temp = new TempFolder();
        var input = temp.Write("baci.csv", Baci);
        var output = temp.File("gl.csv");
        var result = Tool.Run("trade", "indicators", input, "--indicator", "gl", "--aquino", "--out", output);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 rows written", result.Out, StringComparison.Ordinal);
        var lines = File.ReadAllLines(output);
        Assert.Equal("year,reporter,partner,exports,imports,gl,gl_aquino,undefined", lines[0]);
        // 1 - (10 + 30 + 10) / 70 = 2/7; Aquino 0.25 (see the library's hand-computed test).
        Assert.StartsWith("2020,4,8,40,30,0.2857142857142857,0.25", lines[1], StringComparison.Ordinal);
        Assert.Equal("2020,12,4,0,0,,,the pair has no trade in either direction", lines[2]);
    }

    [Fact]
    public void Gl_Table_IsTheRenderedIndicatorTable()
    {
        using var temp = new TempFolder();
        var result = Tool.Run("trade", "indicators", temp.Write("baci.csv", Baci), "--indicator", "gl", "--aquino");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Equal("Grubel-Lloyd index of intra-industry trade, every pair", lines[0]);
        Assert.Equal("Year  Reporter  Partner  Exports  Imports      GL  GL aquino  Undefined", lines[1]);
        // 4 and 8: exports 10 + 30, imports 20 + 10; GL 2/7 = 0.2857, Aquino 0.25; 12 and 4 have no trade: n/a with the reason.
        Assert.Equal("2020  4         8             40       30  0.2857       0.25", lines[3]);
        Assert.Equal("2020  12        4              0        0     n/a        n/a  the pair has no trade in either direction", lines[4]);
        Assert.Contains("n/a in 1 row: the pair has no trade in either direction.", lines);
        Assert.Contains("Exports and imports in US$ thousand.", lines);
        Assert.Contains("Window: 2020.", lines);
    }

    [SharedDataFact]
    public void Gl_Table_ChinaUsa2018_Chapters_MatchesTheJson()
    {
        var folder = SharedData.Path("comtrade", "dennishylau__msbd5005-project");
        string[] files = [Path.Combine(folder, "comtrade_ch_us_ex.csv"), Path.Combine(folder, "comtrade_ch_us_im.csv")];
        var text = Tool.Run(["trade", "indicators", .. files, "--indicator", "gl", "--level", "chapter"]);
        Assert.Equal(0, text.ExitCode);
        using var json = JsonDocument.Parse(Tool.Run(["trade", "indicators", .. files, "--indicator", "gl", "--level", "chapter", "--format", "json"]).Out);
        var row = json.RootElement.GetProperty("rows")[0];
        var gl = row.GetProperty("values").GetProperty("gl").GetDouble();
        // China's exports to the US 2018 479,701,580,548 US$ and imports 156,004,352,076 US$ (the files' chapter totals summed).
        Assert.Contains(text.Out.Split('\n'), l => l.StartsWith("2018  CHN       USA      479,701,580,548  156,004,352,076  " + gl.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Equal(479701580548, row.GetProperty("values").GetProperty("exports").GetDouble());
        Assert.Contains("\nExports and imports in US$.\n", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Rca_Json_AndChapterLevel()
    {
        using var temp = new TempFolder();
        var input = temp.Write("baci.csv", Baci);
        var result = Tool.Run("trade", "indicators", input, "--indicator", "rca", "--reporter", "4", "--level", "chapter", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var rows = json.RootElement.GetProperty("rows");
        // Exports: 4: 01 10, 02 30 (40); 8: 01 20, 03 10 (30); 12: 0. World 01 30, 02 30, 03 10 (70). RCA_4,01 = (10/40)/(30/70) = 7/12.
        Assert.Equal("01", rows[0].GetProperty("product").GetString());
        Assert.Equal(7.0 / 12, rows[0].GetProperty("values").GetProperty("rca").GetDouble(), 1e-12);
        Assert.Equal("US$ thousand", json.RootElement.GetProperty("unit").GetString());
    }

    [Fact]
    public void BadInput_IsAClearError()
    {
        using var temp = new TempFolder();
        var input = temp.Write("baci.csv", "t,i,j,k,v,q\n2020,4,8,10121,ten,NA\n");
        var result = Tool.Run("trade", "indicators", input, "--indicator", "gl");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("baci.csv:2:", result.Error, StringComparison.Ordinal);
        var unknown = Tool.Run("trade", "indicators", temp.Write("ok.csv", Baci), "--indicator", "gravity");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--indicator must be", unknown.Error, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Gl_ChinaUsa2018_ByLevel()
    {
        var folder = SharedData.Path("comtrade", "dennishylau__msbd5005-project");
        double Gl(string level)
        {
            var r = Tool.Run("trade", "indicators", Path.Combine(folder, "comtrade_ch_us_ex.csv"), Path.Combine(folder, "comtrade_ch_us_im.csv"), "--indicator", "gl", "--level", level, "--format", "json");
            Assert.Equal(0, r.ExitCode);
            using var json = JsonDocument.Parse(r.Out);
            var row = json.RootElement.GetProperty("rows")[0];
            Assert.Equal(("CHN", "USA"), (row.GetProperty("reporter").GetString(), row.GetProperty("partner").GetString()));
            return row.GetProperty("values").GetProperty("gl").GetDouble();
        }
        var (chapter, heading, subheading) = (Gl("chapter"), Gl("heading"), Gl("subheading"));
        Assert.True(chapter > heading && heading > subheading);
        Assert.InRange(subheading, 0.05, 0.5);
    }
}
