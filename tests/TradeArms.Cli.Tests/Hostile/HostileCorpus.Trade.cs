namespace TradeArms.Cli.Tests.Hostile;

internal static partial class HostileCorpus
{
    private static readonly string[] Validate = ["validate", "{dir}/t.tsv", "--format", "csv"];
    private static readonly string[] Summary = ["trade", "summary", "{dir}/t.tsv", "--format", "csv"];

    private static IEnumerable<HostileCase> TradeTables()
    {
        const string T = "trade table";
        (string, byte[]?)[] Tsv(string text) => [F("t.tsv", Utf8(text))];
        foreach (var (command, args) in new[] { ("validate", Validate), ("trade summary", Summary) })
        {
            yield return Error(T, command + ": calendar year 9999 among fiscal years", Tsv(Field(Table1, 10, 1, "9999", '\t')), args);
            yield return Error(T, command + ": fiscal year 9998-99", Tsv(Field(Table1, 10, 1, "9998-99", '\t')), args);
            yield return Error(T, command + ": fiscal year FY9999", Tsv(Field(Table1, 10, 1, "FY9999", '\t')), args);
            yield return Error(T, command + ": fiscal year 0001-02", Tsv(Field(Table1, 10, 1, "0001-02", '\t')), args);
            yield return Error(T, command + ": decimal.MaxValue exports", Tsv(Field(Table1, 10, 2, "79228162514264337593543950335", '\t')), args);
            yield return Error(T, command + ": 400-digit imports", Tsv(Field(Table1, 10, 3, new string('9', 400), '\t')), args);
            yield return Error(T, command + ": just above 1e15", Tsv(Field(Table1, 10, 2, "1000000000000001", '\t')), args);
            yield return Error(T, command + ": negative exports", Tsv(Field(Table1, 10, 2, "-189.61", '\t')), args);
            yield return Error(T, command + ": no line break after the last row", Tsv(Table1.TrimEnd('\n')), args);
            yield return Error(T, command + ": cut mid-number", Tsv(Table1[..(Table1.LastIndexOf("-22.61", StringComparison.Ordinal) + 4)]), args);
            yield return Error(T, command + ": UTF-16 without byte-order mark", [F("t.tsv", Utf16NoBom(Table1))], args);
            yield return Error(T, command + ": mixed UTF-8 and Windows-1252", [F("t.tsv", Mixed(Table1, 1, 7, "# title: Pak-Russia Türkiye", "# vintage: Réunion"))], args);
            yield return Error(T, command + ": NUL byte", Tsv(Field(Table1, 11, 2, "207\0.31", '\t')), args);
            yield return Error(T, command + ": a folder given as the file", [("t.tsv", null)], args);
        }
        yield return Result(T, "validate: CRLF line ends", [F("t.tsv", Crlf(Table1))], Validate, "2013-14,balance,48.04,-48.04,96.08,signReversed,12,0.015\n");
        yield return Result(T, "validate: CR-only line ends", [F("t.tsv", Cr(Table1))], Validate, "2013-14,balance,48.04,-48.04,96.08,signReversed,12,0.015\n");
        yield return Result(T, "validate: largest accepted amount", Tsv(Field(Field(Table1, 9, 2, "999999999999000", '\t'), 9, 4, "999999999999162.42", '\t')), Validate,
            "2010-11,balance,21.15,999999999998837.58,");
        yield return Result(T, "trade summary: CR-only line ends", [F("t.tsv", Cr(Table1))], Summary, "2011-12,189.61,202.05,");
        yield return Result(T, "trade summary: last row's balance missing", Tsv(Field(Table1, 13, 5, "", '\t')), Summary, "2014-15,183.84,206.45,");
    }

    private static IEnumerable<HostileCase> DotsCsv()
    {
        const string D = "IMF DOTS CSV";
        string[] args = ["trade", "summary", "{dir}/d.csv", "--reporter", "Pakistan", "--partner", "Russia", "--format", "csv"];
        (string, byte[]?)[] Csv(string text) => [F("d.csv", Utf8(text))];
        yield return Error(D, "year 9999", Csv(Field(Dots, 3, 4, "9999")), args);
        yield return Error(D, "year 0001", Csv(Field(Dots, 3, 4, "0001")), args);
        yield return Error(D, "decimal.MaxValue", Csv(Field(Dots, 3, 5, "79228162514264337593543950335")), args);
        yield return Error(D, "400-digit value", Csv(Field(Dots, 3, 5, new string('7', 400))), args);
        yield return Error(D, "1e30", Csv(Field(Dots, 3, 5, "1e30")), args);
        yield return Error(D, "negative value", Csv(Field(Dots, 3, 5, "-34.2")), args);
        yield return Error(D, "no line break after the last row", Csv(Dots.TrimEnd('\n')), args);
        yield return Error(D, "cut mid-number", Csv(Dots.TrimEnd('\n')[..^3]), args);
        yield return Error(D, "UTF-16 without byte-order mark", [F("d.csv", Utf16NoBom(Dots))], args);
        yield return Error(D, "NUL byte", Csv(Field(Dots, 4, 5, "3\u00004")), args);
        yield return Result(D, "CR-only line ends", [F("d.csv", Cr(Dots))], args, "period,exports,imports,");
        yield return Result(D, "CRLF line ends", [F("d.csv", Crlf(Dots))], args, "period,exports,imports,");
    }
}
