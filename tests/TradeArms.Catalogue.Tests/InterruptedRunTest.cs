using System.Security.Cryptography;
using System.Text.Json.Nodes;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Catalogue.Tests;

/// <summary>A re-render that stops midway (here: a chart that throws) never leaves a manifest claiming what is not on disk.</summary>
public class InterruptedRunTest
{
    private static readonly Lazy<ChartData> Data = new(ChartData.Shipped);

    [Fact]
    public void RunStoppedAfterTheFirstChart_LeavesAManifestTrueOfEveryFileItNames()
    {
        using var folder = new TempFolder();
        var catalogue = ChartCatalogue.For(Data.Value).Take(2).ToList();
        ChartRegenerator.Run(Data.Value, new ChartRunOptions { OutputFolder = folder.Path, Charts = catalogue, Formats = ChartFormats.Svg });

        // Second run, forced: the first chart is rewritten, then the second fails (as a killed run would stop).
        var failing = new List<ChartDefinition> { catalogue[0], catalogue[1] with { Build = _ => throw new InvalidOperationException("killed") } };
        Assert.Throws<InvalidOperationException>(() =>
            ChartRegenerator.Run(Data.Value, new ChartRunOptions { OutputFolder = folder.Path, Charts = failing, Formats = ChartFormats.Svg, Force = true }));

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, ChartRegenerator.ManifestName)))!;
        var named = manifest["charts"]!.AsArray();
        Assert.Empty(named); // both charts were being re-rendered: the manifest no longer vouches for either
        foreach (var file in named.SelectMany(c => c!["files"]!.AsArray()))
        {
            Assert.Equal(file!["sha256"]!.GetValue<string>(),
                Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder.Path, file["path"]!.GetValue<string>())))));
        }
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
        Assert.Empty(Directory.GetFiles(folder.Path, ".tradearms.lock"));

        // The next run repairs everything and the manifest again names both charts.
        var result = ChartRegenerator.Run(Data.Value, new ChartRunOptions { OutputFolder = folder.Path, Charts = catalogue, Formats = ChartFormats.Svg });
        Assert.Equal(2, result.Written.Count);
    }

    [Fact]
    public void UnchangedChartsBeforeTheStop_StayInTheManifest()
    {
        using var folder = new TempFolder();
        var catalogue = ChartCatalogue.For(Data.Value).Take(2).ToList();
        ChartRegenerator.Run(Data.Value, new ChartRunOptions { OutputFolder = folder.Path, Charts = catalogue, Formats = ChartFormats.Svg });
        File.WriteAllText(Path.Combine(folder.Path, catalogue[1].Id + ".svg"), "tampered");

        // The first chart is current; the second must be re-rendered and fails.
        var failing = new List<ChartDefinition> { catalogue[0], catalogue[1] with { Build = _ => throw new InvalidOperationException("killed") } };
        Assert.Throws<InvalidOperationException>(() =>
            ChartRegenerator.Run(Data.Value, new ChartRunOptions { OutputFolder = folder.Path, Charts = failing, Formats = ChartFormats.Svg }));

        var ids = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, ChartRegenerator.ManifestName)))!["charts"]!.AsArray().Select(c => c!["id"]!.GetValue<string>());
        Assert.Equal([catalogue[0].Id], ids);
    }
}
