using TradeArms.Cli.Infrastructure;
using TradeArms.Cli.Json;
using TradeArms.Rendering;
using TradeArms.Trade;
using TradeArms.Text;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms validate</c>: every disagreement between a table's published and computed totals and balances.</summary>
internal static class ValidateCommand
{
    public static Command Definition { get; } = new(
        "validate",
        "Check a bilateral trade table: every published total and balance that disagrees with exports and imports beyond rounding.",
        "tradearms validate <file> [--format table|json|csv] [--reporter <country>] [--partner <country>] [--unit <unit>] [--fiscal-year-start <month>]",
        [
            Opt.Positional("<file>", "CSV or TSV: a period column, exports, imports, and optional total and balance columns; or a published-statements TSV (period, period_kind, ..., other_figure_as_published: one statement per line), whose identities and stated changes and percentages are checked at printed precision."),
            Opt.Value("format", "<f>", "table (default), json or csv."),
            Opt.Value("reporter", "<c>", "The reporting country, if the file has no '# reporter:' line."),
            Opt.Value("partner", "<c>", "The partner country, if the file has no '# partner:' line."),
            Opt.Value("unit", "<u>", "The unit, e.g. 'US$ million', if the file has no '# unit:' line."),
            Opt.Value("fiscal-year-start", "<m>", "The month fiscal years start (e.g. July), for labels like 2010-11."),
        ],
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        if (args.Positional.Count != 1)
        {
            throw new UsageException("validate takes exactly one file. See 'tradearms validate --help'.");
        }
        var format = OutputFormats.Parse(args.Option("format"), "validate");
        var path = UserPath.File(args.Positional[0]);
        if (PublishedStatements.IsHeader(File.ReadLines(path).FirstOrDefault()))
        {
            return PublishedStatementsOutput.Run(PublishedStatements.Check(path), format, context);
        }
        var table = BilateralTradeTableReader.Read(path, ReadOptions(args));
        var report = table.Validate();
        context.Out.Write(format switch
        {
            OutputFormat.Json => Json(report),
            OutputFormat.Csv => context.Csv(report),
            _ => TableRenderer.Render(report),
        });
        return report.IsConsistent ? App.Ok : App.Findings;
    }

    /// <summary>
    /// What a trade-table file does not say itself, from <c>--reporter</c>, <c>--partner</c>, <c>--unit</c> and
    /// <c>--fiscal-year-start</c> (shared by every command that reads a trade table).
    /// </summary>
    internal static TradeTableReadOptions ReadOptions(Arguments args) => new()
    {
        Reporter = args.Option("reporter"),
        Partner = args.Option("partner"),
        Unit = args.Option("unit") is { } u ? MoneyUnit.TryParse(u, out var unit) ? unit : throw new UsageException($"--unit: expected a unit such as 'US$ million', found '{u}'.") : null,
        FiscalYearConvention = args.Option("fiscal-year-start") is { } f ? ParseConvention(f) : null,
        AcceptMissingFinalLineBreak = args.Flag(Unterminated),
    };

    /// <summary>The global flag that reads a file without its final line break (one known to be complete).</summary>
    internal const string Unterminated = "accept-unterminated";

    private static FiscalYearConvention ParseConvention(string text)
    {
        try
        {
            return FiscalYearConvention.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UsageException("--fiscal-year-start: " + e.Message);
        }
    }

    internal static string Json(ValidationReport report) => JsonOutput.Write(
        new ValidationJson(
            report.Table.Reporter.Name, report.Table.Partner.Name, report.Table.Unit.ToString(), report.Table.Source.Citation, report.IsConsistent, report.FiguresChecked,
            [.. report.Discrepancies.Select(d => new DiscrepancyJson(
                d.Period.ToString(), d.Field.ToString().ToLowerInvariant(), d.Published.Amount, d.Computed.Amount, d.Difference.Amount, d.Tolerance,
                d.Kind == DiscrepancyKind.SignReversed ? "signReversed" : "arithmetic", d.SourceLine))]),
        CliJsonContext.Default.ValidationJson);

    /// <summary>The JSON of <c>validate</c> on a trade table.</summary>
    internal sealed record ValidationJson(
        string Reporter, string Partner, string Unit, string Source, bool Consistent, int FiguresChecked, IReadOnlyList<DiscrepancyJson> Discrepancies);

    /// <summary>A figure that disagrees with its parts; amounts as published, without trailing zeros.</summary>
    internal sealed record DiscrepancyJson(string Period, string Field, decimal Published, decimal Computed, decimal Difference, decimal Tolerance, string Kind, int? Line);

    private static string Signed(decimal d) => NumberText.Format(d, "+P", null);
}
