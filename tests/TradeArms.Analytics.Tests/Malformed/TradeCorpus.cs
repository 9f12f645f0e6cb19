using System.Text;
using TradeArms.Text;

namespace TradeArms.Tests.Malformed;

/// <summary>
/// Builds malformed trade files from the first lines of the real files in ../shared/data (or of the DERIVED ones), edited
/// in memory: each case is one realistic accident. Nothing of the real files is committed.
/// </summary>
internal static class TradeCorpus
{
    public static readonly Encoding Windows1252 = CodePagesEncoding();

    /// <summary>The first <paramref name="count"/> lines of a file, LF-separated, with a final line break.</summary>
    public static string Head(string path, int count, Encoding encoding) =>
        string.Join('\n', File.ReadLines(path, encoding).Take(count)) + "\n";

    /// <summary>The text with field <paramref name="column"/> (1-based) of line <paramref name="line"/> (1-based) set to <paramref name="value"/>, re-quoted the way the line was.</summary>
    public static string SetField(string text, int line, int column, string value)
    {
        var lines = text.Split('\n');
        var original = lines[line - 1];
        var quoted = original.StartsWith('"');
        var fields = CsvTokenizer.Split(original, ',', "edit")[0].Fields.ToList();
        fields[column - 1] = value;
        lines[line - 1] = string.Join(',', fields.Select(f => quoted && f.Length > 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f));
        return string.Join('\n', lines);
    }

    /// <summary>The text with line <paramref name="line"/> (1-based) replaced.</summary>
    public static string SetLine(string text, int line, string value)
    {
        var lines = text.Split('\n');
        lines[line - 1] = value;
        return string.Join('\n', lines);
    }

    /// <summary>The text with line <paramref name="line"/> (1-based) changed by <paramref name="edit"/>.</summary>
    public static string EditLine(string text, int line, Func<string, string> edit)
    {
        var lines = text.Split('\n');
        lines[line - 1] = edit(lines[line - 1]);
        return string.Join('\n', lines);
    }

    public static byte[] Utf16(string text) => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];

    /// <summary>The bytes with a NUL inserted at a 1-based position of a 1-based line.</summary>
    public static byte[] WithNul(byte[] bytes, int line, int column)
    {
        var index = 0;
        for (var l = 1; l < line; l++)
        {
            index = Array.IndexOf(bytes, (byte)'\n', index) + 1;
        }
        var list = bytes.ToList();
        list.Insert(index + column - 1, 0);
        return [.. list];
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
