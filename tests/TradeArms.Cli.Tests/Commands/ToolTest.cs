using System.Diagnostics;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

public class ToolTest
{
    [Theory]
    [InlineData("validate")]
    [InlineData("import sipri")]
    [InlineData("overview")]
    public void Help_EveryCommand_PrintsUsage(string command)
    {
        var result = Tool.Run([.. command.Split(' '), "--help"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:\n  tradearms " + command, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Main_ListsCommands()
    {
        var result = Tool.Run("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  validate", result.Out, StringComparison.Ordinal);
        Assert.Contains("  import sipri", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void NoArguments_PrintsHelpAndExitsTwo()
    {
        var result = Tool.Run();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Commands:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommand_ExitsTwo()
    {
        var result = Tool.Run("chart");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: unknown command 'chart'. Did you mean 'charts'? Run 'tradearms --help' for the list of commands.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void BuiltTool_RunsAsAProcess()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "tradearms.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", dll, "validate", RepositoryRoot.Combine("data", "trade", "pakistan-russia-table1.tsv"), "--format", "csv"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["LC_ALL"] = "de_DE.UTF-8";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("2012-13,balance,69.89,-69.86,139.75,arithmetic,11", output, StringComparison.Ordinal);
    }
}
