using System.Collections.Concurrent;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Hostile;

/// <summary>
/// Runs the hostile corpus (<see cref="HostileCorpus"/>) through the tool in-process. Every case must give its exact
/// outcome: a clear error (exit 2, the whole message as in expected-errors.txt, with the case folder written
/// <c>{dir}</c>), or a correct result (exit 0 or 1 and the expected output); and every case must keep the invariants
/// of <see cref="HostileRunner.Invariants"/> (no crash, no non-finite number, no temporary or partial file).
/// </summary>
public class HostileCorpusTest
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> s_expected = new(() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Hostile", "expected-errors.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t', 2))
            .ToDictionary(p => p[0], p => p[1].Replace("\\n", "\n", StringComparison.Ordinal), StringComparer.Ordinal));

    private static readonly ConcurrentDictionary<string, string> s_discovered = new(StringComparer.Ordinal);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in HostileCorpus.All())
        {
            data.Add(c.ToString());
        }
        return data;
    }

    private static readonly Lazy<Dictionary<string, HostileCase>> s_cases = new(() => HostileCorpus.All().ToDictionary(c => c.ToString(), StringComparer.Ordinal));

    [Fact]
    public void Corpus_HasAtLeast200UniqueCasesCoveringEveryReaderAndOutputPath()
    {
        var all = HostileCorpus.All().ToList();
        Assert.True(all.Count >= 200, $"{all.Count} cases");
        Assert.Equal(all.Count, all.Select(c => c.ToString()).Distinct().Count());
        Assert.Equal(
            ["IMF DOTS CSV", "IMF IMTS SDMX-CSV", "SIPRI TIV table (by recipient)", "SIPRI TIV table (by supplier)", "SIPRI milex workbook", "Trade Register (by delivery year)",
             "Trade Register (full)", "codes", "matrix CSV", "options", "output paths", "tidy TIV CSV", "trade table"],
            all.Select(c => c.Reader).Distinct().Order(StringComparer.Ordinal));
        // Every error case has its exact message, and no message is left over from a removed case.
        Assert.Empty(all.Where(c => c.Kind == HostileKind.ClearError && !s_expected.Value.ContainsKey(c.ToString())).Select(c => c.ToString()));
        Assert.Empty(s_expected.Value.Keys.Except(all.Select(c => c.ToString())));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_GivesItsExactOutcome_AndKeepsTheInvariants(string name)
    {
        var c = s_cases.Value[name];
        using var temp = new TempFolder();
        foreach (var (link, target) in HostileCorpus.LinksFor(c))
        {
            var at = Path.Combine(temp.Path, link);
            Directory.CreateDirectory(Path.GetDirectoryName(at)!);
            File.CreateSymbolicLink(at, target == "." ? "." : Path.Combine(temp.Path, target));
        }
        var before = Directory.EnumerateFileSystemEntries(temp.Path, "*", SearchOption.AllDirectories).ToHashSet(StringComparer.Ordinal);
        var result = HostileRunner.Run(c, temp.Path);
        // Files written by the case itself (its inputs) count as "before".
        foreach (var (file, _) in c.Files)
        {
            before.Add(Path.Combine(temp.Path, file));
        }
        var error = result.Error.Replace(temp.Path, "{dir}", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("TRADEARMS_HOSTILE_DISCOVER") is { Length: > 0 } discover)
        {
            File.AppendAllText(discover, $"{name}\t{result.ExitCode}\t{error.Replace("\n", "\\n", StringComparison.Ordinal)}\t{result.Out.Replace("\n", "\\n", StringComparison.Ordinal)[..Math.Min(result.Out.Length, 300)]}\n");
        }
        Assert.Null(HostileRunner.Invariants(result, temp.Path, before));
        if (c.Kind == HostileKind.ClearError)
        {
            Assert.Equal(2, result.ExitCode);
            Assert.Equal(s_expected.Value.GetValueOrDefault(name, "(no expected message)"), error);
        }
        else
        {
            Assert.True(result.ExitCode is 0 or 1, $"exit {result.ExitCode}: {result.Error}");
            Assert.Contains(c.Expected, result.Out, StringComparison.Ordinal);
            Assert.Null(c.Check?.Invoke(result, temp.Path));
        }
    }
}
