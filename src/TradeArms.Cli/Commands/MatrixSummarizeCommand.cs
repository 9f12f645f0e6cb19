using System.Diagnostics;
using System.Globalization;
using TradeArms.Cli.Infrastructure;
using TradeArms.Matrix;

namespace TradeArms.Cli.Commands;

/// <summary>
/// <c>tradearms matrix summarize</c>: loads a tidy bilateral trade matrix and writes, for every pair and period,
/// exports, imports, balance, turnover, coverage and normalised balance; timing goes to standard error.
/// </summary>
internal static class MatrixSummarizeCommand
{
    public static Command Definition { get; } = new(
        "matrix summarize",
        "Load a tidy trade matrix (reporter,partner,year,flow,value) and write every pair's balance, turnover, coverage and normalised balance by year.",
        "tradearms matrix summarize <tidy.csv> --out <result.csv> [--format csv|parquet] [--unit \"US$ million\"] [--fiscal-year-start <month>] [--window <years>] [--checksum] [--trends] [--include-aggregates]",
        [
            Opt.Positional("<tidy.csv>", "Tidy CSV: reporter, partner, year, and flow+value (X/M) or exports+imports columns; an empty value is missing."),
            Opt.Value("out", "<file>", "The result: reporter,partner,year,exports,imports,balance,turnover,coverage,normalised_balance ('-' for standard output)."),
            Opt.Value("format", "<f>", "csv (default) or parquet."),
            Opt.Value("unit", "<unit>", "The unit of the values when the file has no unit column (default: US$ million)."),
            Opt.Value("fiscal-year-start", "<m>", "Accept fiscal-year labels such as 2010-11 for years starting in this month (e.g. July)."),
            Opt.Value("window", "<years>", "Only the periods lying wholly within these calendar years, e.g. 2000-2010 (a window outside the matrix's years is an error)."),
            Opt.Flag("checksum", "Print counts and sums of every computed column to standard output (to compare with other tools)."),
            Opt.Flag("trends", "Also compute every pair's year-on-year growth, CAGR, OLS slope and 5-year rolling sums, and the top-5 partner shares (with --checksum)."),
            Opt.Flag("include-aggregates", "Rank IMF groups and residual categories (World, Advanced Economies, regions, '... not specified') as partners too; by default they are left out of partner rankings and shares."),
        ],
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        if (args.Positional.Count != 1)
        {
            throw new UsageException("matrix summarize takes exactly one tidy CSV file. See 'tradearms matrix summarize --help'.");
        }
        var input = args.Positional[0];
        var output = args.Option("out");
        var checksum = args.Flag("checksum");
        if (output is null && !checksum)
        {
            throw new UsageException("matrix summarize needs --out <result.csv> (or --checksum). See 'tradearms matrix summarize --help'.");
        }
        var format = args.Option("format")?.ToLowerInvariant() switch
        {
            null or "csv" => "csv",
            "parquet" => "parquet",
            var f => throw new UsageException($"--format takes csv or parquet, not '{f}'. See 'tradearms matrix summarize --help'."),
        };
        if (format == "parquet" && output == "-")
        {
            throw new UsageException("--format parquet needs a file for --out, not standard output.");
        }
        var unitText = args.Option("unit") ?? "US$ million";
        if (!MoneyUnit.TryParse(unitText, out var unit))
        {
            throw new UsageException($"--unit: expected a money unit such as 'US$ million', found '{unitText}'.");
        }
        FiscalYearConvention? fiscal = null;
        if (args.Option("fiscal-year-start") is { } fys)
        {
            try
            {
                fiscal = FiscalYearConvention.Parse(fys);
            }
            catch (FormatException)
            {
                throw new UsageException($"--fiscal-year-start: expected a month such as July, found '{fys}'.");
            }
        }
        var window = ArmsOptions.WindowOption(args.Option("window"), "--window", context);
        UserPath.File(input);
        if (output is not null and not "-")
        {
            UserPath.Output(output, "--out");
        }

        if (output is not null and not "-")
        {
            AtomicFile.CheckTarget(output);
        }
        var clock = Stopwatch.StartNew();
        var matrix = TradeMatrixCsvReader.Read(input, new TradeMatrixReadOptions { Unit = unit, FiscalYearConvention = fiscal, AcceptMissingFinalLineBreak = args.Flag(ValidateCommand.Unterminated) });
        if (window is { } w)
        {
            matrix = matrix.Within(w); // the library's one gate: outside the matrix's years is a WindowOutsideDataException (exit 2)
        }
        var loaded = clock.Elapsed.TotalSeconds;
        var bytes = new FileInfo(input).Length;
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Loaded {matrix.GivenCellCount:N0} cells ({matrix.ActorCount:N0} actors, {matrix.PairCount:N0} pairs, {matrix.PeriodCount} periods, {matrix.Unit}) in {loaded:0.000} s: {Rate(matrix.GivenCellCount, loaded)} rows/s, {bytes / 1e6 / loaded:N1} MB/s."));

        if (checksum)
        {
            var sums = MatrixChecksums.Balances(matrix);
            if (args.Flag("trends"))
            {
                sums.AddRange(MatrixChecksums.Trends(matrix, args.Flag("include-aggregates")));
            }
            foreach (var line in sums)
            {
                context.Out.WriteLine(line);
            }
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Computed in {clock.Elapsed.TotalSeconds - loaded:0.000} s."));
        }
        if (output is not null)
        {
            var start = clock.Elapsed.TotalSeconds;
            long rows;
            if (output == "-")
            {
                using var stdout = new TextWriterStream(context.Out);
                rows = TradeMatrixCsvWriter.WriteSummary(matrix, stdout, context.CsvRaw);
            }
            else
            {
                rows = AtomicFile.Write(output, stream => format == "parquet"
                    ? Columnar.TradeMatrixParquet.WriteSummary(matrix, stream)
                    : TradeMatrixCsvWriter.WriteSummary(matrix, stream, context.CsvRaw));
            }
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {rows:N0} rows ({format}) to {output} in {clock.Elapsed.TotalSeconds - start:0.000} s."));
        }
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Elapsed {clock.Elapsed.TotalSeconds:0.000} s ({Rate(matrix.GivenCellCount, clock.Elapsed.TotalSeconds)} input rows/s)."));
        return App.Ok;
    }

    private static string Rate(long rows, double seconds) =>
        seconds <= 0 ? "-" : (rows / seconds).ToString("N0", CultureInfo.InvariantCulture);
}
