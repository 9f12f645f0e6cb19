using System.Globalization;

namespace TradeArms.Text;

/// <summary>Text read from a file or typed by a user, made safe to show in a message.</summary>
public static class DisplayText
{
    /// <summary>
    /// At most 60 characters (then <c>...</c>); line breaks as <c>\r</c> and <c>\n</c>, other control characters (NUL,
    /// escape, ...) as <c>\uXXXX</c>, never printed raw into a terminal.
    /// </summary>
    public static string Shorten(string text)
    {
        const int Max = 60;
        text = text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        var shortened = text.Length <= Max ? text : string.Concat(text.AsSpan(0, Max), "...");
        if (!shortened.Any(char.IsControl))
        {
            return shortened;
        }
        // Other control characters (NUL, escape, ...) are shown as \uXXXX, never printed raw into a terminal.
        var escaped = new System.Text.StringBuilder(shortened.Length + 8);
        foreach (var c in shortened)
        {
            if (char.IsControl(c) && c != '\t')
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                escaped.Append(c);
            }
        }
        return escaped.ToString();
    }
}
