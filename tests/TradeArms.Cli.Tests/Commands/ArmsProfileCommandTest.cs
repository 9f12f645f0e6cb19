using System.Text.Json.Nodes;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

public class ArmsProfileCommandTest
{
    [Fact]
    public void Table_ShowsSuppliersByWindowWithHhi_AndWarnsAboutTheExtract()
    {
        var result = Tool.Run("arms", "profile", "India", "--from", "1992", "--to", "2021");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Country profile: India, 1992-2021\nIndia: a state (IND).\n\nImports by supplier, 1992-2021\n"
            + "Window     TIV (million)  HHI points  Main suppliers\n", result.Out, StringComparison.Ordinal);
        // India 2017-2021 from the shipped table (python): 15,356 TIV million; HHI 3090.5; Russia 46.0%.
        Assert.Contains("\n2017-2021         15,356       3,091  Russia 46.0%, France 27.3%, United States 12.1%, Israel 8.1%, South Korea 2.8%, Others (9) 3.6%\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("\nHHI change 2012-2016 to 2017-2021: -1,907 points.\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("\nUnit: TIV million.\nWindow: 1992-2021.\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("note: ranks and shares are among the actors of the shipped extract", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_HasBothRolesWindowsAndPartners()
    {
        var result = Tool.Run("arms", "profile", "RUS", "--from", "1992", "--format", "json", "--top", "2");
        Assert.Equal(0, result.ExitCode);
        var root = JsonNode.Parse(result.Out)!;
        Assert.Equal("Russia", root["actor"]!.GetValue<string>());
        Assert.Equal("TIV million", root["measure"]!.GetValue<string>());
        var exports = root["asSupplier"]!;
        var last = exports["windows"]!.AsArray()[^1]!;
        Assert.Equal("2017-2021", last["window"]!.GetValue<string>());
        var recipients = last["recipients"]!.AsArray();
        Assert.Equal(["India", "China", "Others"], recipients.Select(r => r!["name"]!.GetValue<string>()));
        Assert.Equal(100.0, recipients.Sum(r => r!["share"]!.GetValue<double>()), 2);
        Assert.NotNull(exports["trend"]!["slopePerYear"]);
    }

    [Theory]
    [InlineData(new[] { "arms", "profile", "Atlantis" }, "Unknown actor 'Atlantis'")]
    [InlineData(new[] { "arms", "profile", "India", "--window", "0" }, "error: --window: expected a whole number of at least 1, found '0'.")]
    [InlineData(new[] { "arms", "profile", "India", "--from", "2019" }, "error: --from/--to: the years 2019-2021 are shorter than one --window of 5 years.")]
    [InlineData(new[] { "arms", "profile" }, "error: arms profile takes exactly one name.")]
    public void BadInput_IsAUsageError(string[] args, string message)
    {
        var result = Tool.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ChartsProfile_WritesTheCountrysChartSet()
    {
        using var folder = new TempFolder();
        var result = Tool.Run("charts", "--profile", "Pakistan", "--years", "1992-2021", "--out", folder.Path, "--format", "png");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["charts.json", "pakistan-imports-trend.png", "pakistan-suppliers-by-window.png", "pakistan-top-suppliers-2017-2021.png"],
            Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var bad = Tool.Run("charts", "--years", "1992-2021");
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal("error: --years goes with --profile <name>.\n", bad.Error.ReplaceLineEndings("\n"));
    }
}
