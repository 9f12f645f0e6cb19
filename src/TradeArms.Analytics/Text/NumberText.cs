using System.Globalization;

namespace TradeArms.Text;

/// <summary>
/// The one rule by which figures become text in tables, CSV and notes (and by which <see cref="Tiv"/> and
/// <see cref="Money"/> format): culture-invariant unless a provider is given, never trailing zeros unless asked for,
/// never binary noise, never NaN or Infinity.
/// </summary>
/// <remarks>
/// A format is an optional <c>+</c> (an explicit sign on positive numbers, as balances and changes are printed:
/// <c>+21.15</c>, <c>-48.04</c>, <c>0</c>) followed by one of:
/// <list type="bullet">
/// <item><c>G</c> or <c>G</c><em>n</em>: at most <em>n</em> decimals, trailing zeros dropped (without <em>n</em>: a
/// decimal's own digits, a double's shortest round-trip form), no group separators: <c>58.6</c>, <c>-7.3</c>.</item>
/// <item><c>N</c> or <c>N</c><em>n</em>: the same with group separators: <c>3,798</c>, <c>22,530.5</c>.</item>
/// <item><c>F</c><em>n</em>: exactly <em>n</em> decimals (for presentation: shares to one decimal, <c>46.0</c>).</item>
/// <item><c>P</c> or <c>P</c><em>n</em>: as published: a decimal keeps its own digits, trailing zeros included
/// (<c>1.00</c>, <c>-131.80</c> in a table printed to two decimals), rounded to at most <em>n</em>; a double as
/// <c>G</c>. For tables that show figures as their source printed them; JSON and CSV use <c>G</c>.</item>
/// </list>
/// A value that rounds to zero prints as <c>0</c> (never <c>-0</c> or <c>+0</c>). A null or empty format is <c>G</c>.
/// </remarks>
public static class NumberText
{
    /// <summary>A decimal as text in <paramref name="format"/> (see <see cref="NumberText"/>).</summary>
    /// <param name="value">The value.</param>
    /// <param name="format">The format, e.g. <c>G</c>, <c>+G2</c>, <c>N0</c>, <c>F1</c>.</param>
    /// <param name="provider">The culture for separators; null for the invariant culture.</param>
    /// <exception cref="FormatException">The format is not one of the above.</exception>
    public static string Format(decimal value, string? format, IFormatProvider? provider)
    {
        if (format is not null && format.TrimStart('+') is ['P', .. var digits])
        {
            var most = digits.Length == 0 ? 28
                : int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 28 ? n
                : throw new FormatException($"Unknown number format '{format}': the number of decimals must be 0 to 28.");
            format = (format[0] == '+' ? "+F" : "F") + Math.Min(most, (int)value.Scale).ToString(CultureInfo.InvariantCulture);
        }
        return value.ToString(Pattern(format), provider ?? CultureInfo.InvariantCulture);
    }

    /// <summary>A double as text in <paramref name="format"/> (see <see cref="NumberText"/>).</summary>
    /// <param name="value">The value; finite.</param>
    /// <param name="format">The format, e.g. <c>G</c>, <c>+G2</c>, <c>N0</c>, <c>F1</c>.</param>
    /// <param name="provider">The culture for separators; null for the invariant culture.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite (a defect upstream, never output).</exception>
    /// <exception cref="FormatException">The format is not one of the above.</exception>
    public static string Format(double value, string? format, IFormatProvider? provider)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A non-finite number cannot be printed: this is a defect in the computation that produced it.");
        }
        // The shortest round-trip digits of the double, as a decimal (exact digits, no binary noise in the pattern);
        // a magnitude beyond a decimal's range or precision keeps the round-trip form.
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        if ((value == 0 || Math.Abs(value) is > 1e-20 and < 7.9e27)
            && decimal.TryParse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
        {
            return Format(exact, format, provider);
        }
        _ = Pattern(format);
        return (format is ['+', ..] && value > 0 ? "+" : "") + value.ToString("R", provider ?? CultureInfo.InvariantCulture);
    }

    /// <summary>A double rounded to at most <paramref name="decimals"/> places (away from zero), for JSON and CSV: <c>58.59999999999998</c> to 2 is <c>58.6</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static double Round(double value, int decimals)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A non-finite number cannot be printed: this is a defect in the computation that produced it.");
        }
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded == 0 ? 0 : rounded;
    }

    /// <summary>A decimal without trailing zeros (<c>-7.30000000000000</c> becomes <c>-7.3</c>), the same number.</summary>
    public static decimal Normalise(decimal value) =>
        decimal.Parse(value.ToString("0.############################", CultureInfo.InvariantCulture), NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>The .NET custom pattern for a format, applied to a decimal (exact digits).</summary>
    private static string Pattern(string? format)
    {
        var f = string.IsNullOrEmpty(format) ? "G" : format;
        var signed = f[0] == '+';
        if (signed)
        {
            f = f[1..];
        }
        if (f.Length > 0 && f[0] == 'P')
        {
            f = "G" + f[1..];
        }
        if (f.Length == 0 || (f[0] is not ('G' or 'N' or 'F')))
        {
            throw new FormatException($"Unknown number format '{format}': expected G, N, F or P with an optional number of decimals and an optional leading +.");
        }
        int? decimals = null;
        if (f.Length > 1)
        {
            if (!int.TryParse(f.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 28)
            {
                throw new FormatException($"Unknown number format '{format}': the number of decimals must be 0 to 28.");
            }
            decimals = n;
        }
        if (f[0] == 'F' && decimals is null)
        {
            throw new FormatException($"Unknown number format '{format}': F needs a number of decimals (F1).");
        }
        // As needed: a decimal has at most 28 decimals.
        var places = decimals ?? 28;
        var integer = f[0] == 'N' ? "#,0" : "0";
        var fraction = places == 0 ? "" : "." + new string(f[0] == 'F' ? '0' : '#', places);
        var body = integer + fraction;
        // The third section formats values that round to zero: "0", never "-0" or "+0".
        return (signed ? "+" + body : body) + ";-" + body + ";" + (f[0] == 'F' ? body : "0");
    }
}
