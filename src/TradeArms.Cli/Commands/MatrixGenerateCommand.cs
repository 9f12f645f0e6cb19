using System.Diagnostics;
using System.Globalization;
using TradeArms.Cli.Infrastructure;
using TradeArms.Matrix;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms matrix generate</c>: writes a deterministic synthetic tidy trade matrix.</summary>
internal static class MatrixGenerateCommand
{
    public static Command Definition { get; } = new(
        "matrix generate",
        "Write a deterministic synthetic tidy trade matrix (ISO3 codes, 1948-2023, X and M, log-normal US$ million values, some zeros and missing cells).",
        "tradearms matrix generate --rows <n> --out <file> [--seed <s>]",
        [
            Opt.Value("rows", "<n>", "The number of data rows, e.g. 1000000 (suffixes k and M accepted: 10M)."),
            Opt.Value("out", "<file>", "The CSV file to write ('-' for standard output)."),
            Opt.Value("seed", "<s>", "The seed (default 1): the same seed gives the same bytes."),
        ],
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        if (args.Positional.Count != 0)
        {
            throw new UsageException("matrix generate takes no positional arguments. See 'tradearms matrix generate --help'.");
        }
        var rowsText = args.Option("rows") ?? throw new UsageException("matrix generate needs --rows <n>. See 'tradearms matrix generate --help'.");
        var output = args.Option("out") ?? throw new UsageException("matrix generate needs --out <file>. See 'tradearms matrix generate --help'.");
        if (output != "-")
        {
            UserPath.Output(output, "--out");
        }
        var rows = ParseCount(rowsText) ?? throw new UsageException($"--rows: expected a number of rows such as 1000000 or 10M, found '{rowsText}'.");
        var seedText = args.Option("seed") ?? "1";
        if (!ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
        {
            throw new UsageException($"--seed: expected a non-negative integer, found '{seedText}'.");
        }
        var clock = Stopwatch.StartNew();
        long bytes;
        if (output == "-")
        {
            using var stdout = new TextWriterStream(context.Out);
            bytes = SyntheticTradeMatrix.Write(stdout, rows, seed);
        }
        else
        {
            bytes = AtomicFile.Write(output, stream => SyntheticTradeMatrix.Write(stream, rows, seed));
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {rows:N0} rows ({bytes / 1e6:N1} MB, seed {seed}) to {output} in {clock.Elapsed.TotalSeconds:0.00} s."));
        }
        return App.Ok;
    }

    internal static long? ParseCount(string text)
    {
        var t = text.Trim().Replace("_", "", StringComparison.Ordinal);
        var factor = 1L;
        if (t.EndsWith('k') || t.EndsWith('K'))
        {
            factor = 1_000;
            t = t[..^1];
        }
        else if (t.EndsWith('M'))
        {
            factor = 1_000_000;
            t = t[..^1];
        }
        return long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0 && n <= long.MaxValue / factor ? n * factor : null;
    }
}
