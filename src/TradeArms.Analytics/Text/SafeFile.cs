using System.Security.Cryptography;
using System.Text;

namespace TradeArms.Text;

/// <summary>
/// The one way TradeArms writes a file (CLI outputs, tidy and trade-table writers, charts and their manifest): into a
/// temporary file with an unpredictable name in the target folder, created exclusively (it never opens an existing
/// file or follows a symbolic link planted there), then renamed over the target in one step. A reader sees the old
/// file or the new one, never half a file; a symbolic link at the target is replaced, not followed; if writing fails,
/// the target is untouched and the temporary file is removed.
/// </summary>
public static class SafeFile
{
    /// <summary>Writes text as UTF-8 without a byte-order mark.</summary>
    /// <exception cref="IOException">The target is a folder, or the folder cannot be written.</exception>
    public static void WriteAllText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write(path, stream =>
        {
            var bytes = new UTF8Encoding(false).GetBytes(text);
            stream.Write(bytes);
            return bytes.LongLength;
        });
    }

    /// <summary>Writes bytes.</summary>
    /// <exception cref="IOException">The target is a folder, or the folder cannot be written.</exception>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Write(path, stream =>
        {
            stream.Write(bytes);
            return bytes.LongLength;
        });
    }

    /// <summary>Writes through <paramref name="write"/>, which gets the temporary file's stream; returns what it returns.</summary>
    /// <exception cref="IOException">The target is a folder, or the folder cannot be written.</exception>
    public static T Write<T>(string path, Func<Stream, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Target(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)) + ".tmp");
        try
        {
            T result;
            // CreateNew: O_CREAT | O_EXCL, which fails on any existing name, a symbolic link included.
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                result = write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>
    /// Takes the output folder's lock (<c>.tradearms.lock</c>, an exclusive open), so that two runs writing the same
    /// folder do not interleave: the second waits up to <paramref name="wait"/>, then fails with a message that says so.
    /// </summary>
    /// <exception cref="IOException">Another run held the lock for longer than <paramref name="wait"/>.</exception>
    public static IDisposable LockFolder(string folder, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, LockName);
        var deadline = DateTime.UtcNow + wait;
        var vanished = 0;
        while (true)
        {
            try
            {
                // Removed when released, so no lock file stays behind. (A third run arriving in the instant between the
                // release and the removal could take a fresh lock beside the second; every write is atomic regardless.)
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (!File.Exists(path) && ++vanished < 10)
            {
                // The holder released the lock (deleting the file) between this open and the check: try again.
            }
            catch (IOException) when (File.Exists(path) && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
            catch (IOException) when (File.Exists(path))
            {
                throw new IOException($"Another run is writing to '{folder}' (it holds {LockName}); waited {wait.TotalSeconds:0} s. Try again when it has finished.");
            }
        }
    }

    /// <summary>The lock file's name in an output folder.</summary>
    public const string LockName = ".tradearms.lock";

    private static string Target(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Trim().Length == 0)
        {
            throw new IOException("The output path is empty; give a file name.");
        }
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"'{path}' is a folder; give a file name to write.");
        }
        return full;
    }
}
