namespace TradeArms.Cli.Tests.Hostile;

internal static partial class HostileCorpus
{
    private static readonly string[] SharesPakistan = ["arms", "shares", "--recipient", "Pakistan", "--data", "{dir}/t.csv", "--from", "2017", "--to", "2021", "--format", "csv"];
    private static readonly string[] SharesRussia = ["arms", "shares", "--supplier", "Russia", "--data", "{dir}/t.csv", "--from", "2017", "--to", "2021", "--format", "csv"];

    /// <summary>Standard output of the unedited Pakistan table under <see cref="SharesPakistan"/>: China 2931 of 4071 TIV million, 71.9971%.</summary>
    public const string PakistanShares = "rank,supplier,partners,tiv,share,status\n1,China,1,2931,71.99705232129699,reported\n2,Sweden,1,260,6.386637189879636,reported\n3,Russia,1,229,5.625153524932449,reported\n";

    private static IEnumerable<HostileCase> SipriTables()
    {
        const string R = "SIPRI TIV table (by recipient)";
        const string S = "SIPRI TIV table (by supplier)";
        foreach (var (view, text, args, nameLine, cell) in new[] { (R, Pakistan, SharesPakistan, 16, 73), (S, Russia, SharesRussia, 52, 73) })
        {
            (string, byte[]?)[] T(byte[] b) => [F("t.csv", b)];
            yield return Error(view, "header year 9999", T(Latin1(Field(text, HeaderLine(text), 73, "9999"))), args);
            yield return Error(view, "header year 0001 first", T(Latin1(Field(text, HeaderLine(text), 2, "0001"))), args);
            yield return Error(view, "header year 2201", T(Latin1(Field(text, HeaderLine(text), 73, "2201"))), args);
            yield return Error(view, "400-digit TIV", T(Latin1(Field(text, nameLine, cell, "1" + new string('0', 399)))), args);
            yield return Error(view, "TIV 1e308 as digits", T(Latin1(Field(text, nameLine, cell, "17" + new string('0', 307)))), args);
            yield return Error(view, "TIV just above 1e9", T(Latin1(Field(text, nameLine, cell, "1000000001"))), args);
            yield return Error(view, "TIV in exponent form", T(Latin1(Field(text, nameLine, cell, "1e308"))), args);
            yield return Error(view, "TIV Infinity", T(Latin1(Field(text, nameLine, cell, "Infinity"))), args);
            yield return Error(view, "TIV NaN", T(Latin1(Field(text, nameLine, cell, "NaN"))), args);
            yield return Error(view, "negative TIV", T(Latin1(Field(text, nameLine, cell, "-5"))), args);
            yield return Error(view, "NUL byte in a name", T(Latin1(Field(text, nameLine, 1, "Chi\0na"))), args);
            yield return Error(view, "control character in a name", T(Latin1(Field(text, nameLine, 1, "Chi\u0001na"))), args);
            yield return Error(view, "escape sequence in a name", T(Latin1(Field(text, nameLine, 1, "\u001b[31mRed"))), args);
            yield return Error(view, "70000-character name", T(Latin1(Field(text, nameLine, 1, new string('A', 70_000)))), args);
            yield return Error(view, "201-character name", T(Latin1(Field(text, nameLine, 1, new string('B', 201)))), args);
            yield return Error(view, "UTF-16 without byte-order mark", T(Utf16NoBom(text)), args);
            yield return Error(view, "UTF-16 with byte-order mark", T(Utf16Bom(text)), args);
            yield return Error(view, "UTF-8 line then Windows-1252 line", T(Mixed(text, nameLine - 1, nameLine + 1, Line(text, nameLine - 1, l => "Türkiye" + l[l.IndexOf(',')..]).Split('\n')[nameLine - 2], Line(text, nameLine + 1, l => "Réunion" + l[l.IndexOf(',')..]).Split('\n')[nameLine])), args);
            yield return Error(view, "Windows-1252 line then UTF-8 line", T(Mixed(text, nameLine + 1, nameLine - 1, Line(text, nameLine + 1, l => "Türkiye" + l[l.IndexOf(',')..]).Split('\n')[nameLine], Line(text, nameLine - 1, l => "Réunion" + l[l.IndexOf(',')..]).Split('\n')[nameLine - 2])), args);
            yield return Error(view, "cut before the Total row", T(Latin1(text[..text.IndexOf("\nTotal", StringComparison.Ordinal)])), args);
            yield return Error(view, "cut mid-number in the Total row", T(Latin1(text[..(text.IndexOf("\nTotal", StringComparison.Ordinal) + 12)])), args);
            yield return Error(view, "a folder given as the file", [("t.csv", null)], args);
        }
        yield return Result(R, "CRLF line ends", [F("t.csv", Crlf(Pakistan))], SharesPakistan, PakistanShares);
        yield return Result(R, "CR-only line ends", [F("t.csv", Cr(Pakistan))], SharesPakistan, PakistanShares);
        yield return Result(R, "UTF-8 byte-order mark", [F("t.csv", [0xEF, 0xBB, 0xBF, .. Latin1(Pakistan)])], SharesPakistan, PakistanShares);
        yield return Result(R, "row total of exactly 1e9 is accepted", [F("t.csv", Latin1(Field(Field(Pakistan, 16, 73, "999983496"), 16, 74, "1000000000")))],
            ["arms", "shares", "--recipient", "Pakistan", "--data", "{dir}/t.csv", "--from", "2021", "--to", "2021", "--format", "csv"], "1,China,1,999983496,");
        yield return Result(R, "200-character name is accepted", [F("t.csv", Latin1(Field(Pakistan, 16, 1, new string('B', 200))))], SharesPakistan,
            "1," + new string('B', 200) + ",1,2931,71.99705232129699,reported\n");
        yield return Result(R, "formula name '=' neutralised", [F("t.csv", Latin1(Field(Pakistan, 16, 1, "=HYPERLINK(1)")))],
            SharesPakistan, "1,'=HYPERLINK(1),1,2931,71.99705232129699,reported\n");
        yield return Result(R, "formula name with a comma neutralised and quoted", [F("t.csv", Latin1(Field(Pakistan, 16, 1, "\"=HYPERLINK(1,2)\"")))],
            SharesPakistan, "1,\"'=HYPERLINK(1,2)\",1,2931,71.99705232129699,reported\n");
        yield return Result(R, "formula name '+' neutralised", [F("t.csv", Latin1(Field(Pakistan, 16, 1, "+1+cmd")))], SharesPakistan, "1,'+1+cmd,1,2931,71.99705232129699,reported\n");
        yield return Result(R, "formula name '-' neutralised", [F("t.csv", Latin1(Field(Pakistan, 16, 1, "-2+3")))], SharesPakistan, "1,'-2+3,1,2931,71.99705232129699,reported\n");
        yield return Result(R, "formula name '@' neutralised", [F("t.csv", Latin1(Field(Pakistan, 16, 1, "@SUM(A1)")))], SharesPakistan, "1,'@SUM(A1),1,2931,71.99705232129699,reported\n");
        yield return Result(R, "formula name with --csv-raw kept raw", [F("t.csv", Latin1(Field(Pakistan, 16, 1, "@SUM(A1)")))], [.. SharesPakistan, "--csv-raw"], "1,@SUM(A1),1,2931,71.99705232129699,reported\n");
        yield return Result(R, "formula name in JSON unchanged", [F("t.csv", Latin1(Field(Pakistan, 16, 1, "=1+1")))],
            ["arms", "shares", "--recipient", "Pakistan", "--data", "{dir}/t.csv", "--from", "2017", "--to", "2021", "--format", "json"], "\"supplier\": \"=1\\u002B1\"");
        yield return Result(S, "CRLF line ends", [F("t.csv", Crlf(Russia))], SharesRussia, "1,India,");
        yield return Result(S, "CR-only line ends", [F("t.csv", Cr(Russia))], SharesRussia, "1,India,");
    }

    private static int HeaderLine(string text) => Array.FindIndex(text.Split('\n'), l => l.StartsWith(",1950,", StringComparison.Ordinal)) + 1;
}
