using System.Text.Json.Serialization;
using TradeArms.Cli.Infrastructure;
using TradeArms.Cli.Json;
using TradeArms.Rendering;
using TradeArms.Sipri;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms arms series</c>: TIV by year for a pair, a recipient's imports or a supplier's exports.</summary>
internal static class ArmsSeriesCommand
{
    public static Command Definition { get; } = new(
        "arms series",
        "TIV million by year for a supplier-recipient pair (or, with only one of them, a supplier's exports or a recipient's imports).",
        "tradearms arms series [--supplier <name>] [--recipient <name>] [--from <year>] [--to <year>] [--format table|json|csv] [--data <file-or-folder>] [--soviet-union-as-russia | --soviet-suppliers-as-russia] [--break <year>] [--hac-lag <n>] [--hac-correction]",
        [
            Opt.Value("supplier", "<name>", "The supplier (SIPRI name, alias or ISO code); omit for all suppliers."),
            Opt.Value("recipient", "<name>", "The recipient; omit for all recipients. At least one of the two is needed."),
            Opt.Value("from", "<year>", "First year (default: the first year with deliveries)."),
            Opt.Value("to", "<year>", "Last year, included (default: the last year with deliveries)."),
            ArmsOptions.FormatHelp,
            ArmsOptions.DataHelp,
            ArmsOptions.SovietHelp,
            ArmsOptions.SovietSuppliersHelp,
            ArmsOptions.CombineHelp,
            .. TrendOutput.Help,
        ],
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        const string Name = "arms series";
        if (args.Positional.Count != 0)
        {
            throw new UsageException($"{Name} takes no positional arguments (found '{args.Positional[0]}'). See 'tradearms {Name} --help'.");
        }
        var format = OutputFormats.Parse(args.Option("format"), Name);
        if (args.Option("supplier") is null && args.Option("recipient") is null)
        {
            throw new UsageException($"{Name} needs --supplier <name>, --recipient <name> or both. See 'tradearms {Name} --help'.");
        }
        var arms = ArmsOptions.Load(args);
        var supplier = ArmsOptions.Actor(arms, args, "supplier");
        var recipient = ArmsOptions.Actor(arms, args, "recipient");
        TivSeries Select(YearRange? years) => supplier is not null && recipient is not null ? arms.Series(supplier, recipient, years)
            : supplier is not null ? arms.ExportsOf(supplier, years) : arms.ImportsOf(recipient!, years);
        var all = Select(null);
        var delivered = all.Points.Where(p => p.Value.HasDeliveries).Select(p => p.Year).ToList();
        var fallback = delivered.Count == 0 ? arms.Years : new YearRange(delivered[0], delivered[^1]);
        var series = Select(ArmsOptions.Window(args, fallback));
        var trend = TrendOutput.Analyse(series.ToTimeSeries(), TrendOutput.Parse(args, Name));
        context.Out.Write(format switch
        {
            OutputFormat.Json => Json(series, trend),
            OutputFormat.Csv => context.Csv(series),
            _ => TableRenderer.Render(series) + TrendOutput.Text("Trend", trend),
        });
        return App.Ok;
    }

    internal static string Json(TivSeries series) => Json(series, null);

    internal static string Json(TivSeries series, TrendInference? trend) => JsonOutput.Write(
        new SeriesJson(
            series.Supplier?.Name, series.Recipient?.Name, series.Years.ToString(), Tiv.UnitLabel, JsonOutput.Tiv(series.Total),
            [.. series.Points.Select(p => new SeriesValueJson(p.Year.Year, p.Value.Existed ? JsonOutput.Tiv(p.Value) : null, Status(p.Value.Status)))],
            trend is null ? null : new SeriesTrendJson(
                JsonOutput.Round(trend.Linear?.Slope, 6), JsonOutput.Round(trend.Linear?.SlopeInterval.Lower, 6), JsonOutput.Round(trend.Linear?.SlopeInterval.Upper, 6),
                JsonOutput.Round(trend.Linear?.RSquared, 6), JsonOutput.PValue(trend.Linear?.SlopePValue), JsonOutput.PValueText(trend.Linear?.SlopePValue),
                trend.Linear?.N, trend.LinearReason) { Inference = trend },
            series.Source.Citation, series.Source.Vintage, []),
        CliJsonContext.Default.SeriesJson);

    /// <summary>The JSON of <c>arms series</c>.</summary>
    internal sealed record SeriesJson(
        string? Supplier, string? Recipient, string Window, string Measure, double Total, IReadOnlyList<SeriesValueJson> Values,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SeriesTrendJson? Trend,
        string Source, string? Vintage, IReadOnlyList<string> Notes);

    /// <summary>One year: the TIV (null in a year the actor did not exist) and SIPRI's status.</summary>
    internal sealed record SeriesValueJson(int Year, double? Tiv, string Status);

    /// <summary>The linear trend of the series with its inference.</summary>
    internal sealed record SeriesTrendJson(
        double? SlopePerYear, double? SlopeLower95, double? SlopeUpper95, double? RSquared, double? SlopePValue, string? SlopePValueText,
        int? N, string? LinearReason) : TrendOutput.InferenceJson;

    internal static string Status(TivStatus status) => TradeArms.Text.CodeText.Of(status);
}
