using System.Text.Json.Serialization.Metadata;
using TradeArms.Text;

namespace TradeArms.Cli.Json;

/// <summary>
/// The one way the CLI prints JSON: a record DTO serialized with the source-generated <see cref="CliJsonContext"/>
/// (camelCase, indented, a final line break). Numbers follow one rule: a figure with a known source precision is
/// rounded to it here (TIV to <see cref="Tiv.PublishedDecimals"/>, statistics to the decimals the command states),
/// decimals print without trailing zeros, every other double in its shortest round-trip form; null stays null and a
/// non-finite number is refused as a defect (exit 70), never printed.
/// </summary>
internal static class JsonOutput
{
    /// <summary>The JSON text of <paramref name="value"/>, ending with a line break.</summary>
    public static string Write<T>(T value, JsonTypeInfo<T> type) =>
        System.Text.Json.JsonSerializer.Serialize(value, type) + "\n";

    /// <summary>A TIV as a JSON number: the millions with at most the two decimals SIPRI publishes (58.6, not 58.59999999999998).</summary>
    public static double Tiv(Tiv value) => NumberText.Round(value.Millions, TradeArms.Tiv.PublishedDecimals);

    /// <summary>A TIV as a JSON number, or null.</summary>
    public static double? Tiv(Tiv? value) => value is { } v ? Tiv(v) : null;

    /// <summary>TIV millions as a JSON number with at most two decimals.</summary>
    public static double Millions(double millions) => NumberText.Round(millions, TradeArms.Tiv.PublishedDecimals);

    /// <summary>A computed figure rounded to the <paramref name="decimals"/> its command states (away from zero), or null.</summary>
    public static double? Round(double? value, int decimals = 4) => value is { } v ? NumberText.Round(v, decimals) : null;

    /// <summary>A p-value as a number rounded to 4 significant digits (1e-300 below that), or null.</summary>
    public static double? PValue(double? p) => p is { } v ? TradeArms.Text.PValueText.Rounded(v) : null;

    /// <summary>A p-value as text (<c>2.4e-10</c>, <c>&lt; 1e-300</c>), or null.</summary>
    public static string? PValueText(double? p) => p is { } v ? TradeArms.Text.PValueText.Format(v) : null;
}
