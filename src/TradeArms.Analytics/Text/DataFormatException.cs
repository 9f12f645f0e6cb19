using System.Globalization;

namespace TradeArms.Text;

/// <summary>
/// The one exception every TradeArms loader throws for bad input. It names the file, the 1-based line and
/// column, what was expected and what was found, so the user can open the file and fix it.
/// </summary>
/// <remarks>
/// Loaders never return a partial dataset: when this exception is thrown nothing was loaded.
/// The message has the form <c>file:line:column: expected X, found 'Y'.</c> and is part of the public contract
/// (tests compare it word for word).
/// </remarks>
public sealed class DataFormatException : FormatException
{
    /// <summary>Creates the exception for a problem at a position in a source.</summary>
    /// <param name="source">The file path, or a resource or stream name.</param>
    /// <param name="line">The 1-based line number, or 0 when the problem concerns the whole source.</param>
    /// <param name="column">
    /// The 1-based column (field) number, or 0 when the problem concerns the whole line. For an encoding error, found
    /// before the text is split into fields, it is the 1-based byte position within the line.
    /// </param>
    /// <param name="expected">What the loader expected, in words.</param>
    /// <param name="found">The text found (shortened when long), or null when nothing was found.</param>
    public DataFormatException(string source, int line, int column, string expected, string? found)
        : base(Compose(source, line, column, expected, found))
    {
        Source = source;
        Line = line;
        Column = column;
        Expected = expected;
        Found = found;
    }

    /// <summary>The file path or source name.</summary>
    public new string Source { get; }

    /// <summary>The 1-based line number; 0 when the problem concerns the whole source.</summary>
    public int Line { get; }

    /// <summary>
    /// The 1-based column (field) number; 0 when the problem concerns the whole line. For an encoding error (a NUL
    /// byte, a byte sequence invalid in the detected encoding) it is the 1-based byte position within the line.
    /// </summary>
    public int Column { get; }

    /// <summary>What was expected.</summary>
    public string Expected { get; }

    /// <summary>What was found; null when nothing was (end of file, missing column).</summary>
    public string? Found { get; }

    private static string Compose(string source, int line, int column, string expected, string? found)
    {
        var position = line <= 0 ? source
            : column <= 0 ? string.Create(CultureInfo.InvariantCulture, $"{source}:{line}")
            : string.Create(CultureInfo.InvariantCulture, $"{source}:{line}:{column}");
        var what = found is null ? "found nothing" : $"found '{DisplayText.Shorten(found)}'";
        return $"{position}: expected {expected}, {what}.";
    }
}
