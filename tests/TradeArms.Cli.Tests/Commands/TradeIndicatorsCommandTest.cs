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
