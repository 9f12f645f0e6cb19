using System.Globalization;
using TradeArms.Text;

namespace TradeArms.Interactive.Html;

/// <summary>Invariant number text for the tables: a thousands comma, decimals only as needed, a dash for missing.</summary>
internal static class Numbers
{
    /// <summary>What a missing value shows: an en dash, never 0.</summary>
    public const string Missing = "\u2013";

    public static string Format(double? value, string format = "#,0.##") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : Missing;

    /// <summary>A money amount as printed (its decimals kept).</summary>
    public static string Format(Money? value) => value is { } v ? v.ToString("N", null) : Missing;

    /// <summary>A signed amount (<c>+21.15</c>, <c>-48.04</c>), as balances are printed.</summary>
    public static string Signed(Money? value) => value is { } v ? v.ToString("+N", null) : Missing;

    public static string Format(decimal value) => NumberText.Format(value, "N", null);

    public static string Percent(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : Missing;

    /// <summary>A TIV cell: <c>3,798</c>, <c>&lt;0.5</c> for SIPRI's printed 0, a dash for no deliveries, <c>did not exist</c> outside the actor's lifetime.</summary>
    public static string Format(Tiv value) => value.Status == TivStatus.NoDeliveries && value.Millions == 0 ? Missing : value.ToString("N", null);

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);
}
