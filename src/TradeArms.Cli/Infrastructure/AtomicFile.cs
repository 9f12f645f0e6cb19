using TradeArms.Text;

namespace TradeArms.Cli.Infrastructure;

/// <summary>The CLI's output files: every one goes through <see cref="SafeFile"/> (exclusive temporary file, then rename).</summary>
internal static class AtomicFile
{
    public static void WriteAllText(string path, string text) => SafeFile.WriteAllText(path, text);

    /// <summary>Fails early (before a long load) when the output path is a folder.</summary>
    public static void CheckTarget(string path)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"'{path}' is a folder; give a file name to write.");
        }
    }

    /// <summary>Writes a file through a temporary file and a rename; returns what <paramref name="write"/> returns.</summary>
    public static long Write(string path, Func<Stream, long> write) => SafeFile.Write(path, write);
}
