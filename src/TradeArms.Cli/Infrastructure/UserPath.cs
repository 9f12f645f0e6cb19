namespace TradeArms.Cli.Infrastructure;

/// <summary>
/// Checks a path the user named before a command reads or writes it, so that a wrong path is said in words ("'x' is
/// a directory, not a file") instead of surfacing as an access error.
/// </summary>
internal static class UserPath
{
    /// <summary>A file to read: it must exist and be a file.</summary>
    public static string File(string path, string? option = null)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"{Prefix(option)}'{path}' is a directory, not a file.");
        }
        return System.IO.File.Exists(path) ? path : throw new UsageException($"{Prefix(option)}'{path}' does not exist.");
    }

    /// <summary>A file or a folder to read: it must exist.</summary>
    public static string FileOrFolder(string path, string? option = null) =>
        System.IO.File.Exists(path) || Directory.Exists(path) ? path : throw new UsageException($"{Prefix(option)}'{path}' does not exist.");

    /// <summary>A file to write: not a directory, and no file stands where its folder would be.</summary>
    public static string Output(string path, string? option = null)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"{Prefix(option)}cannot write '{path}': it is a directory, not a file.");
        }
        for (var folder = Path.GetDirectoryName(Path.GetFullPath(path)); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            if (System.IO.File.Exists(folder))
            {
                throw new UsageException($"{Prefix(option)}cannot write '{path}': '{folder}' is a file, not a folder.");
            }
            if (Directory.Exists(folder))
            {
                break;
            }
        }
        return path;
    }

    private static string Prefix(string? option) => option is null ? "" : option + ": ";
}
