using System.Text;
using TradeArms.Tests.Infrastructure;
using TradeArms.Text;

namespace TradeArms.Tests.Malformed;

/// <summary>
/// Builds the malformed-input corpus from the real files the repository ships (SIPRI's Pakistan.csv, Table 1 of the
/// Pakistan-Russia paper), edited in memory: each case is one realistic accident (a cut download, a spreadsheet
/// re-save, a typo), written into a <see cref="TempFolder"/> by the test. No SIPRI data beyond <c>data/</c> is committed.
/// </summary>
internal static class Corpus
{
    /// <summary>SIPRI's "TIV of arms exports to Pakistan, 1950-2021" (generated 22 April 2022), as shipped.</summary>
    public static string PakistanCsv { get; } = File.ReadAllText(RepositoryRoot.Combine("data", "sipri", "by-recipient-2022-04-22", "Pakistan.csv"), Encoding.Latin1);

    /// <summary>Table 1 of Naqvi and Masood, as shipped (TSV with '# key: value' metadata lines).</summary>
    public static string Table1Tsv { get; } = File.ReadAllText(RepositoryRoot.Combine("data", "trade", "pakistan-russia-table1.tsv"), Encoding.UTF8);

    /// <summary>The text's lines, 0-based (line n of the file is element n - 1); a trailing line break gives a last empty element.</summary>
    public static string[] Lines(string text) => text.Split('\n');

    public static string Join(IEnumerable<string> lines) => string.Join('\n', lines);

    /// <summary>The text with line <paramref name="number"/> (1-based) removed.</summary>
    public static string WithoutLine(string text, int number) => Join(Lines(text).Where((_, i) => i != number - 1));

    /// <summary>The text with <paramref name="line"/> inserted after line <paramref name="after"/> (1-based).</summary>
    public static string WithLineAfter(string text, int after, string line)
    {
        var lines = Lines(text).ToList();
        lines.Insert(after, line);
        return Join(lines);
    }

    /// <summary>The first <paramref name="count"/> characters: a download or copy cut short.</summary>
    public static string Cut(string text, int count) => text[..count];

    /// <summary>The index just after line <paramref name="number"/>'s line break (1-based), plus <paramref name="more"/> characters.</summary>
    public static int After(string text, int number, int more = 0)
    {
        var index = 0;
        for (var n = 0; n < number; n++)
        {
            index = text.IndexOf('\n', index) + 1;
        }
        return index + more;
    }

    /// <summary>
    /// The CSV as a spreadsheet re-saves it with another list separator: the same fields, separated by
    /// <paramref name="delimiter"/>, quoted only where they hold the delimiter, a quote or a line break.
    /// </summary>
    public static string Redelimit(string csv, char delimiter) =>
        string.Concat(CsvTokenizer.Split(csv, ',', "corpus").Select(line =>
            string.Join(delimiter, line.Fields.Select(f => f.IndexOfAny([delimiter, '"', '\n']) >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f)) + "\n"));

    public static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);

    public static byte[] Utf16WithBom(string text) => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];

    public static byte[] Utf16WithoutBom(string text) => Encoding.Unicode.GetBytes(text);

    public static byte[] Utf8WithBom(byte[] body) => [0xEF, 0xBB, 0xBF, .. body];
}
