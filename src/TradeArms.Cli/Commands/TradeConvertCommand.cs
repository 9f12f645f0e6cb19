using System.Globalization;
using System.Text;
using TradeArms.Cli.Infrastructure;
using TradeArms.Products;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms trade convert</c>: a trade source file's products to another classification vintage, with the report.</summary>
internal static class TradeConvertCommand
{
    public static Command Definition { get; } = new(
        "trade convert",
        "Convert a Comtrade or BACI file's 6-digit products to another classification (HS2022, HS2017, HS1992, SITC3, SITC4, BEC) with UNSD's correlation tables; report what was split, merged or left unmapped, with its value.",
        "tradearms trade convert <file> --to <classification> --out <file.csv> --tables <folder> [--format-in <f>]",
        [
            Opt.Positional("<file>", "A Comtrade Plus CSV/JSON, legacy Comtrade CSV or BACI file."),
            Opt.Value("to", "<c>", "The target classification."),
            Opt.Value("out", "<file>", "The converted records as CSV (written through a temporary file and a rename)."),
            Opt.Value("tables", "<folder>", "A folder with UNSD's correlation tables (searched by their published file names)."),
            Opt.Value("format-in", "<f>", "The input format when the header does not tell."),
            TradeSources.Classification,
        ],
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        if (args.Positional.Count != 1)
        {
            throw new UsageException("trade convert takes exactly one file. See 'tradearms trade convert --help'.");
        }
        var path = args.Positional[0];
        var to = Classification.TryParse(args.Option("to") ?? throw new UsageException("trade convert needs --to <classification>."), out var c) ? c
            : throw new UsageException($"--to must be a classification such as HS2022, HS1992, SITC3 or BEC, not '{args.Option("to")}'.");
        var output = args.Option("out") ?? throw new UsageException("trade convert needs --out <file.csv>.");
        var folder = args.Option("tables") ?? throw new UsageException("trade convert needs --tables <folder> with UNSD's correlation tables (not shipped).");
        if (!File.Exists(path))
        {
            throw new UsageException($"'{path}' is not a file.");
        }
        var data = TradeSources.TryRead(path, args) ?? throw new UsageException($"'{path}' is not a Comtrade, BACI or IMTS file (see --format-in).");
        var result = TradeConversion.Convert(data, to, from => ConcordanceTables.Find(folder, from, to));
        AtomicFile.WriteAllText(output, Csv(result));
        context.Out.Write(Report(path, output, result));
        return App.Ok;
    }

    /// <summary>The converted records as CSV: reporter, partner, flow, period, classification, product, value, unit, valuation.</summary>
    internal static string Csv(TradeConversion result)
    {
        var text = new StringBuilder("reporter_code,reporter,partner_code,partner,flow,period,classification,product,value,unit,valuation,source_line\n");
        foreach (var r in result.Records)
        {
            text.Append(string.Join(',', r.ReporterCode, Quote(r.Reporter?.Iso3 ?? r.Reporter?.Name ?? ""), r.PartnerCode, Quote(r.Partner?.Iso3 ?? r.Partner?.Name ?? ""),
                r.Flow.ToString().ToLowerInvariant(), r.Period.ToString(), r.Product?.Classification.Name ?? "", r.Product?.Code ?? "",
                r.Value?.Value.Amount.ToString(CultureInfo.InvariantCulture) ?? "", r.Value?.Value.Unit.ToString() ?? "", r.Value?.Valuation.ToString().ToLowerInvariant() ?? "",
                r.Line.ToString(CultureInfo.InvariantCulture))).Append('\n');
        }
        return text.ToString();
    }

    private static string Quote(string s) => s.IndexOfAny([',', '"']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    private static string Report(string input, string output, TradeConversion result)
    {
        var steps = result.Conversions.SelectMany(c => c.Steps).ToList();
        var split = steps.Where(s => s.IsSplit).ToList();
        var unmapped = steps.Where(s => s.IsUnmapped).ToList();
        var merged = result.Conversions.SelectMany(c => c.Merged).Select(m => m.Code).Distinct().Count();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{input} -> {output}: {result.Records.Length} records in {result.To}\n");
        text.Append(CultureInfo.InvariantCulture, $"  converted {steps.Count - unmapped.Count} codes: {split.Count} split (equal shares), {merged} target codes merged from several sources\n");
        foreach (var reason in result.LeftOut.GroupBy(l => l.Reason))
        {
            // Chapters and headings overlap each other and the subheadings: their values are not added up.
            var sums = reason.Where(l => l.Record.Value is not null && reason.Key != TradeConversion.NotSubheading).GroupBy(l => l.Record.Value!.Value.Value.Unit).Select(g => $"{g.Sum(l => l.Record.Value!.Value.Value.Amount).ToString(CultureInfo.InvariantCulture)} {g.Key}");
            text.Append(CultureInfo.InvariantCulture, $"  left out {reason.Count()} records{(sums.Any() ? $" ({string.Join(" + ", sums)})" : "")}: {reason.Key}: {string.Join(", ", reason.Take(10).Select(l => l.Record.Product?.Code))}{(reason.Count() > 10 ? ", ..." : "")}\n");
        }
        return text.ToString();
    }
}
