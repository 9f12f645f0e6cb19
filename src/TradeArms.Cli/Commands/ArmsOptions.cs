using System.Globalization;
using TradeArms.Cli.Infrastructure;
using TradeArms.Sipri;

namespace TradeArms.Cli.Commands;

/// <summary>What every <c>arms</c> command shares: the data (<c>--data</c>), actor look-up, windows and JSON output.</summary>
internal static class ArmsOptions
{
    public static readonly Opt DataHelp =
        Opt.Value("data", "<path>", "A SIPRI TIV table or a folder of them (default: the extract shipped in the library: India's and Pakistan's imports, Russia's and China's exports, 2022 release).");

    public static readonly Opt SovietHelp =
        Opt.Flag("soviet-union-as-russia", "Count the Soviet Union as Russia as supplier AND recipient: its deliveries are Russia's, and so are deliveries to it (Russia's imports before 1992 are the Soviet Union's). An analytical choice, not SIPRI's; by default they stay separate.");

    public static readonly Opt SovietSuppliersHelp =
        Opt.Flag("soviet-suppliers-as-russia", "Count only the Soviet Union's deliveries (exports) as Russia's; as a recipient it stays separate (the merge arms-trade studies usually mean).");

    public static readonly Opt CombineHelp =
        Opt.Flag("combine-releases", "Allow SIPRI tables of different releases (generation dates) in --data (an explicit choice; by default an error).");

    public static readonly Opt FormatHelp =
        Opt.Value("format", "<f>", "table (default), json or csv.");

    public static readonly Opt DenominatorHelp =
        Opt.Value("denominator", "<d>", "rows (default: shares of the sum of the partner rows, adding up to 100%) or total (shares of SIPRI's printed Total row; they differ by rounding).");

    /// <summary>Loads <c>--data</c> (or the shipped extract), merged as asked.</summary>
    public static ArmsTransfers Load(Arguments args)
    {
        var arms = args.Option("data") is { } path
            ? SipriTivTableReader.Read(UserPath.FileOrFolder(path, "--data"), new SipriReadOptions { CombineReleases = args.Flag("combine-releases") })
            : Datasets.Sipri;
        return (args.Flag("soviet-union-as-russia"), args.Flag("soviet-suppliers-as-russia")) switch
        {
            (true, true) => throw new UsageException("--soviet-union-as-russia and --soviet-suppliers-as-russia exclude each other: choose the merge of both roles or of suppliers only."),
            (true, false) => arms.WithSovietUnionAsRussia(SovietUnionMerge.SuppliersAndRecipients),
            (false, true) => arms.WithSovietUnionAsRussia(SovietUnionMerge.SuppliersOnly),
            _ => arms,
        };
    }

    /// <summary>The actor named by an option (SIPRI name, alias or ISO code); null when the option is absent.</summary>
    public static Actor? Actor(ArmsTransfers arms, Arguments args, string option) =>
        args.Option(option) is { } name ? arms.Actor(name) : null;

    /// <summary>
    /// The window of <c>--from</c>/<c>--to</c>: each defaults to <paramref name="fallback"/>'s end. Whether it lies
    /// within the data is the library's check (<see cref="WindowOutsideDataException"/>), made by the query.
    /// </summary>
    public static YearRange Window(Arguments args, YearRange fallback)
    {
        var first = Year(args.Option("from"), "--from") ?? fallback.First;
        var last = Year(args.Option("to"), "--to") ?? fallback.Last;
        if (last < first)
        {
            throw new UsageException($"--to ({last}) is before --from ({first}).");
        }
        return new YearRange(first, last);
    }

    /// <summary>The last five years of the data (SIPRI's comparison window), or all of them when there are fewer.</summary>
    public static YearRange LastFiveYears(ArmsTransfers arms) => arms.Years.LastYears(Math.Min(5, arms.Years.Count));

    /// <summary>A window given as text for an option (<c>2017-2021</c>, <c>2012-16</c>), or <paramref name="fallback"/>.</summary>
    public static YearRange Range(string? text, string option, YearRange fallback, CommandContext context) =>
        WindowOption(text, option, context) ?? fallback;

    /// <summary>
    /// The first of two windows: <c>--first</c> when given, else the window of the same length before <paramref name="second"/>
    /// (a usage error when that would start before the supported years).
    /// </summary>
    public static YearRange FirstWindow(string? text, YearRange second, CommandContext context) =>
        WindowOption(text, "--first", context) ?? (second.HasPrevious ? second.Previous()
            : throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                $"--second: there is no {second.Count}-year window before {second} from {CalendarYear.MinYear} on; give --first.")));

    /// <summary>
    /// A window typed for an option as economists write it (<c>2017-2021</c>, <c>2012-16</c>, <c>2012/16</c>,
    /// <c>2012–2016</c>); null when the option is absent. When the text could be read otherwise (<c>2010-11</c>: a fiscal
    /// year?) the reading taken is said on stderr.
    /// </summary>
    public static YearRange? WindowOption(string? text, string option, CommandContext context)
    {
        if (text is null)
        {
            return null;
        }
        if (!YearRange.TryParse(text, out var range))
        {
            throw new UsageException($"{option}: expected a year range such as 2017-2021 or 2017-21{YearText.Range(text)}, found '{text}'.");
        }
        if (YearRange.ReadingOf(text) is { } reading)
        {
            context.Error.WriteLine($"note: {option}: {reading}");
        }
        return range;
    }

    public static int? Top(Arguments args, string command) => Count(args, "top", command);

    /// <summary>A whole number of at least 1 given with <c>--option</c>; null when the option is absent.</summary>
    public static int? Count(Arguments args, string option, string command)
    {
        if (args.Option(option) is not { } text)
        {
            return null;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n
            : throw new UsageException($"--{option}: expected a whole number of at least 1, found '{text}'. See 'tradearms {command} --help'.");
    }

    /// <summary>Shares and comparisons are of one subject: exactly one of <c>--recipient</c> and <c>--supplier</c>.</summary>
    public static void RequireOneSubject(Arguments args, string command)
    {
        if ((args.Option("recipient") is null) == (args.Option("supplier") is null))
        {
            throw new UsageException($"{command} needs either --recipient <name> or --supplier <name>. See 'tradearms {command} --help'.");
        }
    }

    /// <summary>A result's notes on stderr when stdout carries JSON or CSV (the table format prints them itself).</summary>
    public static void WriteNotes(CommandContext context, OutputFormat format, IEnumerable<string> notes)
    {
        if (format == OutputFormat.Table)
        {
            return;
        }
        foreach (var note in notes)
        {
            context.Error.WriteLine("note: " + note);
        }
    }

    public static ShareDenominator Denominator(Arguments args) => args.Option("denominator")?.ToLowerInvariant() switch
    {
        null or "rows" => ShareDenominator.SumOfRows,
        "total" => ShareDenominator.SipriTotalRow,
        var other => throw new UsageException($"--denominator takes rows or total, not '{other}'."),
    };

    private static CalendarYear? Year(string? text, string option) => text is null ? null
        : CalendarYear.TryParse(text, out var y) ? y : throw new UsageException($"{option}: expected a year such as 2017{YearText.Range(text)}, found '{text}'.");
}
