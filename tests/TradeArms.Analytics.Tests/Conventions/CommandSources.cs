using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Conventions;

/// <summary>The source lines of src/TradeArms.Cli/Commands that the output conventions read (one renderer per format).</summary>
internal static class CommandSources
{
    /// <summary>
    /// Every line of a command file that <paramref name="offends"/>, as <c>File.cs:line: code</c>, leaving out the
    /// files of <paramref name="pending"/>; fails when a pending file no longer exists (the list may only shrink).
    /// </summary>
    public static List<string> Offenders(IReadOnlyDictionary<string, string> pending, Func<string, bool> offends)
    {
        var commands = RepositoryRoot.Combine("src", "TradeArms.Cli", "Commands");
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(commands, "*.cs"))
        {
            var name = Path.GetFileName(file);
            if (pending.ContainsKey(name))
            {
                continue;
            }
            var lines = File.ReadAllLines(file);
            offenders.AddRange(lines.Select((l, i) => (l, i)).Where(x => offends(x.l)).Select(x => $"{name}:{x.i + 1}: {x.l.Trim()}"));
        }
        foreach (var name in pending.Keys)
        {
            Assert.True(File.Exists(Path.Combine(commands, name)), $"{name} is gone: remove it from the pending list.");
        }
        return offenders;
    }
}
