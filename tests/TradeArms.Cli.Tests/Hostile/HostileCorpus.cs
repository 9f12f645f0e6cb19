using System.Text;
using TradeArms.Tests.Infrastructure;
using K = TradeArms.Cli.Tests.Hostile.HostileKind;

namespace TradeArms.Cli.Tests.Hostile;

/// <summary>
/// The hostile corpus: every case is one of the shipped files (SIPRI's Pakistan and Russia tables, Table 1, the IMF
/// DOTS extract), the hand-made register rows of tests/Shared, or a small hand-made matrix, edited in memory in one
/// hostile way (an extreme year or value, a crafted name, a mixed encoding, a cut, a planted link), with the exact
/// outcome. Nothing beyond data/ is committed; the edits are made here.
/// </summary>
internal static partial class HostileCorpus
{
    public static string Pakistan { get; } = File.ReadAllText(RepositoryRoot.Combine("data", "sipri", "by-recipient-2022-04-22", "Pakistan.csv"), Encoding.Latin1);

    public static string Russia { get; } = File.ReadAllText(RepositoryRoot.Combine("data", "sipri", "by-exporter-2022-07-28", "TIV-Export-RUS-1950-2021.csv"), Encoding.Latin1);

    public static string Table1 { get; } = File.ReadAllText(RepositoryRoot.Combine("data", "trade", "pakistan-russia-table1.tsv"), Encoding.UTF8);

    public static string Dots { get; } = File.ReadAllText(RepositoryRoot.Combine("data", "trade", "imf-dots-pakistan-russia.csv"), Encoding.UTF8);

    public const string Matrix = "reporter,partner,year,flow,value\nAAA,BBB,2000,X,10\nAAA,BBB,2000,M,4\nAAA,BBB,2001,X,6\nBBB,AAA,2000,X,4.4\n";

    /// <summary>The text with line <paramref name="number"/> (1-based) changed.</summary>
    public static string Line(string text, int number, Func<string, string> edit)
    {
        var lines = text.Split('\n');
        lines[number - 1] = edit(lines[number - 1]);
        return string.Join('\n', lines);
    }

    /// <summary>The text with field <paramref name="column"/> (1-based) of line <paramref name="number"/> set (unquoted lines only).</summary>
    public static string Field(string text, int number, int column, string value, char delimiter = ',') => Line(text, number, l =>
    {
        var fields = l.Split(delimiter);
        fields[column - 1] = value;
        return string.Join(delimiter, fields);
    });

    public static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    public static byte[] Crlf(string text) => Latin1(text.Replace("\n", "\r\n", StringComparison.Ordinal));

    public static byte[] Cr(string text) => Latin1(text.Replace("\n", "\r", StringComparison.Ordinal));

    /// <summary>Two lines in different encodings: <paramref name="utf8Line"/>'s text as UTF-8, <paramref name="cp1252Line"/>'s as Windows-1252.</summary>
    public static byte[] Mixed(string text, int utf8Line, int cp1252Line, string utf8Text, string cp1252Text)
    {
        var lines = text.Split('\n');
        lines[utf8Line - 1] = "\u0001U\u0001";
        lines[cp1252Line - 1] = "\u0001W\u0001";
        var bytes = Latin1(string.Join('\n', lines));
        var result = new List<byte>();
        var body = Encoding.Latin1.GetString(bytes);
        foreach (var piece in System.Text.RegularExpressions.Regex.Split(body, "(\u0001[UW]\u0001)"))
        {
            result.AddRange(piece switch
            {
                "\u0001U\u0001" => new UTF8Encoding(false).GetBytes(utf8Text),
                "\u0001W\u0001" => Encoding.Latin1.GetBytes(cp1252Text), // Windows-1252 and Latin-1 agree on ü and é
                _ => Encoding.Latin1.GetBytes(piece),
            });
        }
        return [.. result];
    }

    public static byte[] Utf16NoBom(string text) => Encoding.Unicode.GetBytes(text);

    public static byte[] Utf16Bom(string text) => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];

    public static (string, byte[]?) F(string name, byte[] bytes) => (name, bytes);

    public static (string, byte[]?) F(string name, string text) => (name, Utf8(text));

    /// <summary>A case whose exact message is in expected-errors.txt under its reader and name.</summary>
    public static HostileCase Error(string reader, string name, (string, byte[]?)[] files, params string[] args) =>
        new(name, reader, files, args, K.ClearError, "");

    public static HostileCase Result(string reader, string name, (string, byte[]?)[] files, string[] args, string expected, Func<TradeArms.Cli.Tests.Infrastructure.CliResult, string, string?>? check = null) =>
        new(name, reader, files, args, K.CorrectResult, expected, check);

    public static IEnumerable<HostileCase> All() =>
        SipriTables().Concat(TradeTables()).Concat(DotsCsv()).Concat(Registers()).Concat(Matrices()).Concat(Tidy()).Concat(Options()).Concat(OutputPaths())
            .Concat(MilexWorkbooks()).Concat(ImtsFiles()).Concat(Codes());
}
