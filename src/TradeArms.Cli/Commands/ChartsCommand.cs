using System.Diagnostics;
using System.Globalization;
using TradeArms.Catalogue;
using TradeArms.Cli.Infrastructure;
using TradeArms.Sipri;

namespace TradeArms.Cli.Commands;

/// <summary>
/// <c>tradearms charts</c>: the project's main job. Regenerates every chart of the catalogue from the shipped data
/// (or a data folder), writes <c>charts.json</c>, and skips charts whose inputs and drawing code did not change.
/// </summary>
internal static class ChartsCommand
{
    public static Command Definition { get; } = new(
        "charts",
        "Regenerate the project's standard charts (PNG and SVG) from the shipped data or your own data folder.",
        "tradearms charts [--data <folder>] [--combine-releases] [--register <file>] [--out <folder>] [--format png,svg] [--only <id>...] [--force] [--list] [--profile <name> [--years <range>]]",
        [
            Opt.Value("data", "<folder>", "A folder of SIPRI TIV tables (its own *.csv files, as every --data) and optionally trade/pakistan-russia-table1.tsv (default: the data shipped in the library)."),
            ArmsOptions.CombineHelp,
            Opt.Value("register", "<file>", "A SIPRI Trade Register export (your download): adds deal timelines (Russia-Pakistan, Russia-India, ...)."),
            Opt.Value("out", "<folder>", "Where to write the charts and charts.json (default: charts)."),
            Opt.Value("format", "<f>", "png, svg or png,svg (default: png,svg)."),
            Opt.Value("only", "<id>", "Only this chart; repeat or separate ids with commas."),
            Opt.Flag("force", "Render every chart even if its inputs and code did not change."),
            Opt.Flag("list", "List the chart ids and titles, and exit."),
            Opt.Value("profile", "<name>", "Instead of the standard charts, a country's chart set (imports and exports with trends, suppliers by window, top partners)."),
            Opt.Value("years", "<range>", "With --profile: the years, e.g. 1992-2021 (default: all years of the data)."),
        ],
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        if (args.Positional.Count != 0)
        {
            throw new UsageException($"charts takes no positional arguments, found '{args.Positional[0]}'. See 'tradearms charts --help'.");
        }
        var data = args.Option("data") is { } folder
            ? ChartData.FromFolder(folder, new SipriReadOptions { CombineReleases = args.Flag("combine-releases") })
            : ChartData.Shipped();
        if (args.Option("register") is { } register)
        {
            data = data.WithRegister(UserPath.File(register, "--register"));
        }
        var years = ArmsOptions.WindowOption(args.Option("years"), "--years", context);
        if (years is not null && args.Option("profile") is null)
        {
            throw new UsageException("--years goes with --profile <name>.");
        }
        if (years is { Count: < 5 } tooShort)
        {
            throw new UsageException($"--years: {tooShort} is shorter than the profile's 5-year windows.");
        }
        var catalogue = args.Option("profile") is { } name ? ChartCatalogue.ForProfile(data, name, years) : ChartCatalogue.For(data);
        if (args.Flag("list"))
        {
            foreach (var chart in catalogue)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{chart.Id,-34} {chart.Title}"));
            }
            return App.Ok;
        }
        var options = new ChartRunOptions
        {
            OutputFolder = args.Option("out") ?? "charts",
            Formats = ParseFormats(args.Option("format")),
            Only = [.. args.Options("only").SelectMany(o => o.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))],
            Force = args.Flag("force"),
            Charts = catalogue,
        };
        var unknown = options.Only.Where(id => catalogue.All(c => c.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"--only: no chart with the id {string.Join(", ", unknown.Select(u => "'" + u + "'"))}. Run 'tradearms charts --list' for the ids.");
        }
        var clock = Stopwatch.StartNew();
        context.Error.WriteLine($"Data: {data.Arms.Source.Caption}; {data.Trade.Source.Caption}" + (data.Register is { } r ? $"; Trade Register {r.Source.Caption["Source: ".Length..]}" : ""));
        ChartRunResult result;
        try
        {
            result = ChartRegenerator.Run(data, options, context.Error);
        }
        catch (ChartDataMissingException e)
        {
            // A chart needs data the folder does not hold: a user error, not a crash.
            context.Error.WriteLine($"error: {e.Message} (--only <id> picks charts, --list shows the ids)");
            return App.BadInput;
        }
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Written.Count} charts written, {result.Unchanged.Count} unchanged, in {Path.GetFullPath(options.OutputFolder)} ({clock.Elapsed.TotalSeconds:0.0} s). Manifest: {result.ManifestPath}"));
        return App.Ok;
    }

    private static ChartFormats ParseFormats(string? text)
    {
        if (text is null)
        {
            return ChartFormats.All;
        }
        ChartFormats formats = 0;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            formats |= part.ToLowerInvariant() switch
            {
                "png" => ChartFormats.Png,
                "svg" => ChartFormats.Svg,
                _ => throw new UsageException($"--format: expected png, svg or png,svg, found '{part}'."),
            };
        }
        return formats == 0 ? throw new UsageException("--format: expected png, svg or png,svg, found nothing.") : formats;
    }
}
