using System.Buffers;
using Snappier;
using static TradeArms.Columnar.Format.ParquetCodes;

namespace TradeArms.Columnar.Format;

/// <summary>
/// The pages of a column chunk: dictionary pages with their RLE/bit-packed indices, PLAIN doubles with definition
/// levels, PLAIN booleans, each page's Thrift header and its body compressed with Snappy or not, and the chunk's
/// statistics.
/// </summary>
internal static class ParquetPages
{
    /// <summary>A dictionary page (every entry, PLAIN) then one data page of the indices (bit width, RLE/bit-packed hybrid).</summary>
    internal static void DictionaryPages(ByteSink bytes, RowGroupScratch scratch, ColumnDictionary dictionary, ReadOnlySpan<int> indices, ChunkInfo chunk)
    {
        WritePage(bytes, scratch, dictionary.Page, chunk, dictionaryValues: dictionary.Count);
        var body = scratch.Body;
        body.Clear();
        body.Byte((byte)dictionary.Bits);
        RleHybridEncoder.Encode(indices, dictionary.Bits, body);
        chunk.DataOffset = bytes.Length;
        WritePage(bytes, scratch, body.Written, chunk, dataEncoding: EncodingRleDictionary);
    }

    internal static byte[] Int32Bytes(int value)
    {
        var b = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(b, value);
        return b;
    }

    internal static ChunkInfo DoubleChunk(ByteSink bytes, RowGroupScratch scratch, ReadOnlySpan<double> values)
    {
        var chunk = new ChunkInfo(values.Length, [EncodingPlain, EncodingRle]) { Numeric = true };
        var levels = scratch.Ints;
        var nulls = 0L;
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (double.IsNaN(v))
            {
                levels[i] = 0;
                nulls++;
            }
            else
            {
                levels[i] = 1;
                // Plain comparisons (no NaN here); the sign of a zero bound is set below.
                min = v < min ? v : min;
                max = v > max ? v : max;
            }
        }
        var body = scratch.Body;
        body.Clear();
        body.Int32(0);
        RleHybridEncoder.Encode(levels.AsSpan(0, values.Length), 1, body);
        body.Int32At(0, body.Length - 4);
        var plain = body.Reserve(checked((int)(values.Length - nulls) * 8));
        var o = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(plain[o..], v);
                o += 8;
            }
        }
        body.Advance(plain.Length);
        chunk.DataOffset = bytes.Length;
        WritePage(bytes, scratch, body.Written, chunk, dataEncoding: EncodingPlain);
        chunk.NullCount = nulls;
        if (nulls < values.Length)
        {
            // The format's rule for zero bounds: a minimum of zero is written as -0.0, a maximum as +0.0.
            chunk.Min = DoubleBytes(min == 0 ? -0.0 : min);
            chunk.Max = DoubleBytes(max == 0 ? 0.0 : max);
        }
        return chunk;
    }

    internal static ChunkInfo BooleanChunk(ByteSink bytes, RowGroupScratch scratch, ReadOnlySpan<bool> flags)
    {
        var chunk = new ChunkInfo(flags.Length, [EncodingPlain]) { Numeric = true };
        var body = scratch.Body;
        body.Clear();
        var span = body.Reserve((flags.Length + 7) / 8);
        span.Clear();
        var any = false;
        var all = true;
        for (var i = 0; i < flags.Length; i++)
        {
            if (flags[i])
            {
                span[i >> 3] |= (byte)(1 << (i & 7));
                any = true;
            }
            else
            {
                all = false;
            }
        }
        body.Advance(span.Length);
        chunk.DataOffset = bytes.Length;
        WritePage(bytes, scratch, body.Written, chunk, dataEncoding: EncodingPlain);
        chunk.Min = [all ? (byte)1 : (byte)0];
        chunk.Max = [any ? (byte)1 : (byte)0];
        return chunk;
    }

    internal static byte[] DoubleBytes(double value)
    {
        var b = new byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(b, value);
        return b;
    }

    /// <summary>A page: its header (Thrift) then its body, compressed or not; a dictionary page when
    /// <paramref name="dictionaryValues"/> is given, else a data page of the chunk's values.</summary>
    internal static void WritePage(ByteSink bytes, RowGroupScratch scratch, ReadOnlySpan<byte> body, ChunkInfo chunk, int dictionaryValues = -1, int dataEncoding = EncodingPlain)
    {
        var compressed = body;
        if (scratch.Snappy)
        {
            var max = Snappy.GetMaxCompressedLength(body.Length);
            if (scratch.Compressed.Length < max)
            {
                if (scratch.Compressed.Length > 0)
                {
                    ArrayPool<byte>.Shared.Return(scratch.Compressed);
                }
                scratch.Compressed = ArrayPool<byte>.Shared.Rent(max);
            }
            compressed = scratch.Compressed.AsSpan(0, Snappy.Compress(body, scratch.Compressed));
        }
        var headerStart = bytes.Length;
        var thrift = new ThriftCompactWriter(bytes);
        thrift.BeginStruct();
        thrift.I32Field(1, dictionaryValues >= 0 ? 2 : 0);
        thrift.I32Field(2, body.Length);
        thrift.I32Field(3, compressed.Length);
        if (dictionaryValues >= 0)
        {
            thrift.BeginStructField(7);
            thrift.I32Field(1, dictionaryValues);
            thrift.I32Field(2, EncodingPlain);
            thrift.EndStruct();
        }
        else
        {
            thrift.BeginStructField(5);
            thrift.I32Field(1, chunk.Values);
            thrift.I32Field(2, dataEncoding);
            thrift.I32Field(3, EncodingRle);
            thrift.I32Field(4, EncodingRle);
            thrift.EndStruct();
        }
        thrift.EndStruct();
        var header = bytes.Length - headerStart;
        bytes.Bytes(compressed);
        chunk.UncompressedSize += header + body.Length;
        chunk.CompressedSize += header + compressed.Length;
    }
}
