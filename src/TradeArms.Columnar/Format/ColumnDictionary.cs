namespace TradeArms.Columnar.Format;

/// <summary>A dictionary page's body (the entries, PLAIN), its entry count and the bit width of its indices.</summary>
internal sealed record ColumnDictionary(byte[] Page, int Count)
{
    public int Bits { get; } = RleHybridEncoder.BitWidth(Math.Max(0, Count - 1));
}
