using System.Text.RegularExpressions;
using TradeArms.Interactive.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TradeArms.Interactive.Tests.Notebooks;

/// <summary>
/// Every notebook in notebooks/ runs headless (pinned dotnet-repl, packages packed from this repository into a
/// private folder) without a cell error, draws its charts, and is committed with the outputs of such a run.
/// </summary>
/// <remarks>
/// Sections that need the real data TradeArms does not ship (../shared/data, see <see cref="SharedData"/>) begin each
/// cell with <c>if (Missing("comtrade")) return Skipped("comtrade");</c>: where the folder is absent they print why they
/// were skipped instead of running. The committed outputs are those of a run with the data, so where it is absent these
/// cells are not compared with them (and draw no chart); every other cell still is.
/// </remarks>
[Collection(BuiltArtifactsGroup.Name)]
[Trait("Category", "Slow")]
public sealed partial class NotebookTest(BuiltArtifacts artifacts, ITestOutputHelper output)
{
    private static readonly List<string> NotebookNames =
        [.. Directory.GetFiles(RepositoryRoot.Combine("notebooks"), "*.ipynb").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public static TheoryData<string> Names() => [.. NotebookNames];

    [Fact]
    public void Repository_HasTheSevenAnalyses() =>
        Assert.Equal(["01-getting-started.ipynb", "02-pakistan-russia-trade.ipynb", "03-russia-india-arms.ipynb", "04-pakistan-suppliers.ipynb",
            "05-world-trade-products.ipynb", "06-intra-industry-trade.ipynb", "07-pakistan-arms-spending-trade.ipynb"], NotebookNames);

    [Fact]
    public void Runner_ExecutesEveryNotebook()
    {
        var run = artifacts.NotebookRun;
        output.WriteLine($"dotnet pack: {artifacts.Pack.Elapsed.TotalSeconds:0.0} s; notebook runner: {run.Elapsed.TotalSeconds:0.0} s\n{run.Output}");
        Assert.True(run.ExitCode == 0, "notebooks/run-notebooks.cs failed: " + run);
        foreach (var name in NotebookNames)
        {
            Assert.True(File.Exists(Path.Combine(artifacts.Executed, name)), $"{name} was not written: {run}");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Executed_HasNoErrorOutput(string name)
    {
        var notebook = Executed(name);
        var errors = notebook.CodeCells.SelectMany(c => c.Errors.Select(c.Describe)).ToList();
        Assert.True(errors.Count == 0, $"{name}:\n" + string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Executed_ShowsEveryChartItDraws(string name)
    {
        var notebook = Executed(name);
        var charts = notebook.CodeCells.Where(DrawsChart).ToList();
        Assert.NotEmpty(charts);
        var missing = charts.Where(c => !c.HasImage && Ran(c)).Select(c => $"cell {c.Number}: {LastLine(c)}").ToList();
        Assert.True(missing.Count == 0, $"{name}: no image output for\n" + string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Committed_HasTheOutputsOfAFreshRun(string name)
    {
        var committed = Notebook.Read(RepositoryRoot.Combine("notebooks", name));
        var executed = Executed(name);
        Assert.Equal(executed.CodeCells.Count(), committed.CodeCells.Count());
        Assert.Contains(committed.CodeCells, c => c.Outputs.Count > 0);
        foreach (var (fresh, kept) in executed.CodeCells.Zip(committed.CodeCells))
        {
            if (!Ran(fresh))
            {
                continue; // needs ../shared/data, absent here: Executed_SaysWhichSectionsItSkipped checks what it printed
            }
            var hint = $"{name} cell {kept.Number} ({LastLine(kept)}): the committed outputs are not those of a fresh run; "
                + "re-run `dotnet run notebooks/run-notebooks.cs` and commit the notebooks.";
            Assert.True(fresh.Shapes.SequenceEqual(kept.Shapes), hint + $"\nfresh: {string.Join("; ", fresh.Shapes)}\ncommitted: {string.Join("; ", kept.Shapes)}");
            Assert.True(fresh.Texts.Select(WithoutTableNumbers).SequenceEqual(kept.Texts.Select(WithoutTableNumbers)), hint);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Executed_SaysWhichSectionsItSkipped(string name)
    {
        var notebook = Executed(name);
        foreach (var cell in notebook.CodeCells)
        {
            var skipped = cell.Texts.Any(t => t.Contains(SkippedText, StringComparison.Ordinal));
            if (NeedsSharedData(cell) && SharedData.Root is null)
            {
                Assert.True(skipped && cell.Outputs.Count == 1, $"{name} cell {cell.Number} needs ../shared/data, which is absent here: it should print only why it was skipped, found: {string.Join(" | ", cell.Texts)}");
            }
            else
            {
                Assert.False(skipped, $"{name} cell {cell.Number} says it was skipped: {string.Join(" | ", cell.Texts)}");
            }
        }
    }

    [Fact]
    public void SharedDataCellRecognition_SeesTheGuardOnTheFirstLineOnly()
    {
        Assert.Matches(SharedDataGuard(), "if (Missing(\"comtrade\")) return Skipped(\"comtrade\");");
        Assert.Matches(SharedDataGuard(), "if (Missing(\"sipri-milex\") || Missing(\"sipri-register\")) return Skipped(\"sipri-milex\", \"sipri-register\");");
        Assert.DoesNotMatch(SharedDataGuard(), "var x = Missing(\"comtrade\");");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Committed_ReferencesThisVersionsPackagesNotDllPaths(string name)
    {
        var notebook = Notebook.Read(RepositoryRoot.Combine("notebooks", name));
        var first = notebook.CodeCells.First().Source.Trim();
        Assert.Equal($"#r \"nuget: TradeArms.Interactive, {RepositoryRoot.PackageVersion}\"", first);
        Assert.DoesNotContain(notebook.CodeCells, c => DllReference().IsMatch(c.Source));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Committed_NamesNoMachinePaths(string name)
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("notebooks", name));
        foreach (var path in new[] { "/tmp/", "/root/", "/home/", "/work/", "/Users/", ":\\\\Users", RepositoryRoot.Path })
        {
            Assert.DoesNotContain(path, text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("dotnet_repl_cellExecution", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ChartCellRecognition_SeesBuilderCallsOnly()
    {
        Assert.Matches(ChartCall(), "TradeCharts.FlowsAndBalance(table)");
        Assert.Matches(ChartCall(), "ArmsCharts.SmallMultiples([a, b], \"x\")");
        Assert.Matches(ChartCall(), "IndicatorCharts.RcaBars(rca, \"CHN\", 2018, top: 20)");
        Assert.DoesNotMatch(ChartCall(), "var plot = SeriesCharts.WithTrend(fit);");
        Assert.DoesNotMatch(ChartCall(), "table.Validate()");
    }

    private Notebook Executed(string name)
    {
        var run = artifacts.NotebookRun; // runs the notebooks on first use
        var path = Path.Combine(artifacts.Executed, name);
        if (!File.Exists(path))
        {
            Assert.Fail($"{name} was not executed: {run}");
        }
        return Notebook.Read(path);
    }

    // The runner numbers DataFrame tables in notebook order (table_1, table_2, ...), so a shared-data cell skipped where
    // ../shared/data is absent renumbers the tables after it: the numbers are not part of what a cell shows.
    private static string WithoutTableNumbers(string text) => TableNumber().Replace(text, "table_#");

    // What a shared-data cell prints where ../shared/data is absent (the notebooks' Skipped function).
    private const string SkippedText = "Skipped: this section needs ../shared/data/";

    // A cell needs ../shared/data when its first line is the guard; where the folder is absent it prints why it was skipped.
    private static bool NeedsSharedData(Notebook.Cell cell) => SharedDataGuard().IsMatch(cell.Source.Split('\n')[0].Trim());

    // Did the cell run as committed (it needs nothing absent)?
    private static bool Ran(Notebook.Cell cell) => SharedData.Root is not null || !NeedsSharedData(cell);

    // A cell draws a chart when its last line (the displayed value) is a call of a chart builder.
    private static bool DrawsChart(Notebook.Cell cell) => ChartCall().IsMatch(LastLine(cell));

    private static string LastLine(Notebook.Cell cell) =>
        cell.Source.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)) ?? "";

    [GeneratedRegex(@"^\w*Charts\.\w+\(.*\)$")]
    private static partial Regex ChartCall();

    [GeneratedRegex(@"^if \(Missing\(""[^""]+""\)( \|\| Missing\(""[^""]+""\))*\) return Skipped\(.*\);$")]
    private static partial Regex SharedDataGuard();

    [GeneratedRegex(@"(?<=table_)\d+")]
    private static partial Regex TableNumber();

    [GeneratedRegex(@"#r\s+""[^""]*\.dll""")]
    private static partial Regex DllReference();
}
