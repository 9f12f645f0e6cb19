using System.CommandLine.Invocation;
using System.Globalization;
using System.Reflection;
using TradeArms.Cli.Commands;
using TradeArms.Cli.Infrastructure;

namespace TradeArms.Cli;

/// <summary>The <c>tradearms</c> tool: parses with System.CommandLine, runs the command, turns user errors into messages.</summary>
internal static class App
{
    internal const int Ok = 0;
    internal const int Findings = 1;
    internal const int BadInput = 2;

    /// <summary>A defect of the tool (sysexits' EX_SOFTWARE), never the user's input.</summary>
    internal const int InternalError = 70;

    private static readonly Command[] s_commands =
    [
        ChartsCommand.Definition,
        OverviewCommand.Definition,
        ValidateCommand.Definition,
        ImportSipriCommand.Definition,
        ArmsFactSheetCommand.Definition,
        ArmsDealsCommand.Definition,
        RegisterDiffCommand.Definition,
        ArmsSharesCommand.Definition,
        ArmsCompareCommand.Definition,
        ArmsSeriesCommand.Definition,
        ArmsProfileCommand.Definition,
        TradeSummaryCommand.Definition,
        TradeConvertCommand.Definition,
        TradeIndicatorsCommand.Definition,
        CodesCommand.Definition,
        MatrixSummarizeCommand.Definition,
        MatrixGenerateCommand.Definition,
        MilexSeriesCommand.Definition,
        MilexCompareCommand.Definition,
        MilexProfileCommand.Definition,
        ProfileCommand.Definition,
        ReportCommand.Definition,
    ];

    /// <summary>Every command of the tool, in the order the help lists them.</summary>
    internal static IReadOnlyList<Command> Commands => s_commands;

    /// <summary>Runs the tool; returns the exit code. Never throws for a user error.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        // Output never depends on the machine's culture.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        // No command: the help, and exit 2 (a script that forgot its command fails); 'tradearms help' is '--help'.
        var help = args.Count == 0 || args is ["help"];
        var code = Invoke(s_commands, help ? ["--help"] : args, stdout, stderr);
        return args.Count == 0 ? BadInput : code;
    }

    /// <summary>Runs one command: a user error is exit 2 with one line, anything else exit 70 as a defect.</summary>
    internal static int Execute(Command command, IReadOnlyList<string> rest, TextWriter stdout, TextWriter stderr) =>
        Invoke([command], [.. command.Name.Split(' '), .. rest], stdout, stderr);

    private static int Invoke(IReadOnlyList<Command> commands, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = CommandLine.Parse(commands, args, Title, Epilogue, Execute);
        if ((CommandLine.FlagWithValue(parsed, args) ?? CommandLine.EmptyInlineValue(parsed, args)) is { } empty)
        {
            stderr.WriteLine(empty);
            return BadInput;
        }
        if (parsed.Action is ParseErrorAction)
        {
            // A command line System.CommandLine could not read: one line and a suggestion, never the whole help.
            stderr.WriteLine(CommandLine.ErrorMessage(parsed));
            return BadInput;
        }
        return parsed.Invoke(new System.CommandLine.InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    private static int Execute(Command command, System.CommandLine.ParseResult parsed)
    {
        var stdout = parsed.InvocationConfiguration.Output;
        var stderr = parsed.InvocationConfiguration.Error;
        try
        {
            var arguments = CommandLine.Arguments(command, parsed);
            return command.Handler(arguments, new CommandContext(new GuardedOutput(stdout), stderr, arguments.Flag("csv-raw")));
        }
        catch (Exception e) when (ErrorReport.IsUserError(e))
        {
            // A user error: one line naming what is wrong (file, line, column where there is one), never a stack trace.
            stderr.WriteLine(ErrorReport.UserMessage(e, command));
            return BadInput;
        }
        catch (Exception e)
        {
            // Anything else is a bug of the tool: say so, with the type, and never blame the input.
            stderr.WriteLine(ErrorReport.InternalError(e, Version));
            return InternalError;
        }
    }

    internal static string Version =>
        typeof(App).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static string Title => $"tradearms {Version} - bilateral trade and SIPRI arms-transfer analytics";

    private const string Epilogue =
        "Run 'tradearms <command> --help' for a command's options ('tradearms arms --help' for a group's commands).\n" +
        "Shell completion: System.CommandLine's [suggest] directive (see the README, 'The command-line tool').\n\n" +
        "CSV output: a text cell starting with =, +, -, @, a tab or a carriage return gets a leading ' (spreadsheet formula guard);\n" +
        "  --csv-raw (any command) writes text cells as they are.\n\n" +
        "Exit codes: 0 success, 1 findings (e.g. discrepancies in a table), 2 unreadable input or a usage error,\n" +
        "70 an internal error (a bug: please report it).\n" +
        "SIPRI data: Information from the SIPRI Arms Transfers Database, https://www.sipri.org/databases/armstransfers\n";
}
