namespace TradeArms.Matrix;

/// <summary>
/// A read-only pass-through stream that keeps the last bytes read (at most <see cref="Capacity"/>), so a reader of a
/// stream it cannot seek (a decompressing stream, a pipe) can check how the content ended once it has read it all.
/// </summary>
internal sealed class TailRecordingStream(Stream inner) : Stream
{
    public const int Capacity = 4096;

    private readonly byte[] _ring = new byte[Capacity];
    private long _total;

    /// <summary>The last bytes read, oldest first.</summary>
    public byte[] Tail()
    {
        var length = (int)Math.Min(_total, Capacity);
        var tail = new byte[length];
        var start = (int)((_total - length) % Capacity);
        var first = Math.Min(length, Capacity - start);
        Array.Copy(_ring, start, tail, 0, first);
        Array.Copy(_ring, 0, tail, first, length - first);
        return tail;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Record(buffer[..n]);
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Record(buffer.Span[..n]);
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private void Record(ReadOnlySpan<byte> read)
    {
        // Byte k of the content sits at _ring[k % Capacity]; only the newest Capacity bytes of this read can survive.
        var kept = read[Math.Max(0, read.Length - Capacity)..];
        var at = (int)((_total + read.Length - kept.Length) % Capacity);
        var first = Math.Min(kept.Length, Capacity - at);
        kept[..first].CopyTo(_ring.AsSpan(at));
        kept[first..].CopyTo(_ring);
        _total += read.Length;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _total; set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
