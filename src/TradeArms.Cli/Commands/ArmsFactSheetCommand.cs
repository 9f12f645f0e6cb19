using System.Globalization;
using TradeArms.Cli.Infrastructure;
using TradeArms.Cli.Json;
using TradeArms.FactSheets;
using TradeArms.Rendering;
using TradeArms.Sipri;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms arms factsheet</c>: SIPRI's fact-sheet statistics for two windows, from a whole release.</summary>
internal static class ArmsFactSheetCommand
{
    public static Command Definition { get; } = new(
        "arms factsheet",
        "Compute SIPRI's fact-sheet statistics (world change, top exporters and importers, shares, main partners) from a whole SIPRI release.",
        "tradearms arms factsheet --data <folder> [--first 2012-2016] [--second 2017-2021] [--top N] [--partners N] [--format table|json|markdown]",
        [
            Opt.Value("data", "<folder>", "A whole SIPRI release: every 'TIV of arms exports to <recipient>' table (required: the shipped extract is not the whole database)."),
            Opt.Value("first", "<range>", "The earlier window (default: the 5 years before --second)."),
            Opt.Value("second", "<range>", "The later window (default: the last 5 years of the data)."),
            Opt.Value("top", "<n>", "Exporters and importers listed (default 10)."),
            Opt.Value("partners", "<n>", "Main partners listed for each (default 3)."),
            Opt.Value("format", "<f>", "table (default), json or markdown."),
        ],
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        if (args.Positional.Count != 0)
        {
            throw new UsageException($"arms factsheet takes no positional arguments, found '{args.Positional[0]}'. See 'tradearms arms factsheet --help'.");
        }
        var data = args.Option("data") ?? throw new UsageException(
            "arms factsheet needs --data <folder>: world shares need the whole database (every by-recipient table of one SIPRI release), which the shipped extract is not.");
        var format = args.Option("format")?.ToLowerInvariant() switch
        {
            null or "table" => "table",
            "json" => "json",
            "markdown" or "md" => "markdown",
            var other => throw new UsageException($"--format takes table, json or markdown, not '{other}'."),
        };
        var options = new FactSheetOptions
        {
            Top = PositiveInt(args.Option("top"), "top") ?? FactSheetOptions.Default.Top,
            Partners = PositiveInt(args.Option("partners"), "partners") ?? FactSheetOptions.Default.Partners,
        };
        var arms = SipriTivTableReader.Read(UserPath.FileOrFolder(data, "--data"));
        var second = ArmsOptions.Range(args.Option("second"), "--second", ArmsOptions.LastFiveYears(arms), context);
        var first = ArmsOptions.FirstWindow(args.Option("first"), second, context);
        if (second.First <= first.Last)
        {
            throw new UsageException($"--second ({second}) must start after --first ({first}) ends.");
        }
        var sheet = FactSheet.Compute(arms, first, second, options);
        context.Out.Write(format switch
        {
            "json" => Json(sheet),
            "markdown" => sheet.ToMarkdown(),
            _ => TableRenderer.Render(sheet),
        });
        return App.Ok;
    }

    private static int? PositiveInt(string? text, string name) =>
        text is null ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n
        : throw new UsageException($"--{name}: expected a whole number, found '{text}'.");

    internal static string Json(FactSheet sheet)
    {
        static List<FactSheetEntryJson> Entries(IEnumerable<FactSheetEntry> entries) => [.. entries.Select(e => new FactSheetEntryJson(
            e.Rank, e.Actor.Name, e.Actor.Iso3, JsonOutput.Tiv(e.First), JsonOutput.Tiv(e.Second), e.ShareOfWorldFirstPercent, e.ShareOfWorldPercent, e.ChangePercent,
            [.. e.MainPartners.Select(p => new FactSheetPartnerJson(p.Actor.Name, JsonOutput.Tiv(p.Volume), p.SharePercent))]))];
        return JsonOutput.Write(
            new FactSheetJson(
                sheet.First.ToString(), sheet.Second.ToString(), Tiv.UnitLabel, sheet.Source.Citation, sheet.Source.Vintage,
                new FactSheetWorldJson(JsonOutput.Tiv(sheet.WorldFirst), JsonOutput.Tiv(sheet.WorldSecond), sheet.WorldChangePercent, sheet.Previous?.ToString(), sheet.WorldChangeBeforePercent),
                sheet.Top5ExportersSharePercent, sheet.Top5ImportersSharePercent, Entries(sheet.TopExporters), Entries(sheet.TopImporters),
                [.. sheet.RegionalImports.Select(r => new FactSheetRegionJson(r.Name, JsonOutput.Tiv(r.First), JsonOutput.Tiv(r.Second), r.ShareOfWorldPercent, r.ChangePercent))]),
            CliJsonContext.Default.FactSheetJson);
    }

    /// <summary>The JSON of <c>arms factsheet</c>; shares and changes are computed ratios (round-trip doubles).</summary>
    internal sealed record FactSheetJson(
        string First, string Second, string Measure, string Source, string? Vintage, FactSheetWorldJson World,
        double? Top5ExportersSharePercent, double? Top5ImportersSharePercent, IReadOnlyList<FactSheetEntryJson> TopExporters,
        IReadOnlyList<FactSheetEntryJson> TopImporters, IReadOnlyList<FactSheetRegionJson> RegionalImports);

    /// <summary>World volume in both windows.</summary>
    internal sealed record FactSheetWorldJson(double TivFirst, double TivSecond, double? ChangePercent, string? PreviousWindow, double? ChangeBeforePercent);

    /// <summary>One exporter or importer of the top list.</summary>
    internal sealed record FactSheetEntryJson(
        int Rank, string Actor, string? Iso3, double TivFirst, double TivSecond, double? ShareOfWorldFirstPercent, double? ShareOfWorldPercent,
        double? ChangePercent, IReadOnlyList<FactSheetPartnerJson> MainPartners);

    /// <summary>A main partner of an entry.</summary>
    internal sealed record FactSheetPartnerJson(string Actor, double Tiv, double? SharePercent);

    /// <summary>A region's imports.</summary>
    internal sealed record FactSheetRegionJson(string Region, double TivFirst, double TivSecond, double? ShareOfWorldPercent, double? ChangePercent);
}
