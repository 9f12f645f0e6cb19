using System.Globalization;
using System.Text.Json;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

/// <summary>
/// <c>tradearms arms shares</c> on the shipped extract. Expected shares: SIPRI Fact Sheet March 2022 (India: Russia 46%,
/// France 27%, United States 12%; Pakistan: China 72%), exact values from python3 over India.csv and Pakistan.csv
/// (e.g. 7068 / 15356 * 100 = 46.02761135712425, printed to 4 decimals in JSON and CSV).
/// </summary>
public class ArmsSharesCommandTest
{
    [Fact]
    public void Table_India2017To2021_Top3()
    {
        var result = Tool.Run("arms", "shares", "--recipient", "India", "--from", "2017", "--to", "2021", "--top", "3");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.StartsWith("India's arms imports by supplier, 2017-2021 (TIV million; shares of the sum of supplier rows)\n", result.Out, StringComparison.Ordinal);
        // The one TableRenderer: headers in words with units, TIV whole with separators, shares to one decimal.
        Assert.Contains("Rank  Supplier       Partners  TIV (million)  Share (%)\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("   1  Russia                1          7,068       46.0\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("   2  France                1          4,198       27.3\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("   3  United States         1          1,863       12.1\n", result.Out, StringComparison.Ordinal);
        Assert.Contains(" n/a  Others               11          2,227       14.5\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("\nTotal: 15,356 TIV million (100.0%).\nConcentration: HHI 0.309 (3091 on the 0-10000 scale; 14 suppliers, equivalent to 3.2 equal ones)\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("\nCoverage: every year agrees with SIPRI's printed total within rounding.\nUnit: TIV million.\nWindow: 2017-2021.\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("Source: SIPRI Arms Transfers Database", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_Pakistan_HasWindowTotalAndPercentShares()
    {
        // Recipient given by ISO code. China 2931 / 4071 = 71.99705...% -> 71.9971; SIPRI's Total row is 4069.
        var result = Tool.Run("arms", "shares", "--recipient", "PAK", "--from", "2017", "--to", "2021", "--top", "3", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("Pakistan", root.GetProperty("recipient").GetString());
        Assert.Equal("2017-2021", root.GetProperty("window").GetString());
        Assert.Equal(4071, root.GetProperty("total").GetDouble());
        Assert.Equal(4069, root.GetProperty("printedTotal").GetDouble());
        Assert.Equal("TIV million", root.GetProperty("measure").GetString());
        Assert.Equal("verified", root.GetProperty("coverage").GetString());
        var shares = root.GetProperty("shares").EnumerateArray().ToList();
        Assert.Equal(4, shares.Count);
        Assert.Equal("China", shares[0].GetProperty("supplier").GetString());
        Assert.Equal(2931, shares[0].GetProperty("tiv").GetDouble());
        Assert.Equal(71.9971, shares[0].GetProperty("share").GetDouble());
        Assert.Equal("Others", shares[3].GetProperty("supplier").GetString());
        Assert.Equal(JsonValueKind.Null, shares[3].GetProperty("rank").ValueKind);
        Assert.Equal(100, shares.Sum(s => s.GetProperty("share").GetDouble()), 3);
    }

    [Fact]
    public void Json_TotalRowDenominator_UsesSipriTotal()
    {
        // 2931 / 4069 * 100 = 72.03244040304743.
        var result = Tool.Run("arms", "shares", "--recipient", "Pakistan", "--from", "2017", "--to", "2021", "--denominator", "total", "--format", "json");
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("total", json.RootElement.GetProperty("denominator").GetString());
        Assert.Equal(4069, json.RootElement.GetProperty("total").GetDouble());
        Assert.Equal(72.0324, json.RootElement.GetProperty("shares")[0].GetProperty("share").GetDouble());
    }

    [Fact]
    public void Csv_SupplierMarkets()
    {
        // Russia's exports 2017-2021 (by-exporter table): India 7068 of 25300 = 27.93675889328063%.
        var result = Tool.Run("arms", "shares", "--supplier", "Russian Federation", "--from", "2017", "--to", "2021", "--top", "2", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("rank,recipient,partners,tiv,share,status", lines[0]); // status: reported, belowHalf (SIPRI's printed 0)
        // Full precision (the one CSV renderer: shortest round-trip), not rounded to 4 decimals as before.
        Assert.Equal(FormattableString.Invariant($"1,India,1,7068,{7068.0 / 25300 * 100:R},reported"), lines[1]);
        Assert.Equal(FormattableString.Invariant($"2,China,1,5337,{5337.0 / 25300 * 100:R},reported"), lines[2]);
        Assert.Equal("1,India,1,7068,27.936758893280633,reported", lines[1]);
        Assert.StartsWith(",Others,44,", lines[3], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        var sum = lines.Skip(1).Sum(l => double.Parse(l.Split(',')[3], CultureInfo.InvariantCulture));
        Assert.Equal(25300, sum);
    }

    [Fact]
    public void DefaultWindow_IsTheLastFiveYearsOfTheData()
    {
        var result = Tool.Run("arms", "shares", "--recipient", "India");
        Assert.StartsWith("India's arms imports by supplier, 2017-2021 ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void RecipientWithoutItsOwnTable_IsMarkedUnverified()
    {
        // The shipped extract has no by-recipient table for Viet Nam: only Russia's and China's deliveries are loaded.
        var result = Tool.Run("arms", "shares", "--recipient", "Viet Nam", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("unverified", json.RootElement.GetProperty("coverage").GetString());
        Assert.StartsWith("note: SIPRI's printed total of Viet Nam's imports is not in the loaded data", result.Error, StringComparison.Ordinal);

        var refused = Tool.Run("arms", "shares", "--recipient", "Viet Nam", "--denominator", "total");
        Assert.Equal(2, refused.ExitCode);
        Assert.StartsWith("error: SIPRI's Total row of Viet Nam's imports is not in the loaded data", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnDataFile_IsUsed()
    {
        var file = RepositoryRoot.Combine("data", "sipri", "by-recipient-2022-04-22", "Pakistan.csv");
        var result = Tool.Run("arms", "shares", "--recipient", "Pakistan", "--data", file, "--from", "2012", "--to", "2016", "--format", "json");
        using var json = JsonDocument.Parse(result.Out);
        // python3: Pakistan 2012-2016 supplier rows sum to 4547; China 3054 -> 67.16516384429293%.
        Assert.Equal(4547, json.RootElement.GetProperty("total").GetDouble());
        Assert.Equal(67.1652, json.RootElement.GetProperty("shares")[0].GetProperty("share").GetDouble());
        Assert.Equal("Generated: 22 April 2022", json.RootElement.GetProperty("vintage").GetString());
    }

    [Fact]
    public void SovietUnionAsRussia_MergesOnlyWhenAsked()
    {
        // India 1988-1995: the Soviet Union delivered to 1991, Russia from 1992.
        var separate = JsonDocument.Parse(Tool.Run("arms", "shares", "--recipient", "India", "--from", "1988", "--to", "1995", "--format", "json").Out);
        var merged = JsonDocument.Parse(Tool.Run("arms", "shares", "--recipient", "India", "--from", "1988", "--to", "1995", "--format", "json", "--soviet-union-as-russia").Out);
        var names = separate.RootElement.GetProperty("shares").EnumerateArray().Select(s => s.GetProperty("supplier").GetString()).ToList();
        Assert.Contains("Soviet Union", names);
        Assert.Contains("Russia", names);
        double Share(JsonDocument d, string name) =>
            d.RootElement.GetProperty("shares").EnumerateArray().Where(s => s.GetProperty("supplier").GetString() == name).Sum(s => s.GetProperty("tiv").GetDouble());
        Assert.Equal(Share(separate, "Soviet Union") + Share(separate, "Russia"), Share(merged, "Russia"));
        Assert.DoesNotContain("Soviet Union", merged.RootElement.GetProperty("shares").EnumerateArray().Select(s => s.GetProperty("supplier").GetString()));
    }

    [Theory]
    [InlineData(new[] { "arms", "shares" }, "error: arms shares needs either --recipient <name> or --supplier <name>. See 'tradearms arms shares --help'.")]
    [InlineData(new[] { "arms", "shares", "--recipient", "India", "--supplier", "Russia" }, "error: arms shares needs either --recipient <name> or --supplier <name>. See 'tradearms arms shares --help'.")]
    [InlineData(new[] { "arms", "shares", "--recipient", "Narnia" }, "error: Unknown actor 'Narnia'. Use a SIPRI name (e.g. 'Russia'), a common alias ('Russian Federation') or an ISO 3166-1 alpha-3 code ('RUS').")]
    [InlineData(new[] { "arms", "shares", "--recipient", "India", "--from", "2015", "--to", "2025" }, "error: The window 2015-2025 is outside the data: the SIPRI data (Generated: 2022-04-22 and 2022-07-28) covers 1950-2021.")]
    [InlineData(new[] { "arms", "shares", "--recipient", "India", "--from", "2017", "--to", "2016" }, "error: --to (2016) is before --from (2017).")]
    [InlineData(new[] { "arms", "shares", "--recipient", "India", "--from", "17" }, "error: --from: expected a year such as 2017, found '17'.")]
    [InlineData(new[] { "arms", "shares", "--recipient", "India", "--top", "0" }, "error: --top: expected a whole number of at least 1, found '0'. See 'tradearms arms shares --help'.")]
    [InlineData(new[] { "arms", "shares", "--recipient", "India", "--format", "xml" }, "error: --format takes table, json or csv, not 'xml'. See 'tradearms arms shares --help'.")]
    [InlineData(new[] { "arms", "shares", "--recipient", "India", "--denominator", "cells" }, "error: --denominator takes rows or total, not 'cells'.")]
    [InlineData(new[] { "arms", "shares", "--recipient", "India", "--data", "no/such/folder" }, "error: --data: 'no/such/folder' does not exist.")]
    [InlineData(new[] { "arms", "shares", "India" }, "error: arms shares takes no positional arguments (found 'India'). See 'tradearms arms shares --help'.")]
    public void BadInput_ExitsTwoWithAMessageOnStandardError(string[] args, string message)
    {
        var result = Tool.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal(message + "\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("arms shares")]
    [InlineData("arms compare")]
    [InlineData("arms series")]
    [InlineData("trade summary")]
    public void Help_PrintsUsage(string command)
    {
        var result = Tool.Run([.. command.Split(' '), "--help"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:\n  tradearms " + command, result.Out, StringComparison.Ordinal);
        Assert.Contains("  " + command, Tool.Run("--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupWordAlone_ListsItsSubcommands()
    {
        var result = Tool.Run("arms");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: 'arms' needs a subcommand: ", result.Error, StringComparison.Ordinal);
        foreach (var command in new[] { "arms shares", "arms compare", "arms series" })
        {
            Assert.Contains(command, result.Error, StringComparison.Ordinal);
        }
        Assert.Equal("", result.Out);
    }
}
