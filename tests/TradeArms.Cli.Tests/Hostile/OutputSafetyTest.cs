using System.Text.Json.Nodes;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;
using TradeArms.Text;

namespace TradeArms.Cli.Tests.Hostile;

/// <summary>The output rules the corpus cannot show one case at a time: concurrency, failures midway, closed outputs.</summary>
public class OutputSafetyTest
{
    [Fact]
    public async Task ThreeConcurrentChartRuns_IntoOneFolder_AllSucceed_AndTheManifestMatchesTheFiles()
    {
        using var temp = new TempFolder();
        var outFolder = temp.File("charts");
        string[] args = ["charts", "--out", outFolder, "--only", "pakistan-top-suppliers-2017-2021", "--only", "pakistan-russia-balance", "--format", "svg", "--force"];
        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => Tool.Run(args))));

        Assert.All(runs, r => Assert.Equal(0, r.ExitCode));
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(outFolder, "charts.json")))!;
        foreach (var file in manifest["charts"]!.AsArray().SelectMany(c => c!["files"]!.AsArray()))
        {
            var bytes = File.ReadAllBytes(Path.Combine(outFolder, file!["path"]!.GetValue<string>()));
            Assert.Equal(file["sha256"]!.GetValue<string>(), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        }
        Assert.Equal(["charts.json", "pakistan-russia-balance.svg", "pakistan-top-suppliers-2017-2021.svg"],
            Directory.GetFiles(outFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FolderLock_HeldByAnotherRun_FailsClearlyAfterTheWait()
    {
        using var temp = new TempFolder();
        using var held = SafeFile.LockFolder(temp.Path, TimeSpan.Zero);
        var e = Assert.Throws<IOException>(() => SafeFile.LockFolder(temp.Path, TimeSpan.FromMilliseconds(300)));
        Assert.Equal($"Another run is writing to '{temp.Path}' (it holds .tradearms.lock); waited 0 s. Try again when it has finished.", e.Message);
    }

    [Fact]
    public void SafeFile_WhenTheWriterFails_LeavesTheTargetAndNoTemporaryFile()
    {
        using var temp = new TempFolder();
        var target = temp.Write("out.csv", "old\n");
        Assert.Throws<InvalidOperationException>(() => SafeFile.Write<long>(target, s =>
        {
            s.Write("partial"u8);
            throw new InvalidOperationException("disk full");
        }));
        Assert.Equal("old\n", File.ReadAllText(target));
        Assert.Equal(["out.csv"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void SafeFile_TemporaryNames_AreUnpredictable()
    {
        using var temp = new TempFolder();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 2; i++)
        {
            SafeFile.Write(temp.File("x.csv"), s =>
            {
                names.UnionWith(Directory.GetFiles(temp.Path, ".x.csv.*.tmp").Select(Path.GetFileName)!);
                return 0L;
            });
        }
        Assert.Equal(2, names.Count);
        Assert.All(names, n => Assert.Matches(@"^\.x\.csv\.[0-9a-f]{24}\.tmp$", n));
    }

    [Fact]
    public void ClosedStandardOutput_IsReportedAsSuch()
    {
        using var stderr = new StringWriter();
        var code = App.Run(["arms", "series", "--supplier", "Russia", "--recipient", "India"], new ClosedWriter(), stderr);
        Assert.Equal(2, code);
        Assert.StartsWith("error: cannot write to standard output (it is closed or not writable): ", stderr.ToString(), StringComparison.Ordinal);
    }

    private sealed class ClosedWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("Broken pipe");

        public override void Write(string? value) => throw new IOException("Broken pipe");

        public override void Write(char[] buffer, int index, int count) => throw new IOException("Broken pipe");
    }
}
