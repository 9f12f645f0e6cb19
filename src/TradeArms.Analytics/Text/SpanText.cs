namespace TradeArms.Text;

/// <summary>The <see cref="ISpanFormattable.TryFormat"/> of the value types: their text copied into a buffer, or false when it does not fit.</summary>
internal static class SpanText
{
    public static bool TryWrite(string text, Span<char> destination, out int charsWritten)
    {
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }
        charsWritten = 0;
        return false;
    }
}
