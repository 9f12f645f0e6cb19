using System.Globalization;

namespace TradeArms.Text;

/// <summary>
/// How p-values are printed in tables and JSON, so that a positive p never shows as 0: from 0.001 up with four
/// decimals (<c>0.0123</c>), below that in scientific notation with two significant digits (<c>2.4e-10</c>), and
/// below <see cref="Floor"/> as <c>&lt; 1e-300</c> (the tails are computed accurately to about that level).
/// </summary>
public static class PValueText
{
    /// <summary>The smallest p-value printed as a number: 1e-300.</summary>
    public const double Floor = 1e-300;

    /// <summary>The p-value as text: <c>0.0123</c>, <c>2.4e-10</c> or <c>&lt; 1e-300</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">p is not between 0 and 1.</exception>
    public static string Format(double p)
    {
        Check(p);
        return p >= 0.001 ? p.ToString("0.0000", CultureInfo.InvariantCulture)
            : p >= Floor ? p.ToString("0.0e-0", CultureInfo.InvariantCulture)
            : "< 1e-300";
    }

    /// <summary>
    /// The p-value as a JSON number: rounded to 4 significant digits (never to 0), and <see cref="Floor"/> for a p-value
    /// below it (then <see cref="IsBelowFloor"/> is true and the text form says <c>&lt; 1e-300</c>).
    /// </summary>
    public static double Rounded(double p)
    {
        Check(p);
        return p < Floor ? Floor : double.Parse(p.ToString("G4", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>Is p below the printed floor of 1e-300 (printed as an upper bound)?</summary>
    public static bool IsBelowFloor(double p) => p < Floor;

    private static void Check(double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A p-value lies between 0 and 1.");
        }
    }
}
