using System.Text.Json;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Report;

/// <summary><c>tradearms report</c> and <c>tradearms profile</c> on the shipped extract and on the whole release with a milex workbook.</summary>
public class ReportCommandTest
{
    private static readonly string s_table = RepositoryRoot.Combine("data", "trade", "pakistan-russia-table1.tsv");

    private static string Workbook() =>
        Directory.GetFiles(SharedData.Path("sipri-milex"), "*.xlsx", SearchOption.AllDirectories).Single(f => f.EndsWith("1949_2024.xlsx", StringComparison.Ordinal));

    [Fact]
    public void Report_ShippedExtract_IsOneSelfContainedFile_WithTheFigures_AndTheSameBytesTwice()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        var a = Tool.Run("report", "Pakistan", "--trade", s_table, "--out", first.Path);
        var b = Tool.Run("report", "PAK", "--trade", s_table, "--out", second.Path);
        Assert.True(a.ExitCode == 0, a.Error);
        Assert.True(b.ExitCode == 0, b.Error);
        // Exactly one file (no temporary file left behind), named after the country.
        var file = Assert.Single(Directory.GetFiles(first.Path, "*", SearchOption.AllDirectories));
        Assert.Equal("pakistan-report.html", Path.GetFileName(file));
        Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(second.Path, "pakistan-report.html")));
        Assert.Contains("pakistan-report.html", a.Out, StringComparison.Ordinal);

        var html = File.ReadAllText(file);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        // SIPRI's fact sheet of March 2022: China supplied 72% of Pakistan's arms imports in 2017-2021.
        Assert.Contains("<tr><th scope=\"row\">2017-2021</th><td>China</td><td class=\"n\">2,931</td><td class=\"n\">72.0</td></tr>", html, StringComparison.Ordinal);
        // The trade table's published errors are shown, not fixed: 2012-13 balance printed +69.89, computed -69.86.
        Assert.Contains("<tr><th scope=\"row\">2012-13</th><td class=\"n\">207.31</td><td class=\"n\">277.17</td><td class=\"n\">-69.86</td>", html, StringComparison.Ordinal);
        Assert.Contains("3 of the table&#39;s 10 published totals and balances disagree", html, StringComparison.Ordinal);
        // The extract is not a whole release: no fact-sheet section, and the report says why.
        Assert.DoesNotContain("World context", html, StringComparison.Ordinal);
        Assert.Contains("need a whole SIPRI release", html, StringComparison.Ordinal);
        Assert.Equal(4, html.Split("<svg ").Length - 1);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", html, StringComparison.Ordinal);
        // The trade chart is flows and balance on one money axis; the dual-axis turnover/coverage chart is not used.
        Assert.DoesNotContain("right axis", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Errors_AreMessages()
    {
        using var folder = new TempFolder();
        var file = folder.Write("taken", "x");
        var onFile = Tool.Run("report", "Pakistan", "--out", file);
        Assert.Equal(2, onFile.ExitCode);
        Assert.Contains("is a file; give a folder", onFile.Error, StringComparison.Ordinal);
        var noOut = Tool.Run("report", "Pakistan");
        Assert.Equal(2, noOut.ExitCode);
        Assert.Contains("needs --out <folder>", noOut.Error, StringComparison.Ordinal);
        var notTheCountry = Tool.Run("report", "India", "--trade", s_table, "--out", folder.Path);
        Assert.Equal(2, notTheCountry.ExitCode);
        Assert.Contains("is not India's", notTheCountry.Error, StringComparison.Ordinal);
        var shortYears = Tool.Run("profile", "Pakistan", "--from", "2019", "--to", "2021");
        Assert.Equal(2, shortYears.ExitCode);
        Assert.Contains("shorter than one 5-year window", shortYears.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", shortYears.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_ShippedExtract_Json_HasArmsAndTrade_NoMilexWithoutAWorkbook()
    {
        var result = Tool.Run("profile", "Pakistan", "--trade", s_table, "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("Pakistan", root.GetProperty("country").GetString());
        Assert.Equal("PAK", root.GetProperty("iso3").GetString());
        Assert.Equal("TIV million", root.GetProperty("arms").GetProperty("measure").GetString());
        var last = root.GetProperty("arms").GetProperty("asRecipient").GetProperty("windows").EnumerateArray().Last();
        Assert.Equal("2017-2021", last.GetProperty("window").GetString());
        Assert.Equal(4071, last.GetProperty("tiv").GetDouble());
        var china = last.GetProperty("partners")[0];
        Assert.Equal("China", china.GetProperty("name").GetString());
        Assert.Equal(72.0, china.GetProperty("share").GetDouble(), 1);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("milex").ValueKind);
        var trade = root.GetProperty("trade");
        Assert.False(trade.GetProperty("consistent").GetBoolean());
        Assert.Equal(3, trade.GetProperty("discrepancies").GetInt32());
        var p = trade.GetProperty("periods")[2];
        Assert.Equal("2012-13", p.GetProperty("period").GetString());
        Assert.Equal(-69.86m, p.GetProperty("balance").GetDecimal());
        Assert.Equal(484.48m, p.GetProperty("turnover").GetDecimal());
        Assert.DoesNotContain("NaN", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_Table_HasTheSections()
    {
        var result = Tool.Run("profile", "Pakistan", "--trade", s_table);
        Assert.True(result.ExitCode == 0, result.Error);
        // One composite by the table renderer: the arms profile, the balance and its validation, each under its title.
        Assert.StartsWith("Country report: Pakistan, 1950-2021\n\nCountry profile: Pakistan, 1950-2021\nPakistan: a state (PAK).\n", result.Out, StringComparison.Ordinal);
        // Pakistan 2017-2021 from the shipped table (python): 4,071 TIV million, China 72.0%.
        Assert.Contains("\n2017-2021          4,071       5,302  China 72.0%, Sweden 6.4%, Russia 5.6%, Italy 5.3%, Turkey 2.8%, Others (8) 8.0%\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("\nPakistan-Russia trade balance, US$ million (reporter's view: balance = exports - imports)\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("\n2014-15                 183.84                 206.45                 -22.61 ", result.Out, StringComparison.Ordinal);
        Assert.Contains("\nPakistan-Russia trade (US$ million): published totals and balances against the computed ones\n", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Military expenditure", result.Out, StringComparison.Ordinal);
        Assert.Equal(1, result.Out.Split("Source: SIPRI Arms Transfers Database").Length - 1); // the arms source once, at the end
    }

    [SharedDataFact]
    public void Profile_WholeRelease_Milex_Trade_Json_EachTrackInItsUnit()
    {
        var result = Tool.Run("profile", "Pakistan", "--data", SharedData.Path("sipri-tiv", "by-recipient-2022-04-22"), "--milex", Workbook(),
            "--trade", s_table, "--from", "2000", "--to", "2021", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        // A whole release: world rank and share (SIPRI's fact sheet of March 2022: Pakistan 8th, 3.0% of world imports, 2017-2021).
        var imports = root.GetProperty("arms").GetProperty("asRecipient");
        Assert.Equal(8, imports.GetProperty("rank").GetInt32());
        Assert.Equal(3.0, imports.GetProperty("shareOfDataPercent").GetDouble(), 1);
        var milex = root.GetProperty("milex");
        Assert.Equal(2023, milex.GetProperty("constantBaseYear").GetInt32());
        var tracks = milex.GetProperty("tracks").EnumerateArray().ToList();
        Assert.Equal(["TIV million", "constant (2023) US$ million", "% of GDP", "US$ million"], tracks.Select(t => t.GetProperty("unit").GetString()));
        // Trade by July-June fiscal year spread evenly: calendar 2011 = (FY2010-11 + FY2011-12) / 2 of the computed
        // turnovers = (345.99 + 391.66) / 2 = 368.825; 2010 and 2015 are only half covered, so missing (null), not partial.
        var trade = tracks[3].GetProperty("values").EnumerateArray().ToDictionary(v => v.GetProperty("year").GetInt32(), v => v.GetProperty("value"));
        Assert.Equal(368.825, trade[2011].GetDouble(), 6);
        Assert.Equal(438.07, trade[2012].GetDouble(), 6);
        Assert.Equal(JsonValueKind.Null, trade[2010].ValueKind);
        Assert.Equal(JsonValueKind.Null, trade[2015].ValueKind);
        Assert.Equal("2000-2004", milex.GetProperty("firstWindow").GetString());
        Assert.Equal("2017-2021", milex.GetProperty("secondWindow").GetString());
        Assert.Equal(6, milex.GetProperty("correlations").GetArrayLength());
        Assert.Contains(root.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("EvenSpread", StringComparison.Ordinal));
        Assert.DoesNotContain("NaN", result.Out, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Report_WholeRelease_Milex_HasTheFactSheetAndTheMilexSection()
    {
        using var folder = new TempFolder();
        var result = Tool.Run("report", "Pakistan", "--data", SharedData.Path("sipri-tiv", "by-recipient-2022-04-22"), "--milex", Workbook(), "--trade", s_table, "--out", folder.Path);
        Assert.True(result.ExitCode == 0, result.Error);
        var html = File.ReadAllText(folder.File("pakistan-report.html"));
        Assert.Contains("Pakistan ranks 8 among the world&#39;s arms importers in 2017-2021: 3.0% of the world", html, StringComparison.Ordinal);
        Assert.Contains("Military expenditure (constant (2023) US$ million)", html, StringComparison.Ordinal);
        Assert.Contains("Annual mean of each series", html, StringComparison.Ordinal);
        Assert.Equal(12, html.Split("<svg ").Length - 1);
        Assert.DoesNotContain("need a whole SIPRI release", html, StringComparison.Ordinal);
    }
}
