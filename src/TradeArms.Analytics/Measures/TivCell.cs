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

    /// <summary>The cell as SIPRI prints it, invariant culture; <paramref name="format"/> formats reported values (default whole numbers).</summary>
    public static string Format(Tiv value, string format = "#,0") => value.Status switch
    {
        TivStatus.DidNotExist => "did not exist",
        TivStatus.NoDeliveries => NoDeliveries,
        // A reported value that rounds to 0 is also under half a million.
        _ when value.Millions < 0.5 => BelowHalf,
        _ => value.Millions.ToString(format, CultureInfo.InvariantCulture),
    };
}
