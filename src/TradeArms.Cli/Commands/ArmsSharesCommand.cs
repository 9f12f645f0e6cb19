using System.Text.Json.Serialization;
using TradeArms.Cli.Infrastructure;
using TradeArms.Cli.Json;
using TradeArms.Sipri;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms arms shares</c>: suppliers' shares of a recipient's imports, or recipients' shares of a supplier's exports.</summary>
internal static class ArmsSharesCommand
{
    public static Command Definition { get; } = new(
        "arms shares",
        "Suppliers' shares of a recipient's arms imports (or, with --supplier, recipients' shares of its exports) over a window, in TIV million.",
        "tradearms arms shares (--recipient <name> | --supplier <name>) [--from <year>] [--to <year>] [--top <n>] [--denominator rows|total] [--format table|json|csv] [--data <file-or-folder>] [--soviet-union-as-russia | --soviet-suppliers-as-russia]",
        [
            Opt.Value("recipient", "<name>", "The recipient whose suppliers to rank (SIPRI name, alias or ISO code: India, IND)."),
            Opt.Value("supplier", "<name>", "The supplier whose markets to rank (instead of --recipient)."),
            Opt.Value("from", "<year>", "First year of the window (default: the last 5 years of the data)."),
            Opt.Value("to", "<year>", "Last year of the window, included."),
            Opt.Value("top", "<n>", "List the n largest partners and group the rest as 'Others' (default: list all)."),
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
        const string Name = "arms shares";
        if (args.Positional.Count != 0)
        {
            throw new UsageException($"{Name} takes no positional arguments (found '{args.Positional[0]}'). See 'tradearms {Name} --help'.");
        }
        var format = OutputFormats.Parse(args.Option("format"), Name);
        var top = ArmsOptions.Top(args, Name);
        var denominator = ArmsOptions.Denominator(args);
        ArmsOptions.RequireOneSubject(args, Name);
        var arms = ArmsOptions.Load(args);
        var window = ArmsOptions.Window(args, ArmsOptions.LastFiveYears(arms));
        var recipient = ArmsOptions.Actor(arms, args, "recipient");
        var shares = recipient is not null
            ? arms.SupplierShares(recipient, window, top, denominator)
            : arms.RecipientShares(ArmsOptions.Actor(arms, args, "supplier")!, window, top, denominator);
        context.Out.Write(format switch
        {
            OutputFormat.Json => Json(shares),
            OutputFormat.Csv => context.Csv(shares),
            _ => shares.ToString(),
        });
        ArmsOptions.WriteNotes(context, format, shares.Notes);
        return App.Ok;
    }

    internal static string Json(ShareTable shares)
    {
        var byRecipient = shares.Breakdown == ShareBreakdown.ImportsBySupplier;
        var concentration = shares.PartnerConcentration;
        return JsonOutput.Write(
            new SharesJson(
                byRecipient ? shares.Subject.Name : null, byRecipient ? null : shares.Subject.Name,
                shares.Window.ToString(), shares.Window.First.Year, shares.Window.Last.Year, shares.Measure.Label,
                shares.Denominator == ShareDenominator.SumOfRows ? "rows" : "total",
                JsonOutput.Tiv(shares.Total), ArmsSeriesCommand.Status(shares.Total.Status), JsonOutput.Tiv(shares.SumOfRows), JsonOutput.Tiv(shares.PrintedTotal),
                shares.Coverage.ToString().ToLowerInvariant(),
                JsonOutput.Round(shares.Concentration.Index, 6), JsonOutput.Round(shares.Concentration.Points, 2),
                JsonOutput.Round(concentration.Cr1, 6), JsonOutput.Round(concentration.Cr3, 6), JsonOutput.Round(concentration.Cr5, 6),
                JsonOutput.Round(concentration.Theil, 6), JsonOutput.Round(concentration.Gini, 6), HhiNote(shares.Concentration),
                [.. shares.Rows.Select(row => new ShareRowJson(
                    row.Rank, byRecipient ? row.Partner?.Name ?? "Others" : null, byRecipient ? null : row.Partner?.Name ?? "Others",
                    row.Partners, JsonOutput.Tiv(row.Volume), ArmsSeriesCommand.Status(row.Volume.Status), JsonOutput.Round(row.Percent)))],
                shares.Source.Citation, shares.Source.Vintage,
                shares.Concentration.Index is null ? [.. shares.Notes, shares.Concentration.ToString()] : shares.Notes),
            CliJsonContext.Default.SharesJson);
    }

    /// <summary>The table's concentration line when the HHI is undefined (<c>HHI undefined (every delivery ... under 0.5 TIV million)</c>); null otherwise.</summary>
    internal static string? HhiNote(HerfindahlIndex hhi) => hhi.Index is null ? hhi.ToString() : null;

    /// <summary>The JSON of <c>arms shares</c>: the subject is <c>recipient</c> or <c>supplier</c>, never both.</summary>
    internal sealed record SharesJson(
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Recipient,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Supplier,
        string Window, int From, int To, string Measure, string Denominator, double Total, string TotalStatus, double SumOfRows, double? PrintedTotal,
        string Coverage, double? Hhi, double? HhiPoints, double? Cr1, double? Cr3, double? Cr5, double? Theil, double? Gini, string? HhiNote,
        IReadOnlyList<ShareRowJson> Shares, string Source, string? Vintage, IReadOnlyList<string> Notes);

    /// <summary>One partner (or Others): the partner is named <c>supplier</c> or <c>recipient</c> by its role.</summary>
    internal sealed record ShareRowJson(
        int? Rank,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Supplier,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Recipient,
        int Partners, double Tiv, string Status, double? Share);
}
