using System.Globalization;

namespace TradeArms;

/// <summary>
/// SIPRI's printing rule for a TIV cell, the one rule every table and chart uses: <c>-</c> for no deliveries,
/// <c>&lt;0.5</c> for deliveries under 0.5 TIV million (SIPRI prints <c>0</c>), <c>did not exist</c> outside the
/// actor's lifetime, otherwise the value with thousands separated by commas (<c>3,798</c>).
/// </summary>
public static class TivCell
{
    /// <summary>The printed mark for no deliveries.</summary>
    public const string NoDeliveries = "-";

    /// <summary>The printed mark for deliveries under 0.5 TIV million.</summary>
    public const string BelowHalf = "<0.5";

    /// <summary>
    /// The cell as SIPRI prints it, invariant culture; <paramref name="format"/> formats reported values (default whole
    /// numbers). The same rule as <see cref="Tiv"/>'s <c>G</c>/<c>N</c> formats: a positive value that prints as 0 is <c>&lt;0.5</c>.
    /// </summary>
    public static string Format(Tiv value, string format = "#,0") => value.Cell(value.Millions.ToString(format, CultureInfo.InvariantCulture), withUnit: false, raw: false);
}
