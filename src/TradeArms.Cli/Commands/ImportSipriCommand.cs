using System.Globalization;
using TradeArms.Cli.Infrastructure;
using TradeArms.Sipri;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms import sipri</c>: SIPRI TIV tables (one file or a folder) to tidy long CSV.</summary>
internal static class ImportSipriCommand
{
    public static Command Definition { get; } = new(
        "import sipri",
        "Convert SIPRI 'TIV of arms exports to/from' tables (a file or a folder) to tidy CSV: supplier,recipient,year,tiv.",
        "tradearms import sipri <file-or-folder> --out <tidy.csv> [--from <year>] [--to <year>] [--strict-actors] [--combine-releases]",
        [
            Opt.Positional("<file-or-folder>", "A SIPRI TIV table as downloaded, or a folder of them (by recipient and/or by supplier)."),
            Opt.Value("out", "<file>", "The tidy CSV to write ('-' for standard output)."),
            Opt.Value("from", "<year>", "Keep years from this one on."),
            Opt.Value("to", "<year>", "Keep years up to this one."),
            Opt.Flag("strict-actors", "Reject names the actor catalogue does not know (default: accept and report them)."),
            Opt.Flag("combine-releases", "Allow tables of different SIPRI releases (generation dates) in one output (default: an error)."),
        ],
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        if (args.Positional.Count != 1)
        {
            throw new UsageException("import sipri takes exactly one file or folder. See 'tradearms import sipri --help'.");
        }
        var output = args.Option("out") ?? throw new UsageException("import sipri needs --out <tidy.csv>. See 'tradearms import sipri --help'.");
        var input = UserPath.FileOrFolder(args.Positional[0]);
        if (output != "-")
        {
            UserPath.Output(output, "--out");
        }
        var options = new SipriReadOptions
        {
            Years = YearWindow(args.Option("from"), args.Option("to")),
            UnknownActors = args.Flag("strict-actors") ? UnknownActorPolicy.Reject : UnknownActorPolicy.Infer,
            CombineReleases = args.Flag("combine-releases"),
        };
        if (output != "-")
        {
            AtomicFile.CheckTarget(output);
        }
        // A window wholly outside the tables is the reader's WindowOutsideDataException (exit 2), not a header-only file.
        var data = SipriTivTableReader.Read(input, options);
        var text = TidyTivCsv.ToText(data, context.CsvRaw);
        if (output == "-")
        {
            context.Out.Write(text);
        }
        else
        {
            AtomicFile.WriteAllText(output, text);
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {data.Count} rows ({data.Suppliers.Length} suppliers, {data.Recipients.Length} recipients, {data.Years}) to {output}."));
        }
        foreach (var note in data.Notes)
        {
            context.Error.WriteLine("note: " + note);
        }
        return App.Ok;
    }

    internal static YearRange? YearWindow(string? from, string? to)
    {
        if (from is null && to is null)
        {
            return null;
        }
        var first = from is null ? new CalendarYear(CalendarYear.MinYear) : CalendarYear.TryParse(from, out var f) ? f : throw new UsageException($"--from: expected a year such as 1992{YearText.Range(from)}, found '{from}'.");
        var last = to is null ? new CalendarYear(CalendarYear.MaxYear) : CalendarYear.TryParse(to, out var t) ? t : throw new UsageException($"--to: expected a year such as 2021{YearText.Range(to)}, found '{to}'.");
        if (last < first)
        {
            throw new UsageException($"--to ({last}) is before --from ({first}).");
        }
        return new YearRange(first, last);
    }
}
