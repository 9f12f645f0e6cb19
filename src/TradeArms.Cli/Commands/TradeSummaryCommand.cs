using System.Text.Json.Serialization;
using TradeArms.Cli.Infrastructure;
using TradeArms.Cli.Json;
using TradeArms.Rendering;
using TradeArms.Trade;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms trade summary</c>: balance measures and trends of a bilateral trade table.</summary>
internal static class TradeSummaryCommand
{
    private static readonly (TradeFlow Flow, string Name)[] s_flows =
        [(TradeFlow.Exports, "exports"), (TradeFlow.Imports, "imports"), (TradeFlow.Total, "turnover"), (TradeFlow.Balance, "balance")];

    public static Command Definition { get; } = new(
        "trade summary",
        "Summarise a bilateral trade table: balance, turnover, coverage and normalised balance per period, and the CAGR and fitted linear trend of each flow.",
        "tradearms trade summary <file> [--format table|json|csv] [--reporter <country>] [--partner <country>] [--unit <unit>] [--fiscal-year-start <month>] [--window <years>] [--format-in <f>] [--product <code>] [--level chapter|heading|subheading] [--break <year>] [--hac-lag <n>] [--hac-correction]",
        [
            Opt.Positional("<file>", "A trade table (CSV/TSV: period, exports, imports[, total][, balance]) or an IMF DOTS long CSV (reporter,partner,flow,year,value_usd_millions; then --reporter and --partner choose the view)."),
            Opt.Value("format", "<f>", "table (default), json or csv (csv: one row per period)."),
            Opt.Value("reporter", "<c>", "The reporting country (a trade table without a '# reporter:' line, or the DOTS reporter)."),
            Opt.Value("partner", "<c>", "The partner country (likewise)."),
            Opt.Value("unit", "<u>", "The unit, e.g. 'US$ million', if a trade table has no '# unit:' line."),
            Opt.Value("fiscal-year-start", "<m>", "The month fiscal years start (e.g. July), for labels like 2010-11."),
            Opt.Value("window", "<years>", "Only the periods lying wholly within these calendar years, e.g. 2011-2014 (a window outside the table's years is an error)."),
            .. TrendOutput.Help,
            .. TradeSources.Help,
        ],
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        const string Name = "trade summary";
        if (args.Positional.Count != 1)
        {
            throw new UsageException($"{Name} takes exactly one file. See 'tradearms {Name} --help'.");
        }
        var format = OutputFormats.Parse(args.Option("format"), Name);
        if (args.Option("level") is not null)
        {
            context.Out.Write(TradeSources.Breakdown(args.Positional[0], args, format, context));
            return App.Ok;
        }
        var source = File.Exists(args.Positional[0]) ? TradeSources.TryTable(args.Positional[0], args) : null;
        var table = source?.Table ?? Load(args.Positional[0], args);
        if (ArmsOptions.WindowOption(args.Option("window"), "--window", context) is { } window)
        {
            // The library's one gate: a window outside the table's years is a WindowOutsideDataException (exit 2).
            table = table.Within(window);
            if (table.Rows.IsEmpty)
            {
                throw new UsageException($"--window {window}: no period of '{args.Positional[0]}' lies wholly within it.");
            }
        }
        var product = source?.Product;
        var notes = source is { } s ? s.Data.UnmappedNotes.ToList() : [];
        if (table.Rows.IsEmpty)
        {
            throw new UsageException($"'{args.Positional[0]}' holds no periods.");
        }
        var summary = Balance.Summarise(table) with { DataNotes = [.. notes] };
        var request = TrendOutput.Parse(args, Name);
        var trends = s_flows.Select(f => new FlowTrend(f.Name, TrendOutput.Analyse(table.Series(f.Flow), request, cagr: true))).ToList();
        context.Out.Write(format switch
        {
            OutputFormat.Json => Json(summary, trends, product, notes),
            OutputFormat.Csv => context.Csv(summary),
            _ => TableRenderer.Render(summary) + "\n" + TableRenderer.Render(new TrendReport(
                $"{table.Reporter.Name}-{table.Partner.Name} trade trends by flow, {table.Unit}", trends.Select(t => (t.Flow, t.Inference)))),
        });
        return App.Ok;
    }

    private static BilateralTradeTable Load(string path, Arguments args)
    {
        UserPath.File(path);
        var firstLine = File.ReadLines(path).FirstOrDefault(l => l.Trim().Length > 0)?.Trim();
        if (string.Equals(firstLine, ImfDotsCsv.Header, StringComparison.Ordinal))
        {
            var reporter = args.Option("reporter");
            var partner = args.Option("partner");
            if (reporter is null || partner is null)
            {
                // Both are asked for at once: the user fixes the command line in one go.
                var missing = string.Join(" and ", new[] { reporter is null ? "--reporter <country>" : null, partner is null ? "--partner <country>" : null }.OfType<string>());
                throw new UsageException($"An IMF DOTS file holds both sides' reports for several partners: give {missing}.");
            }
            return ImfDotsCsv.Read(path).Table(Actor.Find(reporter), Actor.Find(partner));
        }
        return BilateralTradeTableReader.Read(path, ValidateCommand.ReadOptions(args));
    }

    /// <summary>A flow's name and the library's trend inference of its series (with the CAGR).</summary>
    internal sealed record FlowTrend(string Flow, TrendInference Inference)
    {
        public LinearTrendFit? Linear => Inference.Linear;
    }

    private static string Json(BalanceSummary summary, IReadOnlyList<FlowTrend> trends, string? product, IReadOnlyList<string> notes) => JsonOutput.Write(
        new SummaryJson(
            summary.Reporter.Name, summary.Partner.Name, product, summary.Unit.ToString(),
            [.. summary.Rows.Select(r => new SummaryPeriodJson(
                r.Period.ToString(), r.Exports?.Amount, r.Imports?.Amount, r.Balance?.Amount, r.Turnover?.Amount,
                JsonOutput.Round(r.Coverage, 6), JsonOutput.Round(r.NormalisedBalance, 6), JsonOutput.Round(r.ExportShare), JsonOutput.Round(r.ImportShare),
                r.CumulativeBalance?.Amount, r.Notes))],
            [.. trends.Select(t => new SummaryTrendJson(
                t.Flow, JsonOutput.Round(t.Inference.Cagr?.PercentPerYear, 6), t.Inference.CagrReason, JsonOutput.Round(t.Linear?.Slope, 6),
                JsonOutput.Round(t.Linear?.SlopeInterval.Lower, 6), JsonOutput.Round(t.Linear?.SlopeInterval.Upper, 6), JsonOutput.Round(t.Linear?.Intercept, 6),
                JsonOutput.Round(t.Linear?.RSquared, 6), JsonOutput.PValue(t.Linear?.SlopePValue), JsonOutput.PValueText(t.Linear?.SlopePValue), t.Linear?.N, t.Inference.LinearReason)
            { Inference = t.Inference })],
            summary.Source.Citation, summary.Source.Vintage, notes),
        CliJsonContext.Default.SummaryJson);

    /// <summary>The JSON of <c>trade summary</c>; <c>product</c> only when the file has products.</summary>
    internal sealed record SummaryJson(
        string Reporter, string Partner, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Product, string Unit,
        IReadOnlyList<SummaryPeriodJson> Periods, IReadOnlyList<SummaryTrendJson> Trends, string Source, string? Vintage, IReadOnlyList<string> Notes);

    /// <summary>One period's balance measures; amounts as published (no trailing zeros), null when missing.</summary>
    internal sealed record SummaryPeriodJson(
        string Period, decimal? Exports, decimal? Imports, decimal? Balance, decimal? Turnover, double? Coverage, double? NormalisedBalance,
        double? ExportShare, double? ImportShare, decimal? CumulativeBalance, IReadOnlyList<string> Notes);

    /// <summary>A flow's CAGR and linear trend with its inference.</summary>
    internal sealed record SummaryTrendJson(
        string Flow, double? CagrPercentPerYear, string? CagrReason, double? SlopePerYear, double? SlopeLower, double? SlopeUpper, double? Intercept,
        double? RSquared, double? SlopePValue, string? SlopePValueText, int? N, string? LinearReason) : TrendOutput.InferenceJson;

}
