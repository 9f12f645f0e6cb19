using System.Globalization;
using System.Reflection;
using TradeArms.Cli.Commands;
using TradeArms.Cli.Infrastructure;

namespace TradeArms.Cli;

/// <summary>The <c>tradearms</c> tool: dispatches to commands, prints help, turns user errors into messages.</summary>
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
    ];

    /// <summary>Runs the tool; returns the exit code. Never throws for a user error.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        // Output never depends on the machine's culture.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        if (args.Count == 0 || args[0] is "--help" or "-h" or "help" && args.Count == 1)
        {
            stdout.Write(MainHelp());
            return args.Count == 0 ? BadInput : Ok;
        }
        if (args[0] is "--version")
        {
            stdout.WriteLine(Version);
            return Ok;
        }
        var (command, rest) = Find(args);
        if (command is null)
        {
            var group = s_commands.Where(c => c.Name.StartsWith(args[0] + " ", StringComparison.Ordinal)).Select(c => c.Name).ToList();
            stderr.WriteLine(group.Count > 0
                ? $"error: '{args[0]}' needs a subcommand: {string.Join(", ", group)}. Run 'tradearms {group[0]} --help'."
                : $"error: unknown command '{string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')))}'. Run 'tradearms --help' for the list of commands.");
            return BadInput;
        }
        if (rest.Any(a => a is "--help" or "-h"))
        {
            stdout.Write(command.Help());
            return Ok;
        }
        return Execute(command, rest, stdout, stderr);
    }

    /// <summary>Runs one command: a user error is exit 2 with one line, anything else exit 70 as a defect.</summary>
    internal static int Execute(Command command, IReadOnlyList<string> rest, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            // --csv-raw is global: every CSV writer of the command writes text cells as they are (no formula guard).
            OutputFormats.CsvRaw = rest.Contains("--csv-raw");
            var parsed = new Arguments([.. rest.Where(a => a != "--csv-raw")], command.ValueOptions, command.Flags, command.Name);
            return command.Handler(parsed, new CommandContext(new GuardedOutput(stdout), stderr));
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
        finally
        {
            OutputFormats.CsvRaw = false;
        }
    }

    internal static string Version =>
        typeof(App).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static (Command? Command, string[] Remaining) Find(IReadOnlyList<string> args)
    {
        // Commands may have two words ("import sipri"); the longest match wins.
        foreach (var command in s_commands.OrderByDescending(c => c.Name.Length))
        {
            var words = command.Name.Split(' ');
            if (args.Count >= words.Length && words.Select((w, i) => args[i] == w).All(b => b))
            {
                return (command, args.Skip(words.Length).ToArray());
            }
        }
        return (null, []);
    }

    private static string MainHelp()
    {
        var text = new System.Text.StringBuilder();
        text.Append("tradearms ").Append(Version).Append(" - bilateral trade and SIPRI arms-transfer analytics\n\n");
        text.Append("Usage:\n  tradearms <command> [options]\n  tradearms <command> --help\n\nCommands:\n");
        var width = s_commands.Max(c => c.Name.Length) + 2;
        foreach (var c in s_commands)
        {
            text.Append("  ").Append(c.Name.PadRight(width)).Append(c.Summary).Append('\n');
        }
        text.Append("\nCSV output: a text cell starting with =, +, -, @, a tab or a carriage return gets a leading ' (spreadsheet formula guard);\n");
        text.Append("  --csv-raw (any command) writes text cells as they are.\n");
        text.Append("\nExit codes: 0 success, 1 findings (e.g. discrepancies in a table), 2 unreadable input or a usage error,\n70 an internal error (a bug: please report it).\n");
        text.Append("SIPRI data: Information from the SIPRI Arms Transfers Database, https://www.sipri.org/databases/armstransfers\n");
        return text.ToString();
    }
}
