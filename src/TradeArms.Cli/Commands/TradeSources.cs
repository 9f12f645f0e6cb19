using System.Text.Json.Serialization;
using TradeArms.Cli.Infrastructure;
using TradeArms.Cli.Json;
using TradeArms.Economies;
using TradeArms.Products;
using TradeArms.Rendering;
using TradeArms.Sources;

namespace TradeArms.Cli.Commands;

/// <summary>
/// The trade source files of <c>trade summary</c> (Comtrade Plus CSV/JSON, legacy Comtrade CSV, BACI, IMF IMTS SDMX-CSV):
/// format detection, the reporter-partner-product choice, and the product breakdown of <c>--level</c>. The command's
/// parser only calls <see cref="TryTable"/> and <see cref="Breakdown"/>.
/// </summary>
internal static class TradeSources
{
    /// <summary>The HS vintage of a BACI file whose name does not state it (<c>trade summary</c>, <c>trade convert</c>).</summary>
    public static readonly Opt Classification = Opt.Value("classification", "<hs>", "The HS vintage of a BACI file whose name does not state it (BACI_HS17_Y2022_V202401.csv does): HS1992, HS1996, ... HS2022.");

    /// <summary>The options these files add to <c>trade summary</c>.</summary>
    public static readonly Opt[] Help =
    [
        Opt.Value("format-in", "<f>", "The input format when the header does not tell: comtrade-plus-csv, comtrade-plus-json, comtrade-legacy-csv, baci, imts."),
        Opt.Value("product", "<code>", "A source file's product code (TOTAL, 93, 9301, 930110); default TOTAL, or the file's only product."),
        Opt.Value("level", "<l>", "chapter, heading or subheading: the pair's trade by product at that level (published, or summed from finer codes)."),
        Classification,
    ];

    /// <summary>The names of <see cref="Help"/>'s options (for a command declared the older way).</summary>
    public static string[] Options => [.. Help.Select(o => o.Name)];

    /// <summary>The dataset of a trade source file, or null when the file is none of them (a trade table or DOTS CSV).</summary>
    public static TradeDataset? TryRead(string path, Arguments args)
    {
        var format = args.Option("format-in") is { } f ? ParseFormat(f) : TradeFile.Detect(path);
        return format is { } known ? TradeFile.Read(path, known, ReadOptions(args)) : null;
    }

    private static TradeReadOptions ReadOptions(Arguments args) => args.Option("classification") is not { } text ? new()
        : new() { Classification = Products.Classification.TryParse(text, out var c) ? c : throw new UsageException($"--classification must be an HS vintage such as HS1992 or HS2017, not '{text}'.") };

    /// <summary>The pair's table of a trade source file, or null when the file is none of them.</summary>
    public static (BilateralTradeTable Table, TradeDataset Data, string? Product)? TryTable(string path, Arguments args)
    {
        if (TryRead(path, args) is not { } data)
        {
            return null;
        }
        var (reporter, partner) = Pair(data, args);
        var product = args.Option("product");
        try
        {
            var table = data.Table(reporter, partner, product);
            return (table, data, product ?? DefaultProduct(data));
        }
        catch (InvalidOperationException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>The <c>--level</c> output: the library's <see cref="ProductBreakdown"/> of the pair at a level, rendered (JSON, CSV or table).</summary>
    public static string Breakdown(string path, Arguments args, OutputFormat format, CommandContext context)
    {
        var data = TryRead(path, args) ?? throw new UsageException("--level needs a Comtrade, BACI or IMTS file with products.");
        var level = args.Option("level")!.ToLowerInvariant() switch
        {
            "chapter" => ProductLevel.Chapter,
            "heading" => ProductLevel.Heading,
            "subheading" => ProductLevel.Subheading,
            var other => throw new UsageException($"--level must be chapter, heading or subheading, not '{other}'."),
        };
        var (reporter, partner) = Pair(data, args);
        var breakdown = ProductBreakdown.Of(data, reporter, partner, level, args.Option("product"));
        if (breakdown.Rows.IsEmpty)
        {
            throw new UsageException($"'{path}' has no products at {level.ToString().ToLowerInvariant()} level for {reporter.Name} with {partner.Name}.");
        }
        return format switch
        {
            OutputFormat.Json => JsonOutput.Write(
                new ProductsJson(
                    reporter.Name, partner.Name, level.ToString().ToLowerInvariant(),
                    [.. breakdown.Rows.Select(r => new ProductJson(r.Period.ToString(), r.Product, r.Exports?.Amount, r.Exports?.Unit.ToString(), r.Imports?.Amount, r.Imports?.Unit.ToString()))],
                    data.Source.Citation, data.Source.Vintage, [.. breakdown.Notes]),
                CliJsonContext.Default.ProductsJson),
            OutputFormat.Csv => context.Csv(breakdown),
            _ => TableRenderer.Render(breakdown),
        };
    }

    /// <summary>The JSON of <c>trade summary --level</c>.</summary>
    internal sealed record ProductsJson(
        string Reporter, string Partner, string Level, IReadOnlyList<ProductJson> Products, string Source, string? Vintage, IReadOnlyList<string> Notes);

    /// <summary>One product in one period; each amount carries its unit (absent with a missing amount).</summary>
    internal sealed record ProductJson(
        string Period, string Product, decimal? Exports,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ExportsUnit,
        decimal? Imports,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ImportsUnit);

    private static (Economy Reporter, Economy Partner) Pair(TradeDataset data, Arguments args)
    {
        var registry = EconomyRegistry.Default;
        Economy Find(string text) => registry.Find(text) ?? throw new UsageException($"'{text}' is not an economy code or name TradeArms knows (try 'tradearms codes {text}').");
        if (data.Records.IsEmpty)
        {
            throw new DataCoverageException($"'{data.Source.Location}' holds no trade records (a header without rows).");
        }
        var reporters = data.Reporters;
        var reporter = args.Option("reporter") is { } r ? Find(r)
            : reporters.Count == 1 ? reporters[0]
            : throw new UsageException($"'{data.Source.Location}' has {reporters.Count} reporters ({string.Join(", ", reporters.Take(5).Select(e => e.Iso3 ?? e.Name))}{(reporters.Count > 5 ? ", ..." : "")}): choose one with --reporter.");
        var partners = data.Records.Where(x => x.Reporter == reporter).Select(x => x.Partner).OfType<Economy>().Distinct().ToList();
        var partner = args.Option("partner") is { } p ? Find(p)
            : partners.Count == 1 ? partners[0]
            : throw new UsageException($"{reporter.Name} has {partners.Count} partners in '{data.Source.Location}': choose one with --partner (a name or code; World is W00 or 0).");
        return (reporter, partner);
    }

    private static string? DefaultProduct(TradeDataset data)
    {
        var products = data.Records.Select(r => r.Product?.Code).Distinct().ToList();
        return products.Contains(ProductCode.TotalCode) ? ProductCode.TotalCode : products.Count == 1 ? products[0] : null;
    }

    private static TradeFileFormat ParseFormat(string text) => text.ToLowerInvariant() switch
    {
        "comtrade-plus-csv" => TradeFileFormat.ComtradePlusCsv,
        "comtrade-plus-json" => TradeFileFormat.ComtradePlusJson,
        "comtrade-legacy-csv" => TradeFileFormat.ComtradeLegacyCsv,
        "baci" => TradeFileFormat.Baci,
        "imts" => TradeFileFormat.ImtsSdmxCsv,
        _ => throw new UsageException($"--format-in must be comtrade-plus-csv, comtrade-plus-json, comtrade-legacy-csv, baci or imts, not '{text}'."),
    };
}
