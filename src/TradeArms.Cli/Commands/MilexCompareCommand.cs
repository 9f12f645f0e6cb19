using System.Globalization;
using TradeArms.Cli.Infrastructure;
using TradeArms.Cli.Json;
using TradeArms.Milex;
using TradeArms.Prices;
using TradeArms.Rendering;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms milex compare</c>: two milex releases' constant-US$ figures, rebased first, then revisions.</summary>
internal static class MilexCompareCommand
{
    private const string Name = "milex compare";

    public static Command Definition { get; } = new(
        Name,
        "Compares two releases of SIPRI's milex workbook: the older constant-US$ figures are rebased to the newer base year first, then the revisions are shown apart from the rebasing.",
        "tradearms milex compare <older.xlsx> <newer.xlsx> [--country <name>]... [--deflator <GDPDEF.csv>] [--format table|json|csv]",
        [
            Opt.Positional("<older.xlsx> <newer.xlsx>", "Two releases of SIPRI's Military Expenditure Database workbook, older first."),
            Opt.Value("country", "<name>", "Only this country (repeat for several); default all."),
            Opt.Value("deflator", "<GDPDEF.csv>", "Rebase every country by FRED's US GDP deflator instead of each country's implied deflator of the newer release (current / constant US$)."),
            Opt.Value("format", "<f>", "table (default), json or csv."),
        ],
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        if (args.Positional.Count != 2)
        {
            throw new UsageException($"{Name} takes two workbooks, the older release first (found {args.Positional.Count.ToString(CultureInfo.InvariantCulture)} arguments). See 'tradearms {Name} --help'.");
        }
        var format = OutputFormats.Parse(args.Option("format"), Name);
        var older = MilexOptions.Load(args.Positional[0], null);
        var newer = MilexOptions.Load(args.Positional[1], null);
        var countries = args.Options("country").Select(c => MilexOptions.Country(newer, c)).ToList();
        var deflator = args.Option("deflator") is { } path ? FredDeflatorReader.Read(UserPath.File(path, "--deflator")).Deflator : null;
        if (older.Release >= newer.Release)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                $"{Name} takes the older release first: found the {older.Release} release, then the {newer.Release} release."));
        }
        var comparison = MilexReleaseComparison.Compare(older, newer, countries.Count == 0 ? null : countries, deflator);
        context.Out.Write(format switch
        {
            OutputFormat.Json => Json(comparison),
            OutputFormat.Csv => context.Csv(comparison),
            _ => TableRenderer.Render(comparison),
        });
        return App.Ok;
    }

    private static string Json(MilexReleaseComparison c) => JsonOutput.Write(
        new MilexCompareJson(
            c.Older.Source.Citation, c.Newer.Source.Citation, c.OlderUnit.ToString(), c.NewerUnit.ToString(), c.DeflatorName,
            [.. c.Rows.Select(r => new MilexRevisionJson(
                r.Country, r.Year, r.Older.Number, MilexOptions.Status(r.Older.Status), r.RebaseFactor, r.Rebased, r.Newer.Number,
                MilexOptions.Status(r.Newer.Status), r.Revision, r.RevisionPercent, r.IsRevised))],
            [.. c.OnlyInOlder], [.. c.OnlyInNewer]),
        CliJsonContext.Default.MilexCompareJson);

    /// <summary>The JSON of <c>milex compare</c>; values as the workbooks hold them (round-trip doubles).</summary>
    internal sealed record MilexCompareJson(
        string OlderRelease, string NewerRelease, string OlderUnit, string NewerUnit, string? Deflator, IReadOnlyList<MilexRevisionJson> Rows,
        IReadOnlyList<string> OnlyInOlder, IReadOnlyList<string> OnlyInNewer);

    /// <summary>One country-year in both releases.</summary>
    internal sealed record MilexRevisionJson(
        string Country, int Year, double? Older, string OlderStatus, double? RebaseFactor, double? Rebased, double? Newer, string NewerStatus,
        double? Revision, double? RevisionPercent, bool Revised);
}
