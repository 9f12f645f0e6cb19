using System.Text.Json.Nodes;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

/// <summary>
/// The command on a two-recipient "release" (the shipped India and Pakistan tables): shares are of that subset, which
/// keeps the expected values checkable by hand. The full-release figures are tested in the Analytics tests.
/// </summary>
public class ArmsFactSheetCommandTest
{
    private static string Folder => RepositoryRoot.Combine("data", "sipri", "by-recipient-2022-04-22");

    [Fact]
    public void Json_HasTheDocumentedFields()
    {
        var result = Tool.Run("arms", "factsheet", "--data", Folder, "--format", "json", "--top", "2", "--partners", "1");
        Assert.Equal(0, result.ExitCode);
        var root = JsonNode.Parse(result.Out)!;
        Assert.Equal("2012-2016", root["first"]!.GetValue<string>());
        Assert.Equal("2017-2021", root["second"]!.GetValue<string>());
        Assert.Equal("TIV million", root["measure"]!.GetValue<string>());
        Assert.Equal("Generated: 22 April 2022", root["vintage"]!.GetValue<string>());
        var importers = root["topImporters"]!.AsArray();
        Assert.Equal(2, importers.Count);
        Assert.Equal("India", importers[0]!["actor"]!.GetValue<string>());
        Assert.Equal("IND", importers[0]!["iso3"]!.GetValue<string>());
        var russia = importers[0]!["mainPartners"]!.AsArray().Single()!;
        Assert.Equal("Russia", russia["actor"]!.GetValue<string>());
        // India 2017-2021: Russia 7,068 of 15,356 TIV million (python over data/sipri/.../India.csv) = 46.03%;
        // Pakistan 4,071, so this two-recipient "world" holds 19,427.
        Assert.Equal(100.0 * 7068 / 15356, russia["sharePercent"]!.GetValue<double>(), 1e-9);
        Assert.Equal(19427, root["world"]!["tivSecond"]!.GetValue<double>());
        Assert.NotNull(root["topExporters"]![0]!["changePercent"]);
    }

    [Fact]
    public void Table_AndMarkdown_ShowTheWindowsAndSource()
    {
        var table = Tool.Run("arms", "factsheet", "--data", Folder, "--first", "2007-2011", "--second", "2017-2021");
        Assert.Equal(0, table.ExitCode);
        // The one table renderer: title, world volume, then each table with its own title; unit, note and source once.
        Assert.StartsWith("Trends in international arms transfers, 2017-2021 vs 2007-2011\n"
            + "World volume: 19,427 TIV million in 2017-2021, 18,820 in 2007-2011 (+3.2%); 2007-2011 vs 2002-2006: +54.7%.\n\n"
            + "Largest exporters, 2017-2021\n"
            + "Rank  Exporter        Share 2017-2021 (%)  Share 2007-2011 (%)  Change (%)  Main recipients\n", table.Out, StringComparison.Ordinal);
        Assert.Contains("   1  Russia                         37.6                 50.6       -23.4  India 96.9%, Pakistan 3.1%\n", table.Out, StringComparison.Ordinal);
        Assert.Contains("\nLargest importers, 2017-2021\n", table.Out, StringComparison.Ordinal);
        Assert.Contains("\nImports by region, 2017-2021\n", table.Out, StringComparison.Ordinal);
        Assert.EndsWith("Unit: TIV million.\nWindow: 2007-2011 vs 2017-2021.\nVolumes are SIPRI trend-indicator values (TIV): a measure of the volume of transfers, not money.\n"
            + "Source: SIPRI Arms Transfers Database, Stockholm International Peace Research Institute, https://www.sipri.org/databases/armstransfers; Generated: 22 April 2022.\n", table.Out, StringComparison.Ordinal);
        var markdown = Tool.Run("arms", "factsheet", "--data", Folder, "--format", "markdown");
        // The shipped extract holds India and Pakistan only; India's imports fell 21% (SIPRI's fact sheet, March 2022).
        Assert.StartsWith("**Trends in international arms transfers, 2017-2021 vs 2012-2016**\n\n"
            + "World volume: 19,427 TIV million in 2017-2021, 23,895 in 2012-2016 (-18.7%); 2012-2016 vs 2007-2011: +27.0%.  \n", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("| 1 | India | 79.0 | 81.0 | -20.6 | Russia 46.0%, France 27.3%, United States 12.1% |", markdown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutData_ExplainsWhyTheExtractIsNotEnough()
    {
        var result = Tool.Run("arms", "factsheet");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs --data <folder>: world shares need the whole database", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--second", "2020-2024", "error: The window 2020-2024 is outside the data: the SIPRI data (Generated: 22 April 2022) covers 1950-2021.\n")]
    [InlineData("--second", "twenty", "error: --second: expected a year range such as 2017-2021 or 2017-21, found 'twenty'.\n")]
    [InlineData("--top", "-1", "error: --top: expected a whole number, found '-1'.\n")]
    [InlineData("--format", "xml", "error: --format takes table, json or markdown, not 'xml'.\n")]
    public void BadOptions_AreUsageErrors(string option, string value, string expected)
    {
        var result = Tool.Run("arms", "factsheet", "--data", Folder, option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, result.Error.ReplaceLineEndings("\n"));
    }
}
