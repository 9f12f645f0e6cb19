using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

public class OverviewCommandTest
{
    [Fact]
    public void Overview_ShippedData_ValidatesTable1AndSummarisesSipri()
    {
        var result = Tool.Run("overview");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Overview: Pakistan-Russia trade table and SIPRI arms transfers 1950-2021\n", result.Out, StringComparison.Ordinal);
        // Table 1's three errors (the 2010-11 total, the 2012-13 and 2013-14 balances), in the trade table's own unit.
        Assert.Contains("\nPakistan-Russia trade (US$ million): published totals and balances against the computed ones\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("3 of 10 published figures disagree beyond rounding; published figures are kept as published.", result.Out, StringComparison.Ordinal);
        Assert.Contains("Unit: US$ million.", result.Out, StringComparison.Ordinal);
        Assert.Contains("\n2013-14  balance                    48.04                  -48.04                     96.08  signReversed ", result.Out, StringComparison.Ordinal);
        Assert.Contains("SIPRI's printed totals: 510 checked, 510 agree with the cells within rounding.", result.Out, StringComparison.Ordinal);
        // India 2017-2021 (python over India.csv): 15,356 TIV million, Russia 7,068 (46.0%).
        Assert.Contains("\nIndia's arms imports by supplier, 2017-2021", result.Out, StringComparison.Ordinal);
        Assert.Contains("   1  Russia                1          7,068       46.0\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("Total: 15,356 TIV million (100.0%).", result.Out, StringComparison.Ordinal);
        Assert.Contains("\nRussia's arms exports by recipient, 2017-2021", result.Out, StringComparison.Ordinal);
        Assert.Contains("not money.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Overview_OwnDataFolder_IsUsed()
    {
        var result = Tool.Run("overview", "--data", RepositoryRoot.Combine("data", "sipri", "by-recipient-2022-04-22", "Pakistan.csv"), "--window", "2012-2016");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Pakistan's arms imports by supplier, 2012-2016", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("India's arms imports", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Overview_BadDataPath_ExitsTwo()
    {
        var result = Tool.Run("overview", "--data", "no/such/folder");
        Assert.Equal(2, result.ExitCode);
    }
}
