using System.Globalization;

namespace TradeArms.Interactive.Html;

/// <summary>The footnote lines every table carries: unit, window and source (with the vintage).</summary>
internal static class Footnotes
{
    public static string Unit(string unit) => "Unit: " + unit + ".";

    public static string Window(string window) => "Window: " + window + ".";

    public static string Source(DataSource source)
    {
        var text = "Source: " + source.Citation.TrimEnd('.');
        if (source.Vintage is { } vintage)
        {
            text += "; " + vintage.TrimEnd('.');
        }
        return text + ".";
    }

    public static string Window(IReadOnlyList<Period> periods) => periods.Count == 0 ? "Window: no periods."
        : periods[0].Kind == PeriodKind.FiscalYear
            ? string.Create(CultureInfo.InvariantCulture, $"Window: fiscal years {periods[0]} to {periods[^1]} ({periods[0].FiscalYear.Convention}).")
            : periods.Count == 1 ? $"Window: {periods[0]}." : $"Window: {periods[0]}-{periods[^1]}.";
}
