namespace TradeArms.Columnar.Format;

/// <summary>
/// Parquet's RLE/bit-packed hybrid encoding (used for definition levels and dictionary indices): a run of eight or
/// more equal values becomes one RLE run, anything else groups of eight values bit-packed, least significant bit
/// first; the last group is padded with zeros (the page's value count says where the values end).
/// </summary>
internal static class RleHybridEncoder
{
    /// <summary>The bits needed for values 0..<paramref name="maxValue"/> (at least 1).</summary>
    public static int BitWidth(int maxValue) => Math.Max(1, 32 - int.LeadingZeroCount(maxValue));

    public static void Encode(ReadOnlySpan<int> values, int bitWidth, ByteSink sink)
    {
        var packedStart = -1;
        var i = 0;
        while (i < values.Length)
        {
            var v = values[i];
            var j = i + 1;
            while (j < values.Length && values[j] == v)
            {
                j++;
            }
            if (j - i >= 8)
            {
                if (packedStart >= 0)
                {
                    Pack(values[packedStart..i], bitWidth, sink);
                    packedStart = -1;
                }
                sink.Varint((ulong)(j - i) << 1);
                for (var b = 0; b < bitWidth; b += 8)
                {
                    sink.Byte(unchecked((byte)(v >> b)));
                }
                i = j;
            }
            else
            {
                if (packedStart < 0)
                {
                    packedStart = i;
                }
                i = Math.Min(i + 8, values.Length);
            }
        }
        if (packedStart >= 0)
        {
            Pack(values[packedStart..], bitWidth, sink);
        }
    }

    private static void Pack(ReadOnlySpan<int> values, int bitWidth, ByteSink sink)
    {
        var groups = (values.Length + 7) / 8;
        sink.Varint(((ulong)groups << 1) | 1);
        var bytes = groups * bitWidth;
        var span = sink.Reserve(bytes);
        ulong accumulator = 0;
        var bits = 0;
        var o = 0;
        for (var k = 0; k < groups * 8; k++)
        {
            accumulator |= (ulong)(uint)(k < values.Length ? values[k] : 0) << bits;
            bits += bitWidth;
            while (bits >= 8)
            {
                span[o++] = unchecked((byte)accumulator);
                accumulator >>= 8;
                bits -= 8;
            }
        }
        sink.Advance(bytes);
    }
}
