namespace TradeArms.Text;

/// <summary>
/// The plain numbers of the fast trade readers, parsed from ASCII bytes: only forms whose value the reference rules
/// (<c>int.TryParse</c>, <c>decimal.TryParse</c>, invariant culture) give identically; anything else returns false and
/// goes to the reference rules. The field forms read from <c>pos</c> to the next comma or the end.
/// </summary>
internal static class AsciiNumber
{
    /// <summary>1 to 9 digits, nothing else.</summary>
    public static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        var pos = 0;
        return TryDigits(text, ref pos, out value) && pos == text.Length;
    }

    /// <summary>A field of 1 to 9 digits from <paramref name="pos"/>, which is left at the comma or the end after it.</summary>
    public static bool TryDigits(ReadOnlySpan<byte> line, ref int pos, out int value)
    {
        long digits = 0;
        var count = Digits(line, ref pos, 9, ref digits);
        value = (int)digits;
        return count > 0 && (pos == line.Length || line[pos] == (byte)',');
    }

    /// <summary>Reads at most <paramref name="max"/> digits into <paramref name="value"/>; returns how many.</summary>
    private static int Digits(ReadOnlySpan<byte> line, ref int pos, int max, ref long value)
    {
        var start = pos;
        while (pos < line.Length && pos - start < max)
        {
            var d = line[pos] - (byte)'0';
            if (unchecked((uint)d) > 9)
            {
                break;
            }
            value = (value * 10) + d;
            pos++;
        }
        return pos - start;
    }

    /// <summary>
    /// Digits with an optional fraction (<c>12</c>, <c>12.50</c>): at most 15 before the point (so below
    /// <see cref="Money.MaxAmount"/>) and 18 in all, as <c>mantissa / 10^scale</c> keeping the decimals written
    /// (<c>1.50</c> has scale 2, as <c>decimal.Parse</c> gives).
    /// </summary>
    public static bool TryDecimal(ReadOnlySpan<byte> text, out long mantissa, out byte scale)
    {
        var pos = 0;
        return TryDecimal(text, ref pos, out mantissa, out scale) && pos == text.Length;
    }

    /// <summary>A field of <see cref="TryDecimal(ReadOnlySpan{byte}, out long, out byte)"/>'s form from <paramref name="pos"/>, left at the comma or the end after it.</summary>
    public static bool TryDecimal(ReadOnlySpan<byte> line, ref int pos, out long mantissa, out byte scale)
    {
        mantissa = 0;
        scale = 0;
        var whole = Digits(line, ref pos, 15, ref mantissa);
        if (whole == 0)
        {
            return false;
        }
        if (pos < line.Length && line[pos] == (byte)'.')
        {
            pos++;
            scale = (byte)Digits(line, ref pos, 18 - whole, ref mantissa);
            if (scale == 0)
            {
                return false;
            }
        }
        return pos == line.Length || line[pos] == (byte)',';
    }

    /// <summary>The value of <see cref="TryDecimal(ReadOnlySpan{byte}, out long, out byte)"/>'s result.</summary>
    public static decimal ToDecimal(long mantissa, byte scale) => new(unchecked((int)mantissa), unchecked((int)(mantissa >> 32)), 0, false, scale);
}
