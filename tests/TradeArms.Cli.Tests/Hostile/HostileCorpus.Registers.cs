using TradeArms.Tests.Register;

namespace TradeArms.Cli.Tests.Hostile;

internal static partial class HostileCorpus
{
    private static readonly string[] Deals = ["arms", "deals", "--data", "{dir}/r.csv", "--format", "csv"];

    private static string Set(string row, int column, string value)
    {
        var fields = row.Split(',');
        fields[column - 1] = value;
        return string.Join(',', fields);
    }

    private static IEnumerable<HostileCase> Registers()
    {
        const string Full = "Trade Register (full)";
        const string ByYear = "Trade Register (by delivery year)";
        (string, byte[]?)[] R(string text) => [F("r.csv", Utf8(text))];
        string Mi(int column, string value) => RegisterFiles.Full(Set(RegisterFiles.Mi35, column, value), RegisterFiles.T34);
        yield return Error(Full, "order year 9999", R(Mi(3, "9999")), Deals);
        yield return Error(Full, "order year 0001", R(Mi(3, "0001")), Deals);
        yield return Error(Full, "delivery years 1000-9998", R(Mi(11, "1000-9998")), Deals);
        yield return Error(Full, "delivery year 9999", R(Mi(11, "9999")), Deals);
        yield return Error(Full, "delivery years 2018-2201", R(Mi(11, "2018-2201")), Deals);
        yield return Error(Full, "400-digit TIV per unit", R(Mi(14, new string('9', 400))), Deals);
        yield return Error(Full, "TIV of delivered weapons above 1e9", R(Mi(16, "1000000001")), Deals);
        yield return Error(Full, "negative TIV", R(Mi(16, "-46")), Deals);
        yield return Error(Full, "control character in the recipient", R(Mi(1, "Paki\u0007stan")), Deals);
        yield return Error(Full, "escape sequence in the supplier", R(Mi(2, "\u001b]0;pwned\u0007")), Deals);
        yield return Error(Full, "70000-character supplier", R(Mi(2, new string('S', 70_000))), Deals);
        yield return Error(Full, "no line break after the last record", R(RegisterFiles.Full(RegisterFiles.Mi35, RegisterFiles.T34).TrimEnd('\n')), Deals);
        yield return Error(Full, "cut mid-number", R(RegisterFiles.Full(RegisterFiles.Mi35, RegisterFiles.T34).TrimEnd('\n')[..^1]), Deals);
        yield return Error(Full, "UTF-16 without byte-order mark", [F("r.csv", Utf16NoBom(RegisterFiles.FiveDeals))], Deals);
        yield return Error(Full, "mixed UTF-8 and Windows-1252", [F("r.csv", Mixed(RegisterFiles.Full(RegisterFiles.Mi35, RegisterFiles.T34, RegisterFiles.Rd33), 13, 15,
            Set(RegisterFiles.Mi35, 13, "Türkiye"), Set(RegisterFiles.Rd33, 13, "Réunion")))], Deals);
        yield return Error(Full, "NUL byte", R(Mi(13, "a\0b")), Deals);
        yield return Result(Full, "delivery years 1950-2200 (the whole range) load in linear memory", R(Mi(11, "1950-2200")), Deals, "Pakistan,Russia,2015,");
        yield return Result(Full, "CR-only line ends", [F("r.csv", Cr(RegisterFiles.FiveDeals))], Deals, "Pakistan,Russia,2015,");
        yield return Result(Full, "CRLF line ends", [F("r.csv", Crlf(RegisterFiles.FiveDeals))], Deals, "Pakistan,Russia,2015,");
        yield return Result(Full, "formula comment neutralised", R(Mi(13, "=HYPERLINK(\"\"http://x\"\")")), Deals, ",\"'=HYPERLINK(");
        yield return Result(Full, "formula designation neutralised", R(Mi(7, "@SUM(1+1)")), Deals, ",'@SUM(1+1),");
        yield return Result(Full, "formula designation with --csv-raw", R(Mi(7, "@SUM(1+1)")), [.. Deals, "--csv-raw"], ",@SUM(1+1),");
        yield return Result(Full, "negative-looking comment neutralised", R(Mi(13, "-1")), Deals, ",'-1,");

        string By(int column, string value) => RegisterFiles.ByYear(Set(RegisterFiles.Mi35In2018, column, value), RegisterFiles.Il28In1968);
        yield return Error(ByYear, "delivery year 9999", R(By(11, "9999")), Deals);
        yield return Error(ByYear, "order date 9998", R(By(7, "9998")), Deals);
        yield return Error(ByYear, "400-digit TIV", R(By(16, new string('1', 400))), Deals);
        yield return Error(ByYear, "NUL byte in the supplier", R(By(2, "Rus\u0000sia")), Deals);
        yield return Error(ByYear, "control character in the recipient", R(By(3, "Pak\u0002istan")), Deals);
        yield return Error(ByYear, "control character in the supplier", R(By(2, "Rus\u0085sia")), Deals);
        yield return Error(ByYear, "no line break after the last record", R(RegisterFiles.FiveRows.TrimEnd('\n')), Deals);
        yield return Error(ByYear, "UTF-16 without byte-order mark", [F("r.csv", Utf16NoBom(RegisterFiles.FiveRows))], Deals);
        yield return Result(ByYear, "CR-only line ends", [F("r.csv", Cr(RegisterFiles.FiveRows))], Deals, "Pakistan,Russia,");
        yield return Result(ByYear, "formula description neutralised", R(By(5, "+cmd|' /C calc'!A0")), Deals, ",'+cmd|' /C calc'!A0,");

        string[] diff = ["arms", "register-diff", "{dir}/a.csv", "{dir}/b.csv", "--format", "csv"];
        yield return Error(Full, "register-diff: order year 9999 in the new file", [F("a.csv", RegisterFiles.FiveDeals), F("b.csv", Mi(3, "9999"))], diff);
        yield return Error(Full, "register-diff: new file cut short", [F("a.csv", RegisterFiles.FiveDeals), F("b.csv", RegisterFiles.FiveDeals.TrimEnd('\n'))], diff);
        yield return Result(Full, "register-diff: formula comment neutralised", [F("a.csv", RegisterFiles.Full(RegisterFiles.Mi35, RegisterFiles.T34)), F("b.csv", Mi(13, "=1+2"))],
            diff, ",'=1+2,");
        yield return Result(Full, "register-diff: JSON keeps the text and has no non-finite number", [F("a.csv", RegisterFiles.Full(RegisterFiles.Mi35, RegisterFiles.T34)), F("b.csv", Mi(16, "0"))],
            ["arms", "register-diff", "{dir}/a.csv", "{dir}/b.csv", "--format", "json"], "\"changed\"");
    }
}
