using System.Text;

namespace TradeArms.Cli.Infrastructure;

/// <summary>
/// The command's standard output: a write that fails because the output is closed or not writable (a closed pipe,
/// <c>&gt;&amp;-</c>, a full disk) becomes one clear <see cref="IOException"/> instead of the platform's message.
/// </summary>
internal sealed class GuardedOutput(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        var copy = buffer.ToArray();
        Guard(() => inner.Write(copy));
    }

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void Flush() => Guard(inner.Flush);

    public override string ToString() => inner.ToString() ?? "";

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            throw new IOException("cannot write to standard output (it is closed or not writable): " + e.Message, e);
        }
    }
}
