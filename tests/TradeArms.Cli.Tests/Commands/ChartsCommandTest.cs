using System.Text.Json.Nodes;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

public class ChartsCommandTest
{
    [Fact]
    public void Charts_WritesEveryChartAndTheManifest()
    {
        using var folder = new TempFolder();
        var result = Tool.Run("charts", "--out", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("11 charts written, 0 unchanged, in ", result.Out, StringComparison.Ordinal);
        Assert.Contains("[1/11] pakistan-russia-trade-flows: written (pakistan-russia-trade-flows.png, pakistan-russia-trade-flows.svg)", result.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.File("russia-india-deliveries.png")));
        Assert.True(File.Exists(folder.File("russia-india-deliveries.svg")));
        var charts = JsonNode.Parse(File.ReadAllText(folder.File("charts.json")))!["charts"]!.AsArray();
        Assert.Equal(11, charts.Count);
    }

    [Fact]
    public void Charts_SecondRunSkipsUnchanged_ForceRendersAgain()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, Tool.Run("charts", "--out", folder.Path, "--format", "png").ExitCode);
        var stamp = File.GetLastWriteTimeUtc(folder.File("russia-india-deliveries.png"));

        var again = Tool.Run("charts", "--out", folder.Path, "--format", "png");
        Assert.Equal(0, again.ExitCode);
        Assert.StartsWith("0 charts written, 11 unchanged", again.Out, StringComparison.Ordinal);
        Assert.Contains("[5/11] russia-india-deliveries: unchanged", again.Error, StringComparison.Ordinal);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(folder.File("russia-india-deliveries.png")));

        var forced = Tool.Run("charts", "--out", folder.Path, "--format", "png", "--force");
        Assert.StartsWith("11 charts written, 0 unchanged", forced.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_Only_RendersTheChosenCharts()
    {
        using var folder = new TempFolder();
        var result = Tool.Run("charts", "--out", folder.Path, "--only", "russia-india-deliveries", "--only", "pakistan-russia-balance,pakistan-top-suppliers-2017-2021", "--format", "svg");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("3 charts written", result.Out, StringComparison.Ordinal);
        Assert.Equal(
            ["charts.json", "pakistan-russia-balance.svg", "pakistan-top-suppliers-2017-2021.svg", "russia-india-deliveries.svg"],
            Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Charts_OnlyWithAnUnknownId_IsAUsageError()
    {
        using var folder = new TempFolder();
        var result = Tool.Run("charts", "--out", folder.Path, "--only", "russia-india");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --only: no chart with the id 'russia-india'. Run 'tradearms charts --list' for the ids.\n", result.Error.ReplaceLineEndings("\n"));
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Charts_List_ShowsIdsAndTitles()
    {
        var result = Tool.Run("charts", "--list");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("russia-india-deliveries", result.Out, StringComparison.Ordinal);
        Assert.Equal(11, result.Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void Charts_BadFormat_IsAUsageError()
    {
        var result = Tool.Run("charts", "--format", "gif");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --format: expected png, svg or png,svg, found 'gif'.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Charts_MissingDataFolder_ExitsWithTwoAndSaysSo()
    {
        using var folder = new TempFolder();
        var missing = folder.File("no-such-data");
        var result = Tool.Run("charts", "--data", missing, "--out", folder.File("out"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{missing}", result.Error, StringComparison.Ordinal);
        Assert.Contains("expected a data folder", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("out")));
    }

    [Fact]
    public void Charts_MalformedSipriFile_NamesFileLineAndColumn()
    {
        using var folder = new TempFolder();
        var source = RepositoryRoot.Combine("data", "sipri", "by-recipient-2022-04-22", "Pakistan.csv");
        var lines = File.ReadAllText(source, System.Text.Encoding.Latin1).Split('\n');
        // Line 13 is the first supplier row (Belarus): put text where a number belongs (column 2 is 1950).
        var cells = lines[12].Split(',');
        cells[1] = "n/a";
        lines[12] = string.Join(',', cells);
        var path = folder.Write("Pakistan.csv", string.Join('\n', lines));

        var result = Tool.Run("charts", "--data", folder.Path, "--out", folder.File("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {path}:13:2: expected ", result.Error, StringComparison.Ordinal);
        Assert.Contains("found 'n/a'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_DataWithoutAChartsActors_ExitsWithTwoAndNamesTheChart()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("data"));
        File.Copy(RepositoryRoot.Combine("data", "sipri", "by-recipient-2022-04-22", "Pakistan.csv"), Path.Combine(folder.File("data"), "Pakistan.csv"));

        var result = Tool.Run("charts", "--data", folder.File("data"), "--out", folder.File("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: Chart 'russia-india-deliveries' needs deliveries to India, but the data hold none.", result.Error, StringComparison.Ordinal);
        Assert.Contains("or pick other charts. (--only <id> picks charts, --list shows the ids)", result.Error, StringComparison.Ordinal);
        // Every chart is built before any is written: the Pakistan-Russia trade charts that come first in the
        // catalogue are not left behind as a partial run (they were, before).
        Assert.Empty(Directory.Exists(folder.File("out")) ? Directory.GetFiles(folder.File("out"), "*.*g") : []);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Charts_UnwritableOutputFolder_ExitsWithTwoAndAMessage()
    {
        using var folder = new TempFolder();
        // A file where the output folder should be: no folder can be created there (also when running as root).
        var blocked = folder.Write("charts", "not a folder");
        var result = Tool.Run("charts", "--out", blocked, "--only", "russia-india-deliveries");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(blocked, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_WithARegister_AddsDealTimelinesThatCiteTheRegister()
    {
        using var folder = new TempFolder();
        // SIPRI's full-register layout: its title, notes, the generation date on line 11, the header on line 12.
        var register = folder.Write("register.csv", "Transfers of major conventional arms from All countries  to All countries . Deals with deliveries or orders made for year range '1950' to '2024' \n"
            + string.Concat(Enumerable.Repeat("note\n", 9))
            + "Data generated: 13 Oct 2024 2:20:11 PM\n"
            + "Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons\n"
            + "Pakistan,Russia,2015,,4,,Mi-35M,combat helicopter,4,,2018,New,,11.5,46,46\n");

        var list = Tool.Run("charts", "--register", register, "--list");
        Assert.Contains("deals-russia-pakistan", list.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("deals-russia-india", list.Out, StringComparison.Ordinal);

        var result = Tool.Run("charts", "--register", register, "--out", folder.File("out"), "--only", "deals-russia-pakistan", "--format", "png");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("; Trade Register SIPRI Arms Transfers Database (2024-10-13)", result.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder.File("out"), "deals-russia-pakistan.png")));
        var chart = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.File("out"), "charts.json")))!["charts"]!.AsArray().Single()!;
        Assert.Equal("Generated: 13 October 2024", chart["vintage"]!.GetValue<string>());
    }

    [Fact]
    public void Charts_AndArmsShares_ReadADataFolderByOneRule_MixedReleasesOnlyWhenCombined()
    {
        using var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(RepositoryRoot.Combine("data", "sipri"), "*.csv", SearchOption.AllDirectories))
        {
            File.Copy(file, folder.File(Path.GetFileName(file)));
        }
        var charts = Tool.Run("charts", "--data", folder.Path, "--out", folder.File("out"), "--only", "russia-india-deliveries");
        var shares = Tool.Run("arms", "shares", "--recipient", "India", "--data", folder.Path);
        Assert.Equal((2, 2), (charts.ExitCode, shares.ExitCode));
        Assert.Equal(shares.Error, charts.Error);
        Assert.Contains("to combine releases, say so explicitly", charts.Error, StringComparison.Ordinal);
        var combined = Tool.Run("charts", "--data", folder.Path, "--combine-releases", "--out", folder.File("out"), "--only", "russia-india-deliveries");
        Assert.Equal(0, combined.ExitCode);
        Assert.Equal(0, Tool.Run("arms", "shares", "--recipient", "India", "--data", folder.Path, "--combine-releases").ExitCode);
    }
}
