namespace TradeArms.Text;

/// <summary>
/// How TradeArms writes a text cell of CSV (names, designations, comments; never a number): quoted when it holds a
/// comma, a quote or a line break, and, by default, neutralised when a spreadsheet would run it as a formula
/// (OWASP's rule for CSV injection: a cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return gets a leading <c>'</c>, which spreadsheets show as text). Numbers are written by the writers themselves
/// and never pass through here, so a negative balance stays a number.
/// </summary>
public static class CsvField
{
    /// <summary>The characters that make a spreadsheet read a cell as a formula.</summary>
    public static ReadOnlySpan<char> FormulaStarts => "=+-@\t\r";

    /// <summary>A text cell, quoted where needed; with a leading <c>'</c> when it would start a formula, unless <paramref name="raw"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="raw">True to write the text as it is (no formula neutralisation), e.g. for another program to read.</param>
    public static string Text(string text, bool raw = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = !raw && text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
