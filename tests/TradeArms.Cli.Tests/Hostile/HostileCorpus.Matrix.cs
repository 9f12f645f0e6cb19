using TradeArms.Cli.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Hostile;

internal static partial class HostileCorpus
{
    private static readonly string[] Summarize = ["matrix", "summarize", "{dir}/m.csv", "--out", "{dir}/out.csv"];

    /// <summary>The output file must exist and contain <paramref name="text"/>.</summary>
    private static Func<CliResult, string, string?> OutContains(string text, string file = "out.csv") => (_, dir) =>
    {
        var path = Path.Combine(dir, file);
        return !File.Exists(path) ? file + " was not written"
            : File.ReadAllText(path).Contains(text, StringComparison.Ordinal) ? null : $"{file} lacks '{text}': {File.ReadAllText(path)}";
    };

    private static IEnumerable<HostileCase> Matrices()
    {
        const string M = "matrix CSV";
        (string, byte[]?)[] Csv(string text) => [F("m.csv", Utf8(text))];
        yield return Error(M, "years 0001 and 9998", Csv("reporter,partner,year,flow,value\nAAA,BBB,0001,X,1\nAAA,BBB,9998,X,2\n"), Summarize);
        yield return Error(M, "year 9999", Csv(Field(Matrix, 3, 3, "9999")), Summarize);
        yield return Error(M, "year 1699", Csv(Field(Matrix, 3, 3, "1699")), Summarize);
        yield return Error(M, "fiscal year 9998-99", Csv(Field(Matrix, 3, 3, "9998-99")), [.. Summarize, "--fiscal-year-start", "July"]);
        yield return Error(M, "negative flow", Csv(Field(Matrix, 3, 5, "-4")), Summarize);
        yield return Error(M, "1e308", Csv(Field(Matrix, 3, 5, "1e308")), Summarize);
        yield return Error(M, "two values near 1.7e308", Csv("reporter,partner,year,flow,value\nAAA,BBB,2000,X,1.7e308\nAAA,BBB,2000,M,1.7e308\n"), Summarize);
        yield return Error(M, "400-digit value", Csv(Field(Matrix, 3, 5, new string('9', 400))), Summarize);
        yield return Error(M, "NaN", Csv(Field(Matrix, 3, 5, "NaN")), Summarize);
        yield return Error(M, "-Infinity", Csv(Field(Matrix, 3, 5, "-Infinity")), Summarize);
        yield return Error(M, "NUL byte in a name", Csv(Field(Matrix, 3, 1, "A\0A")), Summarize);
        yield return Error(M, "control character in a name", Csv(Field(Matrix, 3, 2, "B\u0001B")), Summarize);
        yield return Error(M, "70000-character name", Csv(Field(Matrix, 3, 1, new string('A', 70_000))), Summarize);
        yield return Error(M, "UTF-16 without byte-order mark", [F("m.csv", Utf16NoBom(Matrix))], Summarize);
        yield return Error(M, "UTF-16 with byte-order mark", [F("m.csv", Utf16Bom(Matrix))], Summarize);
        yield return Error(M, "Windows-1252 name in a UTF-8 file", [F("m.csv", Mixed(Matrix, 2, 4, "Türkiye,BBB,2000,X,10", "Réunion,BBB,2001,X,6"))], Summarize);
        yield return Error(M, "no line break after the last row", Csv(Matrix.TrimEnd('\n')), Summarize);
        yield return Error(M, "cut mid-number (292.91389 as 292.913)", Csv(Matrix + "BBB,AAA,2001,X,292.913"), Summarize);
        yield return Error(M, "cut mid-row", Csv(Matrix + "BBB,AAA,20"), Summarize);
        yield return Error(M, "a folder given as the input", [("m.csv", null)], Summarize);
        yield return Result(M, "CR-only line ends", [F("m.csv", Cr(Matrix))], Summarize, "", OutContains("AAA,BBB,2000,10,4,6,14,2.5,0.42857142857142855\n"));
        yield return Result(M, "CRLF line ends", [F("m.csv", Crlf(Matrix))], Summarize, "", OutContains("AAA,BBB,2000,10,4,6,14,2.5,0.42857142857142855\n"));
        yield return Result(M, "years 1700 and 2200 (the whole range) in linear memory", Csv("reporter,partner,year,flow,value\nAAA,BBB,1700,X,1\nAAA,BBB,2200,X,2\n"), Summarize, "",
            OutContains("AAA,BBB,1700,1,,,,,\nAAA,BBB,2200,2,,,,,\n"));
        yield return Result(M, "largest accepted value", Csv("reporter,partner,year,flow,value\nAAA,BBB,2000,X,1e15\nAAA,BBB,2000,M,1e15\n"), Summarize, "",
            OutContains("AAA,BBB,2000,1000000000000000,1000000000000000,0,2000000000000000,1,0\n"));
        yield return Result(M, "minus zero is zero", Csv(Field(Matrix, 3, 5, "-0")), Summarize, "", OutContains("AAA,BBB,2000,10,0,10,10,,1\n"));
        yield return Result(M, "formula label neutralised", Csv(Field(Matrix, 5, 1, "=cmd")), Summarize, "", OutContains("'=cmd,AAA,2000,4.4,"));
        yield return Result(M, "formula label '-' neutralised, negative balance stays a number", Csv(Field(Field(Matrix, 5, 1, "-x"), 2, 5, "1")), Summarize, "",
            OutContains("AAA,BBB,2000,1,4,-3,5,0.25,-0.6\n"));
        yield return Result(M, "formula label with --csv-raw", Csv(Field(Matrix, 5, 1, "=cmd")), [.. Summarize, "--csv-raw"], "", OutContains("\n=cmd,AAA,2000,4.4,"));
        yield return Result(M, "formula label to standard output", Csv(Field(Matrix, 5, 1, "@x")), ["matrix", "summarize", "{dir}/m.csv", "--out", "-"], "\n'@x,AAA,2000,4.4,");
        yield return Result(M, "200-character label", Csv(Field(Matrix, 5, 1, new string('L', 200))), Summarize, "", OutContains(new string('L', 200) + ",AAA,2000,4.4,"));
    }

    private static IEnumerable<HostileCase> Tidy()
    {
        const string T = "tidy TIV CSV";
        const string Good = "supplier,recipient,year,tiv\nChina,Pakistan,2017,683\nChina,Pakistan,2018,499\nUnited States,Pakistan,2018,0\n";
        string[] args = ["@lib", "tidy", "{dir}/t.csv"];
        (string, byte[]?)[] Csv(string text) => [F("t.csv", Utf8(text))];
        yield return Error(T, "year 9999", Csv(Field(Good, 2, 3, "9999")), args);
        yield return Error(T, "year 0001", Csv(Field(Good, 2, 3, "0001")), args);
        yield return Error(T, "400-digit TIV", Csv(Field(Good, 2, 4, new string('4', 400))), args);
        yield return Error(T, "TIV 1e308 as digits", Csv(Field(Good, 2, 4, "1" + new string('0', 308))), args);
        yield return Error(T, "negative TIV", Csv(Field(Good, 2, 4, "-683")), args);
        yield return Error(T, "control character in a name", Csv(Field(Good, 2, 1, "Ch\u0003ina")), args);
        yield return Error(T, "70000-character name", Csv(Field(Good, 2, 2, new string('P', 70_000))), args);
        yield return Error(T, "no line break after the last row", Csv(Good.TrimEnd('\n')), args);
        yield return Error(T, "cut mid-number (499 as 49)", Csv(Good.Replace(",2018,0\n", ",2018,499\n", StringComparison.Ordinal).TrimEnd('\n')[..^1]), args);
        yield return Error(T, "UTF-16 without byte-order mark", [F("t.csv", Utf16NoBom(Good))], args);
        yield return Error(T, "mixed UTF-8 and Windows-1252", [F("t.csv", Mixed(Good, 2, 4, "Türkiye,Pakistan,2017,683", "Réunion,Pakistan,2018,0"))], args);
        yield return Result(T, "CR-only line ends", [F("t.csv", Cr(Good))], args, "3 observations, 2 suppliers, 1 recipients, 2017-2018, total 1182\n");
        yield return Result(T, "CRLF line ends", [F("t.csv", Crlf(Good))], args, "3 observations, 2 suppliers, 1 recipients, 2017-2018, total 1182\n");
        yield return Result(T, "round trip of a formula name through import", [F("t.csv", Utf8("supplier,recipient,year,tiv\n\"'=x\",Pakistan,2017,1\n"))], args, "1 observations");
    }
}
