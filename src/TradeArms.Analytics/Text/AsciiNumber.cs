namespace TradeArms.Text;

/// <summary>
/// The plain numbers of the fast trade readers, parsed from ASCII bytes: only forms whose value the reference rules
/// (<c>int.TryParse</c>, <c>decimal.TryParse</c>, invariant culture) give identically; anything else returns false and
/// goes to the reference rules.
/// </summary>
internal static class AsciiNumber
{
    /// <summary>1 to 9 digits, nothing else.</summary>
    public static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        if (text.Length is 0 or > 9)
        {
            return false;
        }
        foreach (var b in text)
        {
            var d = b - (byte)'0';
            if (unchecked((uint)d) > 9)
            {
                return false;
            }
            value = (value * 10) + d;
        }
        return true;
    }

    /// <summary>
    /// Digits with an optional fraction (<c>12</c>, <c>12.50</c>): at most 15 before the point (so below
    /// <see cref="Money.MaxAmount"/>) and 18 in all, as <c>mantissa / 10^scale</c> keeping the decimals written
    /// (<c>1.50</c> has scale 2, as <c>decimal.Parse</c> gives).
    /// </summary>
    public static bool TryDecimal(ReadOnlySpan<byte> text, out long mantissa, out byte scale)
    {
        mantissa = 0;
        scale = 0;
        var point = text.IndexOf((byte)'.');
        var whole = point < 0 ? text : text[..point];
        var fraction = point < 0 ? [] : text[(point + 1)..];
        if (whole.Length is 0 or > 15 || (point >= 0 && fraction.Length == 0) || whole.Length + fraction.Length > 18)
        {
            return false;
        }
        foreach (var b in whole)
        {
            var d = b - (byte)'0';
            if (unchecked((uint)d) > 9)
            {
                return false;
            }
            mantissa = (mantissa * 10) + d;
        }
        foreach (var b in fraction)
        {
            var d = b - (byte)'0';
            if (unchecked((uint)d) > 9)
            {
                return false;
            }
            mantissa = (mantissa * 10) + d;
        }
        scale = (byte)fraction.Length;
        return true;
    }

    /// <summary>The value of <see cref="TryDecimal"/>'s result.</summary>
    public static decimal ToDecimal(long mantissa, byte scale) => new(unchecked((int)mantissa), unchecked((int)(mantissa >> 32)), 0, false, scale);
}
