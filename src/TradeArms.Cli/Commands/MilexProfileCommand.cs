using System.Globalization;
using System.Text;
using TradeArms.Cli.Infrastructure;
using TradeArms.Milex;
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
            ("<country>", "SIPRI's milex name, or a name or ISO code the actor catalogue knows."),
            ("--data <workbook.xlsx>", "SIPRI's Military Expenditure Database workbook."),
            ("--arms <file-or-folder>", "SIPRI TIV tables (default: the shipped extract)."),
            ("--from <year>, --to <year>", "The time axis (default: the years both the arms data and the workbook hold)."),
            ("--first <window>, --second <window>", "Two windows to compare, e.g. 2006-2010 and 2016-2020 (default: the first and last five years of the axis)."),
            ("--format <f>", "table (default) or json."),
        ],
        ["data", "arms", "from", "to", "first", "second", "format"],
        [],
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
        if (last < first)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--to ({last}) is before --from ({first})."));
        }
        var years = new YearRange(first, last);
        var profile = ArmsSpendingProfile.Build(workbook, country, imports, years);
        var w1 = args.Option("first") is { } a ? Window(a, "--first") : new YearRange(first, Math.Min(first + 4, last));
        var w2 = args.Option("second") is { } b ? Window(b, "--second") : new YearRange(Math.Max(last - 4, first), last);
        var windows = profile.CompareWindows(w1, w2);
        context.Out.Write(format == OutputFormat.Json ? Json(profile, w1, w2, windows) : Text(profile, w1, w2, windows));
        return App.Ok;
    }

    private static int? Year(string? text, string option) => text is null ? null
        : CalendarYear.TryParse(text, out var y) ? y.Year : throw new UsageException($"{option}: expected a year such as 2017, found '{text}'.");

    private static YearRange Window(string text, string option) =>
        YearRange.TryParse(text, out var w) ? w : throw new UsageException($"{option}: expected a window such as 2016-2020, found '{text}'.");

    private static string Number(double? v) => v?.ToString("0.##", CultureInfo.InvariantCulture) ?? "-";

    internal static string Text(ArmsSpendingProfile p, YearRange w1, YearRange w2, IReadOnlyList<TrackWindowChange> windows)
    {
        var text = new StringBuilder();
        text.Append(p.Country).Append(": arms imports and military expenditure, ").Append(p.Years).Append(" (each column in its own unit)\n");
        var header = new List<string> { "Year" };
        header.AddRange(p.Tracks.Select(t => $"{t.Name} ({t.Unit})"));
        var rows = p.Years.Select(y => (IReadOnlyList<string>)[y.ToString(), .. p.Tracks.Select(t => Number(t.Values[y.Year]))]);
        text.Append(TradeArms.Text.TextTable.Format(header, [false, .. p.Tracks.Select(_ => true)], rows));
        text.Append("\nCorrelations (Pearson, years with both figures):\n");
        foreach (var c in p.Correlations)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {c.First} ~ {c.Second}: {c.Pearson?.ToString("0.000", CultureInfo.InvariantCulture) ?? "undefined"} (n = {c.Years})\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"\nAnnual mean, {w1} against {w2}:\n");
        foreach (var w in windows)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {w.Track}: {Number(w.FirstMean)} -> {Number(w.SecondMean)} {w.Unit} ({w.PercentChange?.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) ?? "undefined"}%)\n");
        }
        text.Append("TIV is a volume indicator, not US$: no TIV figure is converted to money. Years without identified deliveries count as 0 TIV.\n");
        text.Append(p.Tracks[0].Source.Caption).Append('\n');
        text.Append("Source: ").Append(p.Tracks[1].Source.Citation).Append(" (").Append(p.Tracks[1].Source.Vintage).Append(")\n");
        return text.ToString();
    }

    private static string Json(ArmsSpendingProfile p, YearRange w1, YearRange w2, IReadOnlyList<TrackWindowChange> windows) => ArmsOptions.Json(json =>
    {
        json.WriteStartObject();
        json.WriteString("country", p.Country);
        json.WriteString("years", p.Years.ToString());
        json.WriteStartArray("tracks");
        foreach (var t in p.Tracks)
        {
            json.WriteStartObject();
            json.WriteString("name", t.Name);
            json.WriteString("unit", t.Unit);
            json.WriteString("source", t.Source.Citation);
            json.WriteStartArray("values");
            foreach (var (year, value) in t.Values)
            {
                json.WriteStartObject();
                json.WriteNumber("year", year);
                ArmsOptions.Number(json, "value", value, 6);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("correlations");
        foreach (var c in p.Correlations)
        {
            json.WriteStartObject();
            json.WriteString("first", c.First);
            json.WriteString("second", c.Second);
            json.WriteNumber("years", c.Years);
            ArmsOptions.Number(json, "pearson", c.Pearson, 6);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("firstWindow", w1.ToString());
        json.WriteString("secondWindow", w2.ToString());
        json.WriteStartArray("windows");
        foreach (var w in windows)
        {
            json.WriteStartObject();
            json.WriteString("track", w.Track);
            json.WriteString("unit", w.Unit);
            ArmsOptions.Number(json, "firstMean", w.FirstMean, 6);
            ArmsOptions.Number(json, "secondMean", w.SecondMean, 6);
            ArmsOptions.Number(json, "percentChange", w.PercentChange, 4);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });
}
