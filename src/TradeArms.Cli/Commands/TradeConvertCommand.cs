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
        AtomicFile.WriteAllText(output, context.Csv(result));
        context.Out.Write(Report(path, output, result));
        return App.Ok;
    }

    // What was converted, split, merged and left out is the library's (TradeConversion's summary and notes); the file is
    // the one CSV renderer's, formula-guarded like every CSV the tool writes.
    private static string Report(string input, string output, TradeConversion result) =>
        $"{input} -> {output}: {result.Title}.\n" + string.Concat(result.Summary.Concat(result.Notes).Select(line => "  " + line + "\n"));
}
