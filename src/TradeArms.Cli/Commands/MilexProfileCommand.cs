using System.Globalization;
using TradeArms.Cli.Infrastructure;
using TradeArms.Cli.Json;
using TradeArms.Milex;
using TradeArms.Rendering;
using TradeArms.Sipri;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms milex profile</c>: arms imports (TIV) beside military expenditure, each in its own unit.</summary>
internal static class MilexProfileCommand
{
    private const string Name = "milex profile";

    public static Command Definition { get; } = new(
        Name,
        "A country's arms imports (TIV million) beside its military expenditure (constant US$, share of GDP) on one time axis, each in its own unit, with correlations and a window comparison.",
        "tradearms milex profile <country> --data <workbook.xlsx> [--arms <file-or-folder>] [--from <year>] [--to <year>] [--first <window>] [--second <window>] [--format table|json]",
        [
            Opt.Positional("<country>", "SIPRI's milex name, or a name or ISO code the actor catalogue knows."),
            Opt.Value("data", "<workbook.xlsx>", "SIPRI's Military Expenditure Database workbook."),
            Opt.Value("arms", "<file-or-folder>", "SIPRI TIV tables (default: the shipped extract)."),
            .. Opt.Pair("from", "to", "<year>", "The time axis (default: the years both the arms data and the workbook hold)."),
            .. Opt.Pair("first", "second", "<window>", "Two windows to compare, e.g. 2006-2010 and 2016-2020 (default: the first and last five years of the axis)."),
            Opt.Value("format", "<f>", "table (default) or json."),
        ],
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        if (args.Positional.Count != 1)
        {
            throw new UsageException($"{Name} takes one country. See 'tradearms {Name} --help'.");
        }
        var format = OutputFormats.Parse(args.Option("format"), Name);
        if (format == OutputFormat.Csv)
        {
            throw new UsageException($"{Name} prints table or json, not csv.");
        }
        var data = args.Option("data") ?? throw new UsageException($"{Name} needs --data <workbook.xlsx> (SIPRI's milex workbook). See 'tradearms {Name} --help'.");
        var workbook = MilexOptions.Load(data, "--data");
        var country = MilexOptions.Country(workbook, args.Positional[0]);
        var arms = args.Option("arms") is { } path ? SipriTivTableReader.Read(UserPath.FileOrFolder(path, "--arms")) : Datasets.Sipri;
        var imports = arms.ImportsOf(arms.Actor(args.Positional[0]));
        var sheetYears = workbook[MilexMeasure.ConstantUsDollars].Years;
        var first = Year(args.Option("from"), "--from") ?? Math.Max(imports.Years.First.Year, sheetYears.First.Year);
        var last = Year(args.Option("to"), "--to") ?? Math.Min(imports.Years.Last.Year, sheetYears.Last.Year);
        if (last < first && args.Option("from") is null && args.Option("to") is null)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                $"No year in common: the arms imports of {country} cover {imports.Years} and the workbook's constant US$ sheet {sheetYears} (give --from and --to)."));
        }
        if (last < first)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--to ({last}) is before --from ({first})."));
        }
        var years = new YearRange(first, last);
        var profile = ArmsSpendingProfile.Build(workbook, country, imports, years);
        // The default windows: the first and the last five years (fewer when the years are fewer), by YearRange's one rule.
        var w1 = args.Option("first") is { } a ? Window(a, "--first") : years.FirstYears(Math.Min(5, years.Count));
        var w2 = args.Option("second") is { } b ? Window(b, "--second") : years.LastYears(Math.Min(5, years.Count));
        var windows = profile.Compare(w1, w2);
        context.Out.Write(format == OutputFormat.Json ? Json(profile, w1, w2, windows.Rows) : Text(profile, windows));
        return App.Ok;
    }

    private static int? Year(string? text, string option) => text is null ? null
        : CalendarYear.TryParse(text, out var y) ? y.Year : throw new UsageException($"{option}: expected a year such as 2017, found '{text}'.");

    private static YearRange Window(string text, string option) =>
        YearRange.TryParse(text, out var w) ? w : throw new UsageException($"{option}: expected a window such as 2016-2020, found '{text}'.");

    /// <summary>The profile and its window comparison, two library results rendered one after the other.</summary>
    private static string Text(ArmsSpendingProfile profile, TrackWindowComparison windows) =>
        TableRenderer.Render(profile) + "\n" + TableRenderer.Render(windows);

    private static string Json(ArmsSpendingProfile p, YearRange w1, YearRange w2, IReadOnlyList<TrackWindowChange> windows) => JsonOutput.Write(
        new MilexProfileJson(
            p.Country, p.Years.ToString(),
            [.. p.Tracks.Select(t => new TrackJson(t.Name, t.Unit, t.Source.Citation, [.. t.Values.Select(kv => new TrackValueJson(kv.Key, JsonOutput.Round(kv.Value, 6)))]))],
            [.. p.Correlations.Select(c => new CorrelationJson(c.First, c.Second, c.Years, JsonOutput.Round(c.Pearson, 6)))],
            w1.ToString(), w2.ToString(),
            [.. windows.Select(w => new TrackWindowJson(w.Track, w.Unit, JsonOutput.Round(w.FirstMean, 6), JsonOutput.Round(w.SecondMean, 6), JsonOutput.Round(w.PercentChange)))]),
        CliJsonContext.Default.MilexProfileJson);

    /// <summary>The JSON of <c>milex profile</c>.</summary>
    internal sealed record MilexProfileJson(
        string Country, string Years, IReadOnlyList<TrackJson> Tracks, IReadOnlyList<CorrelationJson> Correlations, string FirstWindow,
        string SecondWindow, IReadOnlyList<TrackWindowJson> Windows);

    /// <summary>One track (spending or arms imports) by year.</summary>
    internal sealed record TrackJson(string Name, string Unit, string Source, IReadOnlyList<TrackValueJson> Values);

    /// <summary>One year of a track.</summary>
    internal sealed record TrackValueJson(int Year, double? Value);

    /// <summary>The Pearson correlation of two tracks over their common years.</summary>
    internal sealed record CorrelationJson(string First, string Second, int Years, double? Pearson);

    /// <summary>A track's means in both windows.</summary>
    internal sealed record TrackWindowJson(string Track, string Unit, double? FirstMean, double? SecondMean, double? PercentChange);
}
