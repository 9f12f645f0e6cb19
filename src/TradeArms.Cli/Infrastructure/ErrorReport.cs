using TradeArms.Sipri;
using TradeArms.Sources;
using TradeArms.Text;
using TradeArms.Trade;

namespace TradeArms.Cli.Infrastructure;

/// <summary>
/// What the tool prints when a command fails. Domain errors (bad data, unknown actor, a window outside the data, data
/// that lack what was asked, mixed units) and errors on paths the user named are the user's to fix: one line, exit 2.
/// Anything else is a defect of the tool: exit 70 with the exception type and a request to report it.
/// </summary>
internal static class ErrorReport
{
    /// <summary>Library option names in messages, and the flag that sets each (for commands that have the flag).</summary>
    private static readonly (string Library, string[] Flags, string Cli)[] s_options =
    [
        ($"{nameof(TradeTableReadOptions)}.{nameof(TradeTableReadOptions.Reporter)} and {nameof(TradeTableReadOptions)}.{nameof(TradeTableReadOptions.Partner)}", ["reporter", "partner"], "--reporter and --partner"),
        ($"{nameof(TradeTableReadOptions)}.{nameof(TradeTableReadOptions.Reporter)}", ["reporter"], "--reporter"),
        ($"{nameof(TradeTableReadOptions)}.{nameof(TradeTableReadOptions.Partner)}", ["partner"], "--partner"),
        ($"{nameof(TradeTableReadOptions)}.{nameof(TradeTableReadOptions.Unit)}", ["unit"], "--unit"),
        ($"{nameof(TradeTableReadOptions)}.{nameof(TradeTableReadOptions.FiscalYearConvention)}", ["fiscal-year-start"], "--fiscal-year-start"),
        ($"{nameof(SipriReadOptions)}.{nameof(SipriReadOptions.CombineReleases)}", ["combine-releases"], "--combine-releases"),
        ($"or read with {nameof(SipriReadOptions.UnknownActors)} = {nameof(UnknownActorPolicy.Infer)}", ["strict-actors"], "or run without --strict-actors"),
        ($"{nameof(TradeReadOptions)}.{nameof(TradeReadOptions.Classification)}", ["classification"], "--classification"),
        ($"a scale given by the caller in {nameof(TradeReadOptions)}.{nameof(TradeReadOptions.ImtsScale)}", ["imts-scale"], "--imts-scale"),
    ];

    /// <summary>True for the errors a user can fix: exit 2.</summary>
    public static bool IsUserError(Exception e) => e is UsageException or DataFormatException or ActorNotFoundException
        or WindowOutsideDataException or UnitMismatchException or DataCoverageException
        or IOException or UnauthorizedAccessException;

    /// <summary>The one line printed for a user error, in the command's words (its flags, not library types).</summary>
    public static string UserMessage(Exception e, Command? command)
    {
        var message = e switch
        {
            FileNotFoundException { FileName: { } file } => $"'{file}' does not exist.",
            _ => e.Message,
        };
        foreach (var (library, flags, cli) in s_options)
        {
            if (!message.Contains(library, StringComparison.Ordinal))
            {
                continue;
            }
            var has = command is not null && flags.All(f => command.ValueOptions.Contains(f) || command.Flags.Contains(f));
            // Without the flag, the alternative does not exist for this command: the file must say it.
            message = has ? message.Replace(library, cli, StringComparison.Ordinal)
                : message.Replace(", or " + library, "", StringComparison.Ordinal).Replace(" (" + library + ")", "", StringComparison.Ordinal)
                    .Replace("; " + library, "", StringComparison.Ordinal);
        }
        return "error: " + message;
    }

    /// <summary>The two lines printed for a defect of the tool.</summary>
    public static string InternalError(Exception e, string version) =>
        $"tradearms: internal error ({e.GetType().FullName}): {e.Message}\n" +
        $"This is a bug in tradearms {version}, not a mistake in your input. Please report it at https://github.com/tradearms/tradearms/issues with the command line you ran.";
}
