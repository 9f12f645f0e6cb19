using System.Text;
using TradeArms.Cli.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Hostile;

/// <summary>What a hostile case shows when it passes.</summary>
internal enum HostileKind
{
    /// <summary>Exit 2 with the exact message (file:line:column and what was expected, or a usage error).</summary>
    ClearError,

    /// <summary>Exit 0 (or 1 with findings) and a result checked against hand-computed content.</summary>
    CorrectResult,
}

/// <summary>
/// One malformed, extreme or hostile input: the files it writes into a fresh folder, the command it runs in-process
/// (<c>{dir}</c> in an argument or in the expected text stands for the folder), and the exact outcome.
/// </summary>
/// <param name="Name">What the case is (unique).</param>
/// <param name="Reader">The reader or output path it exercises.</param>
/// <param name="Files">The files to write (name, bytes); a value of null makes a folder.</param>
/// <param name="Args">The command line; the first word "@lib" runs a library reader directly (see <see cref="HostileRunner"/>).</param>
/// <param name="Kind">Clear error or correct result.</param>
/// <param name="Expected">For an error: the whole standard error. For a result: text standard output must contain.</param>
/// <param name="Check">For a result: a further check of the run and the folder (output file contents); null for none.</param>
internal sealed record HostileCase(string Name, string Reader, IReadOnlyList<(string Name, byte[]? Bytes)> Files, string[] Args,
    HostileKind Kind, string Expected, Func<CliResult, string, string?>? Check = null)
{
    public override string ToString() => Reader + ": " + Name;
}

/// <summary>Runs a case and checks the invariants every run must keep, whatever its input.</summary>
internal static class HostileRunner
{
    public static CliResult Run(HostileCase c, string folder)
    {
        foreach (var (name, bytes) in c.Files)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (bytes is null)
            {
                Directory.CreateDirectory(path);
            }
            else
            {
                File.WriteAllBytes(path, bytes);
            }
        }
        var args = c.Args.Select(a => a.Replace("{dir}", folder, StringComparison.Ordinal)).ToArray();
        var result = args[0] == "@lib" ? LibraryReaders.Run(args[1], args[2]) : Tool.Run(args);
        return result;
    }

    /// <summary>
    /// What no run may do: exit other than 0, 1 or 2; print a stack trace; print or write a non-finite number; leave a
    /// temporary file; or (on an error) leave a new output file.
    /// </summary>
    public static string? Invariants(CliResult r, string folder, IReadOnlySet<string> before)
    {
        if (r.ExitCode is not (0 or 1 or 2))
        {
            return $"exit code {r.ExitCode}";
        }
        if (r.Error.Contains("   at ", StringComparison.Ordinal) || r.Error.Contains("Exception", StringComparison.Ordinal))
        {
            return "a stack trace or exception name on standard error: " + r.Error;
        }
        // Exit 2 ends with exactly one 'error: ' line (a command may report progress before it, e.g. charts' "Data: ...").
        var errorLines = r.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (r.ExitCode == 2 && (errorLines.Length == 0 || !errorLines[^1].StartsWith("error: ", StringComparison.Ordinal)
            || errorLines.Count(l => l.StartsWith("error: ", StringComparison.Ordinal)) != 1))
        {
            return "exit 2 without exactly one final 'error: ' message: " + r.Error;
        }
        foreach (var text in Outputs(r, folder, before))
        {
            if (NonFinite(text))
            {
                return "a non-finite number in the output";
            }
        }
        var after = Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).ToHashSet(StringComparer.Ordinal);
        if (after.Any(f => f.EndsWith(".tmp", StringComparison.Ordinal) && !before.Contains(f)))
        {
            return "a temporary file was left behind";
        }
        if (r.ExitCode == 2 && after.Any(f => !before.Contains(f) && File.Exists(f)))
        {
            return "an error left a new file: " + string.Join(", ", after.Where(f => !before.Contains(f)));
        }
        return null;
    }

    private static IEnumerable<string> Outputs(CliResult r, string folder, IReadOnlySet<string> inputs)
    {
        yield return r.Out;
        foreach (var file in Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories).Where(f => !inputs.Contains(f)))
        {
            if ((file.EndsWith(".csv", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal)) && new FileInfo(file).Length < 1 << 22)
            {
                yield return File.ReadAllText(file, Encoding.Latin1);
            }
        }
    }

    /// <summary>
    /// NaN or Infinity printed as a number: alone in a cell, a JSON value or a table column (a word in a text such as
    /// "Infinity Ltd" or a status "Infinity hand" kept as published is not one: a letter follows after the space).
    /// </summary>
    public static bool NonFinite(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"(^|[,:\s\[""])-?(NaN|Infinity|∞)($|[,\]}""]|[ \t]*$|[ \t]+(?![A-Za-z]))", System.Text.RegularExpressions.RegexOptions.Multiline);
}

