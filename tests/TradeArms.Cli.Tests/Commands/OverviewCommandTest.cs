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
        Assert.Contains("3 discrepancies beyond rounding", result.Out, StringComparison.Ordinal);
        Assert.Contains("TIV million: a volume indicator, not US$", result.Out, StringComparison.Ordinal);
        Assert.Contains("India's imports 2017-2021", result.Out, StringComparison.Ordinal);
        Assert.Contains("agree with the cells within rounding.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Overview_OwnDataFolder_IsUsed()
    {
        var result = Tool.Run("overview", "--data", RepositoryRoot.Combine("data", "sipri", "by-recipient-2022-04-22", "Pakistan.csv"), "--window", "2012-2016");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Pakistan's imports 2012-2016", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("India's imports", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Overview_BadDataPath_ExitsTwo()
    {
        var result = Tool.Run("overview", "--data", "no/such/folder");
        Assert.Equal(2, result.ExitCode);
    }
}
