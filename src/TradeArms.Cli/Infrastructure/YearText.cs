using System.Text.RegularExpressions;

namespace TradeArms.Cli.Infrastructure;

/// <summary>For option messages: names the accepted range of years when the text holds a year outside it (<c>9999</c>).</summary>
internal static partial class YearText
{
    /// <summary><c> (a year from 1700 to 2200)</c> when <paramref name="text"/> holds a four-digit year outside the range; empty otherwise.</summary>
    public static string Range(string text) =>
        FourDigits().Matches(text).Any(m => !CalendarYear.IsValid(int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)))
            ? " (" + CalendarYear.RangeDescription + ")" : "";

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigits();
}
