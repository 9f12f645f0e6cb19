using System.Security.Cryptography;
using System.Text.Json.Nodes;
using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;
using TradeArms.Text;

namespace TradeArms.Catalogue.Tests;

public class ChartRegeneratorTest
{
    private static readonly Lazy<ChartData> Data = new(ChartData.Shipped);

    [Fact]
    public void Run_WritesEveryChartAndAManifestThatMatchesTheFiles()
    {
        using var folder = new TempFolder();
        var result = ChartRegenerator.Run(Data.Value, new ChartRunOptions { OutputFolder = folder.Path });

        Assert.Equal(ChartCatalogue.Standard.Select(c => c.Id), result.Written);
        Assert.Empty(result.Unchanged);
        var manifest = JsonNode.Parse(File.ReadAllText(result.ManifestPath))!;
        var charts = manifest["charts"]!.AsArray();
        Assert.Equal(ChartCatalogue.Standard.Count, charts.Count);
        foreach (var chart in charts)
        {
            Assert.False(string.IsNullOrWhiteSpace(chart!["title"]!.GetValue<string>()));
            Assert.False(string.IsNullOrWhiteSpace(chart["source"]!.GetValue<string>()));
            var sipri = chart["dataset"]!.GetValue<string>().StartsWith("SIPRI", StringComparison.Ordinal);
            Assert.Contains(sipri ? "2022-04-22" : "as published in the paper", chart["vintage"]!.GetValue<string>(), StringComparison.Ordinal);
            var files = chart["files"]!.AsArray();
            Assert.Equal(2, files.Count);
            foreach (var file in files)
            {
                var bytes = File.ReadAllBytes(folder.File(file!["path"]!.GetValue<string>()));
                Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file["sha256"]!.GetValue<string>());
            }
        }
        // Exactly the files of the manifest, and no temporary file left behind by the atomic writes.
        var expected = charts.SelectMany(c => c!["files"]!.AsArray().Select(f => f!["path"]!.GetValue<string>())).Append("charts.json").Order(StringComparer.Ordinal);
        Assert.Equal(expected, Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_Twice_SkipsUnchangedCharts_AndForceRendersThemAgain()
    {
        using var folder = new TempFolder();
        var options = new ChartRunOptions { OutputFolder = folder.Path, Formats = ChartFormats.Png };
        ChartRegenerator.Run(Data.Value, options);
        var manifest = File.ReadAllBytes(folder.File(ChartRegenerator.ManifestName));

        var again = ChartRegenerator.Run(Data.Value, options);
        Assert.Empty(again.Written);
        Assert.Equal(ChartCatalogue.Standard.Count, again.Unchanged.Count);
        Assert.Equal(manifest, File.ReadAllBytes(folder.File(ChartRegenerator.ManifestName)));

        var forced = ChartRegenerator.Run(Data.Value, options with { Force = true });
        Assert.Equal(ChartCatalogue.Standard.Count, forced.Written.Count);
        Assert.Equal(manifest, File.ReadAllBytes(folder.File(ChartRegenerator.ManifestName)));
    }

    [Fact]
    public void Run_RendersAgainAChartWhoseFileWasEditedOrDeleted()
    {
        using var folder = new TempFolder();
        var options = new ChartRunOptions { OutputFolder = folder.Path, Formats = ChartFormats.Png };
        ChartRegenerator.Run(Data.Value, options);
        var original = File.ReadAllBytes(folder.File("russia-india-deliveries.png"));
        File.WriteAllText(folder.File("russia-india-deliveries.png"), "edited by hand");
        File.Delete(folder.File("pakistan-russia-balance.png"));

        var result = ChartRegenerator.Run(Data.Value, options);

        Assert.Equal(["pakistan-russia-balance", "russia-india-deliveries"], result.Written.Order(StringComparer.Ordinal));
        Assert.Equal(original, File.ReadAllBytes(folder.File("russia-india-deliveries.png")));
    }

    [Fact]
    public void Run_Only_RendersTheChosenChartsAndKeepsTheOthersInTheManifest()
    {
        using var folder = new TempFolder();
        ChartRegenerator.Run(Data.Value, new ChartRunOptions { OutputFolder = folder.Path, Formats = ChartFormats.Svg });
        var result = ChartRegenerator.Run(Data.Value, new ChartRunOptions { OutputFolder = folder.Path, Formats = ChartFormats.Svg, Only = ["russia-india-deliveries"], Force = true });

        Assert.Equal(["russia-india-deliveries"], result.Written);
        var charts = JsonNode.Parse(File.ReadAllText(result.ManifestPath))!["charts"]!.AsArray();
        Assert.Equal(ChartCatalogue.Standard.Count, charts.Count);
    }

    [Fact]
    public void Run_UnknownId_NamesTheCatalogue()
    {
        using var folder = new TempFolder();
        var e = Assert.Throws<ArgumentException>(() => ChartRegenerator.Run(Data.Value, new ChartRunOptions { OutputFolder = folder.Path, Only = ["russia-india"] }));
        Assert.StartsWith("No chart with the id 'russia-india'. The catalogue has: pakistan-russia-trade-flows,", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void FromFolder_TheRepositoryTables_CombinedExplicitly_GiveTheSameChartsAsTheEmbeddedData()
    {
        // The shipped extract is India's and Pakistan's by-recipient tables (generated 2022-04-22) and Russia's and
        // China's by-exporter tables (2022-07-28): two generation dates, which every --data refuses unless combined.
        using var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "data", "sipri"), "*.csv", SearchOption.AllDirectories))
        {
            File.Copy(file, folder.File(Path.GetFileName(file)));
        }
        var e = Assert.Throws<DataFormatException>(() => ChartData.FromFolder(folder.Path));
        Assert.Contains("to combine releases, say so explicitly", e.Message, StringComparison.Ordinal);
        var fromFiles = ChartData.FromFolder(folder.Path, new SipriReadOptions { CombineReleases = true });
        var chart = ChartCatalogue.Standard.Single(c => c.Id == "india-supplier-shares-by-window");
        Assert.Equal(chart.Build(Data.Value).Png(chart.Size), chart.Build(fromFiles).Png(chart.Size));
    }

    [Fact]
    public void FromFolder_ReadsTheFolderByTheRuleOfEveryDataOption_NotItsSubfolders()
    {
        // data/ holds its tables in subfolders only: like 'arms shares --data data', charts refuse it.
        var e = Assert.Throws<DataFormatException>(() => ChartData.FromFolder(Path.Combine(RepositoryRoot.Path, "data")));
        Assert.Contains("no .csv file", e.Message, StringComparison.Ordinal);
        var india = Path.Combine(RepositoryRoot.Path, "data", "sipri", "by-recipient-2022-04-22");
        Assert.Equal(SipriTivTableReader.Read(india).Count, ChartData.FromFolder(india).Arms.Count);
    }

    [Fact]
    public void FromFolder_WithoutTheActorsAChartNeeds_SaysWhichChartAndWhatIsMissing()
    {
        using var folder = new TempFolder();
        var pakistan = Path.Combine(RepositoryRoot.Path, "data", "sipri", "by-recipient-2022-04-22", "Pakistan.csv");
        File.Copy(pakistan, folder.File("Pakistan.csv"));
        var data = ChartData.FromFolder(folder.Path);
        var chart = ChartCatalogue.Standard.Single(c => c.Id == "russia-india-deliveries");
        var e = Assert.Throws<ChartDataMissingException>(() => chart.Build(data));
        Assert.Equal("Chart 'russia-india-deliveries' needs deliveries to India, but the data hold none. Add SIPRI's table for India to the data folder, or pick other charts.", e.Message);
        Assert.Equal(("russia-india-deliveries", "India"), (e.ChartId, e.Actor));
    }
}
