using System.Text.Json.Nodes;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

/// <summary>
/// Windows typed as economists write them (<c>2012-16</c>, <c>2012/16</c>), the one window check of the library
/// reaching every command (exit 2, one line), and actors' lifetimes in the CLI's output.
/// </summary>
public class WindowsAndLifetimesTest
{
    private static string Release => SharedData.Path("sipri-tiv", "by-recipient-2022-04-22");

    [Fact]
    public void Compare_ShortWindows_GiveTheSameTableAsFullOnes()
    {
        var full = Tool.Run("arms", "compare", "--recipient", "India", "--first", "2012-2016", "--second", "2017-2021");
        var shortHand = Tool.Run("arms", "compare", "--recipient", "India", "--first", "2012-16", "--second", "2017/21");
        Assert.Equal(0, shortHand.ExitCode);
        Assert.Equal(full.Out, shortHand.Out);
        Assert.Equal("", shortHand.Error);
    }

    [Fact]
    public void Compare_TwoConsecutiveYears_SaysItReadAWindowNotAFiscalYear()
    {
        var result = Tool.Run("arms", "compare", "--recipient", "India", "--first", "2010-11", "--second", "2012-13");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("India's arms imports by supplier, 2010-2011 vs 2012-2013", result.Out, StringComparison.Ordinal);
        Assert.Contains("note: --first: '2010-11' was read as the 2-year window 2010-2011 (calendar years 2010 and 2011), not as a fiscal year.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Overview_WindowOutsideTheData_IsRefused()
    {
        var result = Tool.Run("overview", "--window", "2019-2023");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: The window 2019-2023 is outside the data: the SIPRI data (Generated: 2022-04-22 and 2022-07-28) covers 1950-2021.\n",
            result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Overview_ShortWindow_IsAccepted() =>
        Assert.Contains("India's arms imports by supplier, 2012-2016 (", Tool.Run("overview", "--window", "2012-16").Out, StringComparison.Ordinal);

    [SharedDataFact]
    public void Profile_Czechoslovakia_CoversOnlyItsLifetime()
    {
        var result = Tool.Run("arms", "profile", "Czechoslovakia", "--from", "1950", "--to", "2021", "--format", "json", "--data", Release);
        Assert.Equal(0, result.ExitCode);
        var root = JsonNode.Parse(result.Out)!;
        Assert.Equal("1950-1992", root["years"]!.GetValue<string>());
        Assert.Equal("1950-2021", root["requestedYears"]!.GetValue<string>());
        Assert.Equal("1988-1992", root["asRecipient"]!["windows"]!.AsArray()[^1]!["window"]!.GetValue<string>());
        // Python over Czechoslovakia.csv: OLS slope of the yearly imports 1950-1992 = -2.8124 (1950-2021 zero-padded: -14.287).
        Assert.Equal(-2.8124, root["asRecipient"]!["trend"]!["slopePerYear"]!.GetValue<double>(), 4);
        Assert.Contains("existed in 1950-1992 of the requested 1950-2021", root["notes"]!.AsArray()[0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Series_SovietUnionAfter1991_DidNotExist()
    {
        var result = Tool.Run("arms", "series", "--supplier", "Soviet Union", "--recipient", "India", "--from", "1990", "--to", "1993", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var values = JsonNode.Parse(result.Out)!["values"]!.AsArray();
        Assert.Equal("didNotExist", values[2]!["status"]!.GetValue<string>());
        Assert.Null(values[2]!["tiv"]);
        Assert.Equal("reported", values[1]!["status"]!.GetValue<string>());
        var table = Tool.Run("arms", "series", "--supplier", "Soviet Union", "--recipient", "India", "--from", "1990", "--to", "1993");
        Assert.Contains("1992  did not exist\n", table.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
