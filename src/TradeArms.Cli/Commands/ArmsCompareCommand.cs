using System.Text.Json.Serialization;
using TradeArms.Cli.Infrastructure;
using TradeArms.Cli.Json;
using TradeArms.Sipri;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms arms compare</c>: a recipient's (or supplier's) partners in two windows, as SIPRI's fact sheets show them.</summary>
internal static class ArmsCompareCommand
{
    public static Command Definition { get; } = new(
        "arms compare",
        "Compare two windows as SIPRI's fact sheets do: each main supplier's share of a recipient's imports (or, with --supplier, each market's share) in both, ranks, and the change of the total.",
        "tradearms arms compare (--recipient <name> | --supplier <name>) [--first <yyyy-yyyy>] [--second <yyyy-yyyy>] [--top <n>] [--denominator rows|total] [--format table|json|csv] [--data <file-or-folder>] [--soviet-union-as-russia | --soviet-suppliers-as-russia]",
        [
            Opt.Value("recipient", "<name>", "The recipient (SIPRI name, alias or ISO code)."),
            Opt.Value("supplier", "<name>", "The supplier (instead of --recipient): compare its markets."),
            Opt.Value("first", "<range>", "The first window, e.g. 2012-2016 (default: the 5 years before --second)."),
            Opt.Value("second", "<range>", "The second window, e.g. 2017-2021 (default: the last 5 years of the data)."),
            Opt.Value("top", "<n>", "List partners among the n largest of either window, then 'Others' (default: 3, as in SIPRI's fact sheets)."),
            ArmsOptions.DenominatorHelp,
            ArmsOptions.FormatHelp,
            ArmsOptions.DataHelp,
            ArmsOptions.SovietHelp,
            ArmsOptions.SovietSuppliersHelp,
            ArmsOptions.CombineHelp,
        ],
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        const string Name = "arms compare";
        if (args.Positional.Count != 0)
        {
            throw new UsageException($"{Name} takes no positional arguments (found '{args.Positional[0]}'). See 'tradearms {Name} --help'.");
        }
        var format = OutputFormats.Parse(args.Option("format"), Name);
        var top = ArmsOptions.Top(args, Name) ?? 3;
        var denominator = ArmsOptions.Denominator(args);
        ArmsOptions.RequireOneSubject(args, Name);
        var arms = ArmsOptions.Load(args);
        var second = ArmsOptions.Range(args.Option("second"), "--second", ArmsOptions.LastFiveYears(arms), context);
        var first = ArmsOptions.FirstWindow(args.Option("first"), second, context);
        var recipient = ArmsOptions.Actor(arms, args, "recipient");
        var comparison = recipient is not null
            ? arms.CompareSupplierShares(recipient, first, second, top, denominator)
            : arms.CompareRecipientShares(ArmsOptions.Actor(arms, args, "supplier")!, first, second, top, denominator);
        context.Out.Write(format switch
        {
            OutputFormat.Json => Json(comparison),
            OutputFormat.Csv => context.Csv(comparison),
            _ => comparison.ToString(),
        });
        ArmsOptions.WriteNotes(context, format, comparison.Notes);
        return App.Ok;
    }

    internal static string Json(ShareComparison comparison)
    {
        var byRecipient = comparison.Breakdown == ShareBreakdown.ImportsBySupplier;
        return JsonOutput.Write(
            new CompareJson(
                byRecipient ? comparison.Subject.Name : null, byRecipient ? null : comparison.Subject.Name,
                comparison.First.ToString(), comparison.Second.ToString(), comparison.Measure.Label,
                comparison.Denominator == ShareDenominator.SumOfRows ? "rows" : "total",
                JsonOutput.Tiv(comparison.FirstTotal), JsonOutput.Tiv(comparison.SecondTotal), JsonOutput.Round(comparison.PercentChange),
                comparison.ComparesPerYearAverages, JsonOutput.Round(comparison.FirstAverage), JsonOutput.Round(comparison.SecondAverage),
                JsonOutput.Round(comparison.AveragePercentChange), comparison.Reason,
                [.. comparison.Rows.Select(row => new CompareRowJson(
                    byRecipient ? row.Partner?.Name ?? "Others" : null, byRecipient ? null : row.Partner?.Name ?? "Others", row.Partners,
                    JsonOutput.Tiv(row.FirstVolume), JsonOutput.Round(row.FirstPercent), row.FirstRank,
                    JsonOutput.Tiv(row.SecondVolume), JsonOutput.Round(row.SecondPercent), row.SecondRank, row.RankChange))],
                comparison.Source.Citation, comparison.Source.Vintage, comparison.Notes),
            CliJsonContext.Default.CompareJson);
    }

    /// <summary>The JSON of <c>arms compare</c>: the subject is <c>recipient</c> or <c>supplier</c>; <c>reason</c> only when the change is undefined.</summary>
    internal sealed record CompareJson(
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Recipient,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Supplier,
        string First, string Second, string Measure, string Denominator, double FirstTotal, double SecondTotal, double? PercentChange,
        bool PerYearAverages, double? FirstAveragePerYear, double? SecondAveragePerYear, double? AveragePercentChange,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason,
        IReadOnlyList<CompareRowJson> Rows, string Source, string? Vintage, IReadOnlyList<string> Notes);

    /// <summary>One partner in both windows; the partner is named <c>supplier</c> or <c>recipient</c> by its role.</summary>
    internal sealed record CompareRowJson(
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Supplier,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Recipient,
        int Partners, double FirstTiv, double? FirstShare, int? FirstRank, double SecondTiv, double? SecondShare, int? SecondRank, int? RankChange);
}
