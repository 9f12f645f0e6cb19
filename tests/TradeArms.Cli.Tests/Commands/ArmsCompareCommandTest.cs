using System.Text.Json;
using TradeArms.Cli.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

/// <summary>
/// <c>tradearms arms compare</c>. Expected values from python3 over India.csv: 2012-2016 rows 19348, 2017-2021 rows
/// 15356, change (15356 - 19348) / 19348 * 100 = -20.632623526979533 (fact sheet: -21%); Russia 68.83% -> 46.03%.
/// </summary>
public class ArmsCompareCommandTest
{
    [Fact]
    public void Table_India_FactSheetWindows()
    {
        var result = Tool.Run("arms", "compare", "--recipient", "India", "--first", "2012-2016", "--second", "2017-2021");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "India's arms imports by supplier, 2012-2016 vs 2017-2021 (TIV million)\n" +
            // The one TableRenderer: every column of the DataFrame in words with units, rank changes signed.
            "Supplier       Partners  First TIV (million)  First share (%)  First rank  Second TIV (million)  Second share (%)  Second rank  Rank change\n" +
            "-------------  --------  -------------------  ---------------  ----------  --------------------  ----------------  -----------  -----------\n" +
            "Russia                1               13,318             68.8           1                 7,068              46.0            1            0\n" +
            "France                1                  393              2.0           5                 4,198              27.3            2           +3\n" +
            "United States         1                2,549             13.2           2                 1,863              12.1            3           -1\n" +
            "Israel                1                1,552              8.0           3                 1,247               8.1            4           -1\n" +
            "Others               13                1,536              7.9         n/a                   980               6.4          n/a          n/a\n" +
            "Total: 19348 in 2012-2016, 15356 in 2017-2021: -20.6%; per-year average 3869.6 vs 3071.2: -20.6%.\n" +
            "Unit: TIV million.\n" +
            "Window: 2012-2016 vs 2017-2021.\n" +
            "Source: SIPRI Arms Transfers Database, Stockholm International Peace Research Institute, https://www.sipri.org/databases/armstransfers; Generated: 2022-04-22 and 2022-07-28.\n",
            result.Out);
    }

    [Fact]
    public void DefaultWindows_AreTheLastFiveYearsAndTheFiveBefore()
    {
        var result = Tool.Run("arms", "compare", "--recipient", "India");
        Assert.StartsWith("India's arms imports by supplier, 2012-2016 vs 2017-2021", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_HasBothWindowsAndTheChange()
    {
        var result = Tool.Run("arms", "compare", "--recipient", "IND", "--first", "2012-2016", "--second", "2017-2021", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("India", root.GetProperty("recipient").GetString());
        Assert.Equal(19348, root.GetProperty("firstTotal").GetDouble());
        Assert.Equal(15356, root.GetProperty("secondTotal").GetDouble());
        Assert.Equal(-20.6326, root.GetProperty("percentChange").GetDouble());
        var france = root.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("supplier").GetString() == "France");
        Assert.Equal(393, france.GetProperty("firstTiv").GetDouble());
        Assert.Equal(4198, france.GetProperty("secondTiv").GetDouble());
        Assert.Equal(3, france.GetProperty("rankChange").GetInt32());
        Assert.Equal(27.3378, france.GetProperty("secondShare").GetDouble());
    }

    [Fact]
    public void Csv_SupplierMarkets()
    {
        var result = Tool.Run("arms", "compare", "--supplier", "Russia", "--first", "2012-2016", "--second", "2017-2021", "--top", "1", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("recipient,partners,first_tiv,first_share,first_rank,second_tiv,second_share,second_rank,rank_change,first_status,second_status", lines[0]);
        // India is Russia's largest market in both windows (13318 then 7068 TIV million, the by-recipient figures).
        Assert.StartsWith("India,1,13318,", lines[1], StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($",7068,{7068.0 / 25300 * 100:R},1,0"), lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Others,", lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "arms", "compare", "--recipient", "India", "--first", "2012-2016x" }, "error: --first: expected a year range such as 2017-2021 or 2017-21, found '2012-2016x'.")]
    [InlineData(new[] { "arms", "compare", "--recipient", "India", "--second", "2020-2024" }, "error: The window 2020-2024 is outside the data: the SIPRI data (Generated: 2022-04-22 and 2022-07-28) covers 1950-2021.")]
    [InlineData(new[] { "arms", "compare", "--recipient", "India", "--second", "1950-1954" }, "error: The window 1945-1949 is outside the data: the SIPRI data (Generated: 2022-04-22 and 2022-07-28) covers 1950-2021.")]
    [InlineData(new[] { "arms", "compare" }, "error: arms compare needs either --recipient <name> or --supplier <name>. See 'tradearms arms compare --help'.")]
    [InlineData(new[] { "arms", "compare", "--recipient", "Atlantis" }, "error: Unknown actor 'Atlantis'. Use a SIPRI name (e.g. 'Russia'), a common alias ('Russian Federation') or an ISO 3166-1 alpha-3 code ('RUS').")]
    public void BadInput_ExitsTwo(string[] args, string message)
    {
        var result = Tool.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message + "\n", result.Error.ReplaceLineEndings("\n"));
    }
}
