using System.Globalization;
using TradeArms.Cli.Infrastructure;
using TradeArms.Economies;
using TradeArms.Indicators;
using TradeArms.Products;
using TradeArms.Rendering;
using TradeArms.Sources;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms trade indicators</c>: Grubel-Lloyd, RCA, intensity, complementarity, similarity, diversification at product level.</summary>
internal static class TradeIndicatorsCommand
{
    private const string Name = "trade indicators";

    public static Command Definition { get; } = new(
        Name,
        "Trade indicators at product level, for one pair or every pair of a product matrix: Grubel-Lloyd, revealed comparative advantage, trade intensity, complementarity, export similarity, export diversification.",
        "tradearms trade indicators <file>... --indicator gl|rca|intensity|complementarity|similarity|diversification [--reporter <c>] [--partner <c>] [--level chapter|heading|subheading] [--year <y>] [--group <c,c,...>] [--aquino] [--format table|json|csv] [--out <file.csv>]",
        [
            ("<file>...", "Comtrade (Plus CSV/JSON, legacy CSV), BACI or IMTS files; several files are read as one (e.g. a legacy export file and its import file)."),
            ("--indicator <i>", "gl (Grubel-Lloyd; by product with --reporter and --partner), rca (Balassa and symmetric), intensity, complementarity, similarity (Finger-Kreinin) or diversification."),
            ("--reporter <c>", "The reporter (exporter): ISO3 for Comtrade files, BACI's numeric code for BACI files, or a name."),
            ("--partner <c>", "The partner (importer, or the second exporter for similarity)."),
            ("--level <l>", "chapter, heading or subheading (default: subheading, or the file's level); published codes, or summed from finer codes."),
            ("--year <y>", "One year only."),
            ("--group <codes>", "rca and intensity: the reference group (comma-separated codes) instead of the world."),
            ("--aquino", "gl: add the Aquino adjustment for overall imbalance."),
            ("--format <f>", "table (default), json or csv."),
            ("--out <file>", "Write every row as CSV to this file (atomically) and print only a summary."),
        ],
        ["indicator", "reporter", "partner", "level", "year", "group", "format", "out", "format-in"],
        ["aquino"],
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        if (args.Positional.Count == 0)
        {
            throw new UsageException($"{Name} takes at least one file. See 'tradearms {Name} --help'.");
        }
        var format = OutputFormats.Parse(args.Option("format"), Name);
        var indicator = args.Option("indicator") ?? throw new UsageException("--indicator is required: gl, rca, intensity, complementarity, similarity or diversification.");
        var level = args.Option("level")?.ToLowerInvariant() switch
        {
            null => (ProductLevel?)null,
            "chapter" => ProductLevel.Chapter,
            "heading" => ProductLevel.Heading,
            "subheading" => ProductLevel.Subheading,
            var other => throw new UsageException($"--level must be chapter, heading or subheading, not '{other}'."),
        };
        int? year = args.Option("year") is { } y ? int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new UsageException($"--year must be a year, not '{y}'.") : null;
        var output = args.Option("out") is { } o ? UserPath.Output(o, "--out") : null;
        IndicatorTable table;
        try
        {
            var flows = Load(args, level);
            var reporter = Code(flows, args.Option("reporter"), "--reporter");
            var partner = Code(flows, args.Option("partner"), "--partner");
            var group = args.Option("group")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(g => Code(flows, g, "--group")!).ToList();
            table = indicator.ToLowerInvariant() switch
            {
                "gl" => reporter is not null && partner is not null ? GrubelLloyd.ByProduct(flows, reporter, partner, args.Flag("aquino")) : GrubelLloyd.EveryPair(flows, args.Flag("aquino")),
                "rca" => RevealedComparativeAdvantage.Compute(flows, group, reporter),
                "intensity" => TradeIntensity.Compute(flows, group),
                "complementarity" => Complementarity.Compute(flows, reporter, partner),
                "similarity" => ExportSimilarity.Compute(flows, reporter, partner),
                "diversification" => ExportDiversification.Compute(flows, reporter),
                var other => throw new UsageException($"--indicator must be gl, rca, intensity, complementarity, similarity or diversification, not '{other}'."),
            };
            var symmetric = table.Indicator is TradeIndicator.GrubelLloyd or TradeIndicator.ExportSimilarity;
            var rows = Select(table, year, reporter, partner, symmetric).ToList();
            if (output is not null)
            {
                AtomicFile.WriteAllText(output, context.Csv(table.Subset(rows)));
                context.Out.Write(string.Create(CultureInfo.InvariantCulture, $"{table.Title}: {rows.Count} rows written to {output}\n") + Notes(table));
                return App.Ok;
            }
            context.Out.Write(format switch
            {
                OutputFormat.Json => TradeIndicatorsJson.Write(table, rows),
                OutputFormat.Csv => context.Csv(table.Subset(rows)),
                _ => TableRenderer.Render(table.Subset(rows)),
            });
            return App.Ok;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new UsageException(e.Message);
        }
    }

    private static ProductFlows Load(Arguments args, ProductLevel? level)
    {
        var paths = args.Positional.Select(p => UserPath.File(p)).ToList();
        if (paths.Count == 1 && (args.Option("format-in") ?? "") is "" or "baci" && TradeFile.Detect(paths[0]) == TradeFileFormat.Baci)
        {
            var baci = BaciFlowReader.Read(paths[0]);
            return level is { } l && l != ProductLevel.Subheading ? baci.AtLevel(l) : baci;
        }
        var data = paths.Select(p => TradeFile.Detect(p) is { } f ? TradeFile.Read(p, f)
            : throw new UsageException($"'{p}' is not a Comtrade, BACI or IMTS file TradeArms recognises.")).ToList();
        var chosen = level ?? (data.SelectMany(d => d.Records).Any(r => r.Product?.Level == ProductLevel.Subheading) ? ProductLevel.Subheading
            : data.SelectMany(d => d.Records).Select(r => r.Product?.Level).Where(l => l is not null).Max() ?? ProductLevel.Total);
        return ProductFlows.FromDatasets(chosen, [.. data]);
    }

    private static string? Code(ProductFlows flows, string? text, string option)
    {
        if (text is null)
        {
            return null;
        }
        if (flows.EconomyId(text) >= 0)
        {
            return flows.Economies[flows.EconomyId(text)];
        }
        if (EconomyRegistry.Default.Find(text) is { } economy && flows.EconomyId(ProductFlows.CodeOf(economy)) >= 0)
        {
            return ProductFlows.CodeOf(economy);
        }
        throw new UsageException($"{option}: '{text}' is not an economy of the data ({string.Join(", ", flows.Economies.Take(12))}{(flows.Economies.Length > 12 ? ", ..." : "")}).");
    }

    private static IEnumerable<int> Select(IndicatorTable table, int? year, string? reporter, string? partner, bool symmetric)
    {
        if (!symmetric || reporter is null && partner is null)
        {
            return table.Where(year, reporter, partner);
        }
        return table.Where(year, reporter, partner).Concat(table.Where(year, partner, reporter)).Distinct().Order();
    }

    private static string Notes(IndicatorTable table) => string.Concat(table.Notes.Select(n => "Note: " + n + "\n"));
}
