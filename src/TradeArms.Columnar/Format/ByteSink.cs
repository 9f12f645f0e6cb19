using System.Buffers;
using System.Buffers.Binary;

namespace TradeArms.Columnar.Format;

/// <summary>A growable byte buffer with the little-endian and varint writes the Parquet encodings need; its storage
/// is rented from <see cref="ArrayPool{T}.Shared"/> and given back by <see cref="Release"/>.</summary>
internal sealed class ByteSink(int capacity = 4096)
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 16));

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    public void Clear() => Length = 0;

    /// <summary>Gives the storage back to the pool; the sink is empty afterwards and can still be written.</summary>
    public void Release()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }
        _buffer = [];
        Length = 0;
    }

    /// <summary>Reserves <paramref name="count"/> bytes at the end and returns them to be filled; <see cref="Advance"/> commits.</summary>
    public Span<byte> Reserve(int count)
    {
        if (Length + count > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(checked(Length + count), _buffer.Length * 2));
            _buffer.AsSpan(0, Length).CopyTo(larger);
            if (_buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
            }
            _buffer = larger;
        }
        return _buffer.AsSpan(Length, count);
    }

    public void Advance(int count) => Length += count;

    public void Byte(byte value)
    {
        Reserve(1)[0] = value;
        Length++;
    }

    public void Bytes(ReadOnlySpan<byte> value)
    {
        value.CopyTo(Reserve(value.Length));
        Length += value.Length;
    }

    public void Int32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), value);
        Length += 4;
    }

    /// <summary>Overwrites four bytes already written (a length prefix known only afterwards).</summary>
    public void Int32At(int position, int value) => BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(position, 4), value);

    public void Double(double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(Reserve(8), value);
        Length += 8;
    }

    public void Varint(ulong value)
    {
        var span = Reserve(10);
        var i = 0;
        while (value >= 0x80)
        {
            span[i++] = unchecked((byte)(value | 0x80));
            value >>= 7;
        }
        span[i++] = unchecked((byte)value);
        Length += i;
    }
}
