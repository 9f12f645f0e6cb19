namespace TradeArms.Columnar.Format;

/// <summary>One column chunk of a row group: offsets relative to the group's first byte, sizes with page headers.</summary>
internal sealed class ChunkInfo(int values, int[] encodings)
{
    public int Values => values;

    public int[] Encodings => encodings;

    public long? DictionaryOffset { get; init; }

    public long DataOffset { get; set; }

    public long UncompressedSize { get; set; }

    public long CompressedSize { get; set; }

    public long NullCount { get; set; }

    /// <summary>Also write the deprecated min/max (numbers and booleans, whose order was never in doubt).</summary>
    public bool Numeric { get; init; }

    public byte[]? Min { get; set; }

    public byte[]? Max { get; set; }
}
