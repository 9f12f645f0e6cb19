using System.Text.Json;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

/// <summary>
/// <c>tradearms trade summary</c> on Table 1 (shipped) and the shipped IMF DOTS pair. Balance figures by hand from the
/// printed exports and imports; ratios and trends cross-checked with python3 (decimal for ratios; for the trend,
/// statistics.linear_regression(x = 2010..2014 (fiscal start years), y = exports) gives slope -0.20300000000000012;
/// by hand sum((x - 2012) * y) / 10 = (-367.14 - 189.61 + 0 + 187.04 + 367.68) / 10 = -0.203).
/// </summary>
public class TradeSummaryCommandTest
{
    private static readonly string Table1 = RepositoryRoot.Combine("data", "trade", "pakistan-russia-table1.tsv");
    private static readonly string Dots = RepositoryRoot.Combine("data", "trade", "imf-dots-pakistan-russia.csv");

    [Fact]
    public void Table_Table1_ShowsBalanceMeasuresAndTrends()
    {
        var result = Tool.Run("trade", "summary", Table1);

        Assert.Equal(0, result.ExitCode);
        // Two library results rendered one after the other: the balance summary, a blank line, the trend report.
        var parts = result.Out.Split("\n\n");
        Assert.Equal(2, parts.Length);
        Assert.StartsWith("Pakistan-Russia trade balance, US$ million (reporter's view: balance = exports - imports)\n", parts[0], StringComparison.Ordinal);
        Assert.StartsWith("Pakistan-Russia trade trends by flow, US$ million\n", parts[1], StringComparison.Ordinal);
        var lines = result.Out.Split('\n');
        Assert.Contains("2010-11                 183.57                 162.42                  21.15                  345.99      1.13                0.06              53.1              46.9                             21.15", lines);
        Assert.Contains("2014-15                 183.84                 206.45                 -22.61                  390.29      0.89               -0.06              47.1              52.9                           -131.80", lines);
        // Exports: slope -0.203 per year (see above), CAGR ((183.84 / 183.57) ** 0.25 - 1) * 100 = 0.04%.
        Assert.Contains(lines, l => l.StartsWith("exports   Slope per year (OLS)                -0.2 ", StringComparison.Ordinal) && l.EndsWith("    5", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("exports   CAGR (% per year)                   0.04 ", StringComparison.Ordinal) && l.EndsWith("2010-11 to 2014-15", StringComparison.Ordinal));
        Assert.Contains("balance: CAGR undefined: end value -22.61 is negative.", lines);
        Assert.Contains("Window: 2010-11 to 2014-15.", lines);
    }

    [Fact]
    public void Json_Table1_HasPeriodsAndTrendsOfEachFlow()
    {
        var result = Tool.Run("trade", "summary", Table1, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("Pakistan", root.GetProperty("reporter").GetString());
        Assert.Equal("US$ million", root.GetProperty("unit").GetString());
        var first = root.GetProperty("periods")[0];
        Assert.Equal("2010-11", first.GetProperty("period").GetString());
        Assert.Equal(21.15m, first.GetProperty("balance").GetDecimal());
        Assert.Equal(345.99m, first.GetProperty("turnover").GetDecimal());
        // python3 decimal: 183.57 / 162.42 = 1.1302179534540082; (183.57 - 162.42) / 345.99 = 0.061128934362264804.
        Assert.Equal(1.130218, first.GetProperty("coverage").GetDouble());
        Assert.Equal(0.061129, first.GetProperty("normalisedBalance").GetDouble());
        var trends = root.GetProperty("trends").EnumerateArray().ToList();
        Assert.Equal(["exports", "imports", "turnover", "balance"], trends.Select(t => t.GetProperty("flow").GetString()));
        Assert.Equal(-0.203, trends[0].GetProperty("slopePerYear").GetDouble(), 6);
        // python3: ((183.84 / 183.57) ** 0.25 - 1) * 100 = 0.036750...
        Assert.Equal(0.03675, trends[0].GetProperty("cagrPercentPerYear").GetDouble(), 4);
        Assert.Equal(JsonValueKind.Null, trends[3].GetProperty("cagrPercentPerYear").ValueKind);
        Assert.Equal("end value -22.61 is negative", trends[3].GetProperty("cagrReason").GetString());
    }

    [Fact]
    public void Csv_Table1_OneRowPerPeriod()
    {
        var result = Tool.Run("trade", "summary", Table1, "--format", "csv");
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("period,exports,imports,balance,turnover,coverage,normalised_balance,export_share,import_share,cumulative_balance,notes", lines[0]);
        Assert.Equal(6, lines.Length);
        // Ratios at full precision (shortest round-trip): coverage 183.57 / 162.42, normalised balance 21.15 / 345.99, shares of turnover.
        Assert.Equal("2010-11,183.57,162.42,21.15,345.99,1.1302179534540082,0.061128934362264804,53.056446718113236,46.943553281886764,21.15,", lines[1]);
        var cells = lines[1].Split(',');
        double[] expected = [183.57 / 162.42, 21.15 / 345.99, 183.57 / 345.99 * 100, 162.42 / 345.99 * 100];
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], double.Parse(cells[5 + i], System.Globalization.CultureInfo.InvariantCulture), 1e-12);
        }
        Assert.EndsWith(",-131.8,", lines[5], StringComparison.Ordinal); // CSV: no trailing zeros (was -131.80); no notes
    }

    [Fact]
    public void DotsFile_NeedsAReporterAndPartner_ThenSummarisesThatView()
    {
        var refused = Tool.Run("trade", "summary", Dots);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("error: An IMF DOTS file holds both sides' reports for several partners: give --reporter <country> and --partner <country>.\n", refused.Error.ReplaceLineEndings("\n"));

        var result = Tool.Run("trade", "summary", Dots, "--reporter", "Pakistan", "--partner", "Russian Federation", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var y2018 = json.RootElement.GetProperty("periods").EnumerateArray().Single(p => p.GetProperty("period").GetString() == "2018");
        Assert.Equal(484.938791m, y2018.GetProperty("imports").GetDecimal());
        Assert.Equal(150.438963m, y2018.GetProperty("exports").GetDecimal());
        // Hand: 150.438963 - 484.938791 = -334.499828.
        Assert.Equal(-334.499828m, y2018.GetProperty("balance").GetDecimal());
        Assert.StartsWith("International Monetary Fund, Direction of Trade Statistics", json.RootElement.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Table_SharedDotsExtract_RendersTheSummaryAndTrendsOfTheView()
    {
        // ../shared/data/trade/derived/imf-dots-pakistan-russia.csv (the DOTS 2022-02 workbooks' Pakistan-Russia rows):
        // 2018, Pakistan's view: exports 150.438963, imports from Russia 484.938791, balance -334.499828 (hand),
        // coverage 150.438963 / 484.938791 = 0.31, export share 150.438963 / 635.377754 = 23.7%.
        var result = Tool.Run("trade", "summary", SharedData.Path("trade", "derived", "imf-dots-pakistan-russia.csv"), "--reporter", "Pakistan", "--partner", "Russia");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^2018 +150\.44 +484\.94 +-334\.50 +635\.38 +0\.31 +-0\.53 +23\.7 +76\.3 +-?[0-9,.]+ *$"));
        // Imports 1992-2020: OLS slope 12.34 per year, Newey-West lag 3 (statsmodels, see TrendInferenceOutputTest).
        Assert.Contains(lines, l => l.StartsWith("imports   Slope per year (Newey-West)", StringComparison.Ordinal) && l.Contains(" 2.21 ", StringComparison.Ordinal) && l.Contains("7.8", StringComparison.Ordinal) && l.EndsWith("29  lag 3", StringComparison.Ordinal));
        Assert.Contains("Window: 1992 to 2020.", lines);
    }

    [Fact]
    public void DotsFile_UnknownView_ExitsTwo()
    {
        var result = Tool.Run("trade", "summary", Dots, "--reporter", "India", "--partner", "Russia");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: The DOTS data hold no figure reported by India for Russia (reporters: Pakistan, Russia).\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void MalformedTable_ExitsTwoWithThePosition()
    {
        using var temp = new TempFolder();
        var file = temp.Write("bad.csv", "# reporter: PAK\n# partner: RUS\n# unit: US$ million\nYear,Exports,Imports\n2012,1,x\n");
        var result = Tool.Run("trade", "summary", file);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {file}:5:3: expected", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SinglePeriodTable_SaysWhyNoTrend()
    {
        using var temp = new TempFolder();
        var file = temp.Write("one.csv", "# reporter: PAK\n# partner: RUS\n# unit: US$ million\nYear,Exports,Imports\n2012,1,2\n");
        var result = Tool.Run("trade", "summary", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\nexports: CAGR undefined: needs two periods.\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("\nexports: linear trend not fitted: A trend with standard errors needs at least 3 values;", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "trade", "summary" }, "error: trade summary takes exactly one file. See 'tradearms trade summary --help'.")]
    [InlineData(new[] { "trade", "summary", "no/such.csv" }, "error: 'no/such.csv' does not exist.")]
    public void BadInput_ExitsTwo(string[] args, string message)
    {
        var result = Tool.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message + "\n", result.Error.ReplaceLineEndings("\n"));
    }
}
