namespace TradeArms.Benchmarks;

/// <summary>The .NET floor: start the runtime and read every byte of the file.</summary>
internal static class BytesContender
{
    public static int Run(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        long total = 0, lines = 0;
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += n;
            lines += buffer.AsSpan(0, n).Count((byte)'\n');
        }
        Console.WriteLine($"bytes {total} lines {lines}");
        return 0;
    }
}
