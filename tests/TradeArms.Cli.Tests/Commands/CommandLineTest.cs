using TradeArms.Cli.Commands;
using TradeArms.Cli.Infrastructure;
using TradeArms.Cli.Tests.Hostile;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

/// <summary>
/// The command line on System.CommandLine: help at every level, "did you mean" for unknown commands and options,
/// completion through the [suggest] directive, parse errors as one line with exit 2, the global options.
/// </summary>
public class CommandLineTest
{
    private static readonly string Table1 = RepositoryRoot.Combine("data", "trade", "pakistan-russia-table1.tsv");

    private static readonly string[] ArmsCommands = ["factsheet", "deals", "register-diff", "shares", "compare", "series", "profile"];

    private static string Err(CliResult r) => r.Error.ReplaceLineEndings("\n");

    [Fact]
    public void Help_Root_ListsEveryCommandByItsFullName_TheGlobalOptions_AndTheExitCodes()
    {
        var result = Tool.Run("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.StartsWith("tradearms ", result.Out, StringComparison.Ordinal);
        Assert.Contains("Usage:\n  tradearms <command> [options]\n", result.Out, StringComparison.Ordinal);
        foreach (var name in ArmsCommands.Select(c => "arms " + c).Concat(["charts", "overview", "validate", "codes", "import sipri", "trade summary", "trade convert", "matrix summarize", "matrix generate", "milex series", "milex compare", "milex profile"]))
        {
            Assert.Contains("\n  " + name + " ", result.Out, StringComparison.Ordinal);
        }
        Assert.Contains("\n  --csv-raw ", result.Out, StringComparison.Ordinal);
        Assert.Contains("\n  --accept-unterminated ", result.Out, StringComparison.Ordinal);
        Assert.Contains("\n  --version ", result.Out, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 success, 1 findings", result.Out, StringComparison.Ordinal);
        Assert.Equal(result.Out, Tool.Run("help").Out);
    }

    [Fact]
    public void Help_Group_ListsItsSubcommandsOnly()
    {
        var result = Tool.Run("arms", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("SIPRI arms transfers: ", result.Out, StringComparison.Ordinal);
        Assert.Contains("Usage:\n  tradearms arms <command> [options]\n", result.Out, StringComparison.Ordinal);
        var commands = result.Out[result.Out.IndexOf("Commands:\n", StringComparison.Ordinal)..].Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.Equal(ArmsCommands.Select(c => "arms " + c), commands.Select(l => l.Trim().Split("  ")[0]));
        Assert.DoesNotContain("validate", result.Out, StringComparison.Ordinal);
        Assert.Equal(0, Tool.Run("trade", "-h").ExitCode);
    }

    [Fact]
    public void Help_Command_PrintsItsSummaryUsageAndEveryDeclaredOptionOnce()
    {
        var result = Tool.Run("arms", "shares", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.StartsWith("Suppliers' shares of a recipient's arms imports", result.Out, StringComparison.Ordinal);
        Assert.Contains("Usage:\n  tradearms arms shares (--recipient <name> | --supplier <name>) ", result.Out, StringComparison.Ordinal);
        var options = result.Out[result.Out.IndexOf("Options:\n", StringComparison.Ordinal)..].Split('\n').Where(l => l.StartsWith("  --", StringComparison.Ordinal)).Select(l => l.Trim().Split(' ')[0]).ToList();
        Assert.Equal(["--recipient", "--supplier", "--from", "--to", "--top", "--denominator", "--format", "--data", "--soviet-union-as-russia", "--soviet-suppliers-as-russia", "--combine-releases", "--csv-raw", "--accept-unterminated"], options);
        Assert.Contains("  --recipient <name>  ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ARowForTwoOptions_IsPrintedOnce_AndBothOptionsParse()
    {
        var help = Tool.Run("milex", "profile", "--help").Out.Split('\n');
        Assert.Single(help, l => l.StartsWith("  --first <window>, --second <window>  ", StringComparison.Ordinal));
        Assert.DoesNotContain(help, l => l.StartsWith("  --second", StringComparison.Ordinal));
        var definition = MilexProfileCommand.Definition;
        Assert.True(definition.Options.Single(o => o.Name == "second").HiddenInHelp);
        Assert.Equal(OptKind.Value, definition.Options.Single(o => o.Name == "second").Kind);
        Assert.Equal("error: --second needs a value. See 'tradearms milex profile --help'.\n", Err(Tool.Run("milex", "profile", "India", "--second")));
    }

    [Fact]
    public void EveryCommand_DeclaresEachOptionOnce_AndNoneClashesWithAGlobalOption()
    {
        foreach (var command in App.Commands)
        {
            var names = command.Options.Where(o => o.Kind != OptKind.Positional).Select(o => o.Name).ToList();
            Assert.True(names.Count == names.Distinct(StringComparer.Ordinal).Count(), command.Name + " declares an option twice");
            Assert.Empty(names.Intersect(CommandLine.Global.Select(g => g.Name)));
            Assert.Equal(0, Tool.Run([.. command.Name.Split(' '), "--help"]).ExitCode);
        }
    }

    [Fact]
    public void OlderDeclarations_StillCompile_AndBecomeOneListOfOptions()
    {
        // Help rows (shared declarations among them), then the names of the value options and of the flags.
        var command = new Command("x y", "Does x.", "tradearms x y <file> [--a <n>] [--b]",
            [("<file>", "A file."), ("--a <n>", "The a."), ("--b", "The b."), ("--lo <n>, --hi <n>", "A range."), ArmsOptions.FormatHelp, .. TrendOutput.Help],
            ["a", "c", "lo", "hi", "format", .. TrendOutput.ValueOptions], ["b", .. TrendOutput.FlagOptions], (_, _) => 0);
        Assert.Equal(["<file>", "a", "b", "lo", "hi", "format", "break", "hac-lag", "hac-correction", "c"], command.Options.Select(o => o.Name));
        Assert.Equal([OptKind.Positional, OptKind.Value, OptKind.Flag, OptKind.Value, OptKind.Value, OptKind.Value, OptKind.Value, OptKind.Value, OptKind.Flag, OptKind.Value],
            command.Options.Select(o => o.Kind));
        Assert.Equal(["a", "lo", "hi", "format", "break", "hac-lag", "c"], command.ValueOptions);
        Assert.Equal(["b", "hac-correction"], command.Flags);
        Assert.Equal(("--lo <n>, --hi <n>", "A range."), command.OptionHelp[3]);
        Assert.True(command.Options.Single(o => o.Name == "hi").HiddenInHelp);
        Assert.Equal("", command.Options.Single(o => o.Name == "c").Description);

        // The same command declared once: the same options.
        var declared = new Command("x y", "Does x.", "tradearms x y <file> [--a <n>] [--b]",
            [Opt.Positional("<file>", "A file."), Opt.Value("a", "<n>", "The a."), Opt.Flag("b", "The b."), .. Opt.Pair("lo", "hi", "<n>", "A range."), ArmsOptions.FormatHelp, .. TrendOutput.Help, Opt.Value("c", "<value>", "")],
            (_, _) => 0);
        Assert.Equal(command.Options, declared.Options);
    }

    [Fact]
    public void AnUnknownSubcommand_IsNamedWithTheNearestOne()
    {
        var result = Tool.Run("arms", "sharez", "--recipient", "India");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal("error: unknown command 'arms sharez'. Did you mean 'arms shares'? Run 'tradearms arms --help' for its commands.\n", Err(result));
        Assert.Equal("error: unknown command 'milx'. Did you mean 'milex'? Run 'tradearms --help' for the list of commands.\n", Err(Tool.Run("milx", "series")));
        Assert.Equal("error: unknown command 'frobnicate'. Run 'tradearms --help' for the list of commands.\n", Err(Tool.Run("frobnicate")));
    }

    [Fact]
    public void AnUnknownOption_IsNamedWithTheNearestDeclaredOne()
    {
        var result = Tool.Run("validate", Table1, "--reportr", "Pakistan");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: 'validate' has no option --reportr. Did you mean '--reporter'? See 'tradearms validate --help'.\n", Err(result));
        Assert.Equal("error: 'trade summary' has no option --partnr. Did you mean '--partner'? See 'tradearms trade summary --help'.\n",
            Err(Tool.Run("trade", "summary", Table1, "--partnr=Russia")));
        Assert.Equal("error: 'arms shares' has no option --csv-rwa. Did you mean '--csv-raw'? See 'tradearms arms shares --help'.\n",
            Err(Tool.Run("arms", "shares", "--recipient", "India", "--csv-rwa")));
        Assert.Equal("error: 'arms shares' has no option --zzzzzz. See 'tradearms arms shares --help'.\n", Err(Tool.Run("arms", "shares", "--zzzzzz")));
    }

    [Fact]
    public void ParseErrors_AreOneLine_ExitTwo_NoHelpDump_NoStackTrace()
    {
        var missing = Tool.Run("validate", Table1, "--format");
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("", missing.Out);
        Assert.Equal("error: --format needs a value. See 'tradearms validate --help'.\n", Err(missing));
        var group = Tool.Run("arms");
        Assert.Equal(2, group.ExitCode);
        Assert.Equal("", group.Out);
        Assert.Equal("error: 'arms' needs a subcommand: arms factsheet, arms deals, arms register-diff, arms shares, arms compare, arms series, arms profile. Run 'tradearms arms --help'.\n", Err(group));
        var rootOption = Tool.Run("--verison");
        Assert.Equal(2, rootOption.ExitCode);
        Assert.Equal("error: 'tradearms' has no option --verison. Did you mean '--version'? See 'tradearms --help'.\n", Err(rootOption));
    }

    [Theory]
    [InlineData(new[] { "charts", "--force=true" }, "error: --force is a flag and takes no value (found '--force=true'): give --force alone to turn it on, or leave it out. See 'tradearms charts --help'.\n")]
    [InlineData(new[] { "arms", "shares", "--recipient", "India", "--soviet-union-as-russia=false" }, "error: --soviet-union-as-russia is a flag and takes no value (found '--soviet-union-as-russia=false'): give --soviet-union-as-russia alone to turn it on, or leave it out. See 'tradearms arms shares --help'.\n")]
    [InlineData(new[] { "--csv-raw=yes", "arms", "shares", "--recipient", "India" }, "error: --csv-raw is a flag and takes no value (found '--csv-raw=yes'): give --csv-raw alone to turn it on, or leave it out. See 'tradearms arms shares --help'.\n")]
    public void AFlagGivenAValue_IsAUsageErrorNamingTheFlag(string[] args, string expected)
    {
        var result = Tool.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal(expected, Err(result));
    }

    [Fact]
    public void Version_PrintsTheVersionAlone() =>
        Assert.Equal(App.Version + "\n", Tool.Run("--version").Out.ReplaceLineEndings("\n"));

    [Fact]
    public void AnArgumentAfterTheDoubleDash_IsPositionalEvenIfItLooksLikeAnOption()
    {
        var result = Tool.Run("codes", "--", "--reporter");
        Assert.DoesNotContain("has no option", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAtSign_IsAnArgument_NotAResponseFile()
    {
        var result = Tool.Run("validate", "@nothing.rsp");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: '@nothing.rsp' does not exist.\n", Err(result));
    }

    [Theory]
    [InlineData("[suggest:7]", "arms sh", "shares")]
    [InlineData("[suggest:5]", "mile", "milex")]
    [InlineData("[suggest:16]", "validate --repo", "--reporter")]
    [InlineData("[suggest:22]", "arms shares --recipie", "--recipient")]
    public void ShellCompletion_ThroughTheSuggestDirective(string directive, string line, string expected)
    {
        var result = Tool.Run(directive, line);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Out.ReplaceLineEndings("\n").Split('\n'));
    }

    [Fact]
    public void ShellCompletion_OfAGroup_ListsItsSubcommands()
    {
        var result = Tool.Run("[suggest:5]", "arms ");
        Assert.Equal(0, result.ExitCode);
        var words = result.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(ArmsCommands, c => Assert.Contains(c, words));
    }

    [Fact]
    public void CsvRaw_IsPerInvocation_InTheContext()
    {
        using var output = new StringWriter();
        Assert.Equal("'=cmd", new CommandContext(output, output).CsvField("=cmd"));
        Assert.Equal("=cmd", new CommandContext(output, output, CsvRaw: true).CsvField("=cmd"));

        using var temp = new TempFolder();
        var matrix = temp.Write("m.csv", HostileCorpus.Matrix.Replace("BBB,AAA,2000", "=cmd,AAA,2000", StringComparison.Ordinal));
        string Summarize(params string[] extra)
        {
            var result = temp.File(Guid.NewGuid().ToString("N") + ".csv");
            Assert.Equal(0, Tool.Run(["matrix", "summarize", matrix, "--unit", "US$ million", "--out", result, .. extra]).ExitCode);
            return File.ReadAllText(result);
        }
        Assert.Contains("\n=cmd,AAA,", Summarize("--csv-raw"), StringComparison.Ordinal);
        // The next run without the flag neutralises again (the flag was a per-thread static, reset by hand).
        Assert.Contains("\n'=cmd,AAA,", Summarize(), StringComparison.Ordinal);
    }

    [Fact]
    public void AcceptUnterminated_ReadsATradeTableWithoutItsFinalLineBreak_WhichIsRefusedByDefault()
    {
        using var temp = new TempFolder();
        var table = temp.Write("t.tsv", HostileCorpus.Table1.TrimEnd('\n'));

        var refused = Tool.Run("validate", table);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("expected a line break after the last record", refused.Error, StringComparison.Ordinal);

        var read = Tool.Run("validate", table, "--accept-unterminated", "--format", "csv");
        Assert.Equal(1, read.ExitCode);
        Assert.Equal(Tool.Run("validate", Table1, "--format", "csv").Out, read.Out);
        Assert.Equal(0, Tool.Run("trade", "summary", table, "--accept-unterminated").ExitCode);
    }

    [Fact]
    public void AcceptUnterminated_ReadsAMatrixWithoutItsFinalLineBreak()
    {
        using var temp = new TempFolder();
        var matrix = temp.Write("m.csv", HostileCorpus.Matrix.TrimEnd('\n'));
        string[] summarize = ["matrix", "summarize", matrix, "--unit", "US$ million", "--out", temp.File("out.csv")];

        var refused = Tool.Run(summarize);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("expected a line break after the last record", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, Tool.Run([.. summarize, "--accept-unterminated"]).ExitCode);
        Assert.Contains("\nBBB,AAA,2000,", File.ReadAllText(temp.File("out.csv")), StringComparison.Ordinal);
    }
}
