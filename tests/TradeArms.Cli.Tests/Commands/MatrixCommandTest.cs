using System.Security.Cryptography;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Columnar;
using TradeArms.Matrix;
using TradeArms.Matrix.Tests;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

public class MatrixCommandTest
{
    // The matrix tests' hand-made matrix, ending in a line break as files do.
    private const string Small = SmallMatrixCsv.Text + "\n";

    [Fact]
    public void Summarize_WritesEveryPairAndPeriodWithComputedFigures()
    {
        using var temp = new TempFolder();
        var input = temp.Write("small.csv", Small);
        var output = temp.File("out/result.csv");

        var result = Tool.Run("matrix", "summarize", input, "--out", output);

        Assert.Equal(0, result.ExitCode);
        // Expected figures by hand; the long decimals are python3's repr (shortest round-trip) of 6/14 and -6.6/15.4.
        Assert.Equal("""
            reporter,partner,year,exports,imports,balance,turnover,coverage,normalised_balance
            AAA,BBB,2000,10,4,6,14,2.5,0.42857142857142855
            AAA,BBB,2001,6,0,6,6,,1
            AAA,BBB,2002,,5,,,,
            BBB,AAA,2000,4.4,11,-6.6,15.4,0.4,-0.42857142857142855
            "C, Rep. of",AAA,2001,3,,,,,

            """, File.ReadAllText(output));
        Assert.Matches(@"^Loaded 9 cells \(3 actors, 3 pairs, 3 periods, US\$ million\) in [0-9.]+ s: [0-9,]+ rows/s, [0-9.,]+ MB/s\.", result.Error);
        Assert.Matches(@"Wrote 5 rows \(csv\) to .*result\.csv in [0-9.]+ s\.", result.Error);
        Assert.Matches(@"Elapsed [0-9.]+ s \([0-9,]+ input rows/s\)\.", result.Error);
        Assert.False(File.Exists(temp.File("out/.result.csv.tmp")));
    }

    [Fact]
    public void Summarize_ToStandardOutput()
    {
        using var temp = new TempFolder();
        var result = Tool.Run("matrix", "summarize", temp.Write("small.csv", Small), "--out", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("reporter,partner,year,exports,imports,balance,turnover,coverage,normalised_balance\nAAA,BBB,2000,10,4,6,14,2.5,", result.Out);
    }

    [Fact]
    public void Summarize_Parquet_ReadsBack()
    {
        using var temp = new TempFolder();
        var output = temp.File("result.parquet");
        var result = Tool.Run("matrix", "summarize", temp.Write("small.csv", Small), "--out", output, "--format", "parquet");
        Assert.Equal(0, result.ExitCode);
        using var stream = File.OpenRead(output);
        var back = TradeMatrixParquet.Read(stream, output);
        Assert.Equal(6, back.Summarize().Balance["AAA", "BBB", new CalendarYear(2000)]);
        Assert.Equal(MoneyUnit.UsDollarMillions, back.Unit);
    }

    [Fact]
    public void Summarize_Checksum_PrintsCountsAndSums()
    {
        using var temp = new TempFolder();
        var result = Tool.Run("matrix", "summarize", temp.Write("small.csv", Small), "--checksum");
        Assert.Equal(0, result.ExitCode);
        // By hand: exports 10 + 6 + 4.4 + 3, imports 4 + 0 + 5 + 11; balances 6 + 6 - 6.6; coverage 2.5 + 0.4.
        Assert.Equal("""
            pairs 3
            periods 3
            exports 4 23.4
            imports 4 20
            balance 3 5.4
            turnover 3 35.4
            coverage 2 2.9
            normalised_balance 3 1
            """.Replace("\r", "", StringComparison.Ordinal) + "\n", result.Out);
    }

    [Fact]
    public void Summarize_Trends_AddTheTrendChecksums()
    {
        using var temp = new TempFolder();
        var result = Tool.Run("matrix", "summarize", temp.Write("small.csv", Small), "--checksum", "--trends");
        Assert.Equal(0, result.ExitCode);
        // AAA-BBB exports 10, 6, missing: one change, -40%; CAGR 2000..2002 undefined (end missing).
        Assert.Contains("exports_yoy_growth 1 -40\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("exports_cagr 0 0\n", result.Out, StringComparison.Ordinal);
        // Top-5 export shares: AAA 2000 {BBB 1}, 2001 {BBB 1}; BBB 2000 {AAA 1}; C 2001 {AAA 1}.
        Assert.Contains("exports_top5_share 4 4\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_Trends_LeaveWorldOutOfTopPartnersUnlessAsked()
    {
        // AAA exports 2000: BBB 30, CCC 10, World 40 (the IMF aggregate). Without World: shares 0.75 + 0.25 = 1;
        // with it: 40/80 + 30/80 + 10/80 = 1 over three partners.
        using var temp = new TempFolder();
        var input = temp.Write("world.csv", "reporter,partner,year,flow,value\nAAA,BBB,2000,X,30\nAAA,CCC,2000,X,10\nAAA,World,2000,X,40\n");
        var without = Tool.Run("matrix", "summarize", input, "--checksum", "--trends");
        Assert.Contains("exports_top5_share 2 1\n", without.Out, StringComparison.Ordinal);
        var with = Tool.Run("matrix", "summarize", input, "--checksum", "--trends", "--include-aggregates");
        Assert.Contains("exports_top5_share 3 1\n", with.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_BadRow_ExitsTwoWithThePosition()
    {
        using var temp = new TempFolder();
        var input = temp.Write("bad.csv", "reporter,partner,year,flow,value\nAAA,BBB,2000,X,ten\n");
        var result = Tool.Run("matrix", "summarize", input, "--out", temp.File("r.csv"));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {input}:2:5: expected a number such as 1234.5, or an empty cell for a missing value, found 'ten'.\n", result.Error);
        Assert.False(File.Exists(temp.File("r.csv")));
    }

    [Theory]
    [InlineData(new[] { "matrix", "summarize" }, "error: matrix summarize takes exactly one tidy CSV file.")]
    [InlineData(new[] { "matrix", "summarize", "x.csv" }, "error: matrix summarize needs --out <result.csv> (or --checksum).")]
    [InlineData(new[] { "matrix", "summarize", "x.csv", "--out", "r.csv", "--format", "xlsx" }, "error: --format takes csv or parquet, not 'xlsx'.")]
    [InlineData(new[] { "matrix", "generate", "--out", "g.csv" }, "error: matrix generate needs --rows <n>.")]
    [InlineData(new[] { "matrix", "generate", "--rows", "many", "--out", "g.csv" }, "error: --rows: expected a number of rows such as 1000000 or 10M, found 'many'.")]
    public void UsageErrors_ExitTwo(string[] args, string message)
    {
        var result = Tool.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_SameSeedSameBytes_AndTheRowsAskedFor()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, Tool.Run("matrix", "generate", "--rows", "20k", "--out", temp.File("a.csv"), "--seed", "42").ExitCode);
        Assert.Equal(0, Tool.Run("matrix", "generate", "--rows", "20000", "--out", temp.File("b.csv"), "--seed", "42").ExitCode);
        Assert.Equal(0, Tool.Run("matrix", "generate", "--rows", "20000", "--out", temp.File("c.csv"), "--seed", "43").ExitCode);
        var a = File.ReadAllBytes(temp.File("a.csv"));
        Assert.Equal(SHA256.HashData(a), SHA256.HashData(File.ReadAllBytes(temp.File("b.csv"))));
        Assert.NotEqual(SHA256.HashData(a), SHA256.HashData(File.ReadAllBytes(temp.File("c.csv"))));
        Assert.Equal(20_001, File.ReadAllLines(temp.File("a.csv")).Length);
        var m = TradeMatrixCsvReader.Read(temp.File("a.csv"), new TradeMatrixReadOptions { Unit = MoneyUnit.UsDollarMillions });
        Assert.Equal(20_000, m.GivenCellCount);
    }

    [Fact]
    public void Help_ListsTheMatrixCommands()
    {
        var result = Tool.Run("--help");
        Assert.Contains("matrix summarize", result.Out, StringComparison.Ordinal);
        Assert.Contains("matrix generate", result.Out, StringComparison.Ordinal);
    }
}
