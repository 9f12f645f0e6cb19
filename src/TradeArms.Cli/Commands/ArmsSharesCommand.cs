using System.Text;
using TradeArms.Cli.Infrastructure;
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
            OutputFormat.Csv => Csv(shares, context),
            _ => shares.ToString(),
        });
        ArmsOptions.WriteNotes(context, format, shares.Notes);
        return App.Ok;
    }

    internal static string Json(ShareTable shares) => ArmsOptions.Json(json =>
    {
        var subject = shares.Breakdown == ShareBreakdown.ImportsBySupplier ? "recipient" : "supplier";
        json.WriteStartObject();
        json.WriteString(subject, shares.Subject.Name);
        json.WriteString("window", shares.Window.ToString());
        json.WriteNumber("from", shares.Window.First.Year);
        json.WriteNumber("to", shares.Window.Last.Year);
        json.WriteString("measure", shares.Measure.Label);
        json.WriteString("denominator", shares.Denominator == ShareDenominator.SumOfRows ? "rows" : "total");
        json.WriteNumber("total", shares.Total.Millions);
        json.WriteString("totalStatus", ArmsSeriesCommand.Status(shares.Total.Status));
        json.WriteNumber("sumOfRows", shares.SumOfRows.Millions);
        ArmsOptions.Number(json, "printedTotal", shares.PrintedTotal?.Millions);
        json.WriteString("coverage", shares.Coverage.ToString().ToLowerInvariant());
        ArmsOptions.Number(json, "hhi", shares.Concentration.Index, 6);
        ArmsOptions.Number(json, "hhiPoints", shares.Concentration.Points, 2);
        Concentration(json, shares.PartnerConcentration);
        HhiNote(json, shares.Concentration);
        json.WriteStartArray("shares");
        foreach (var row in shares.Rows)
        {
            json.WriteStartObject();
            ArmsOptions.Number(json, "rank", row.Rank);
            json.WriteString(shares.PartnerRole, row.Partner?.Name ?? "Others");
            json.WriteNumber("partners", row.Partners);
            json.WriteNumber("tiv", row.Volume.Millions);
            json.WriteString("status", ArmsSeriesCommand.Status(row.Volume.Status));
            ArmsOptions.Number(json, "share", row.Percent);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        ArmsOptions.Source(json, shares.Source, shares.Concentration.Index is null ? [.. shares.Notes, shares.Concentration.ToString()] : shares.Notes);
        json.WriteEndObject();
    });

    /// <summary>CR1, CR3, CR5, Theil and Gini (0-1 scales, Theil 0 to ln n), next to the HHI.</summary>
    internal static void Concentration(System.Text.Json.Utf8JsonWriter json, PartnerConcentration c)
    {
        ArmsOptions.Number(json, "cr1", c.Cr1, 6);
        ArmsOptions.Number(json, "cr3", c.Cr3, 6);
        ArmsOptions.Number(json, "cr5", c.Cr5, 6);
        ArmsOptions.Number(json, "theil", c.Theil, 6);
        ArmsOptions.Number(json, "gini", c.Gini, 6);
    }

    /// <summary>The table's concentration line when the HHI is undefined (<c>HHI undefined (every delivery ... under 0.5 TIV million)</c>); null otherwise.</summary>
    internal static void HhiNote(System.Text.Json.Utf8JsonWriter json, HerfindahlIndex hhi)
    {
        if (hhi.Index is null)
        {
            json.WriteString("hhiNote", hhi.ToString());
        }
        else
        {
            json.WriteNull("hhiNote");
        }
    }

    internal static string Csv(ShareTable shares, CommandContext context)
    {
        var text = new StringBuilder($"rank,{shares.PartnerRole},partners,tiv,share\n");
        foreach (var row in shares.Rows)
        {
            text.Append(ArmsOptions.Csv(row.Rank)).Append(',')
                .Append(context.CsvField(row.Partner?.Name ?? "Others")).Append(',')
                .Append(ArmsOptions.Csv(row.Partners)).Append(',')
                .Append(ArmsOptions.Csv(row.Volume.Millions)).Append(',')
                .Append(ArmsOptions.Csv(row.Percent)).Append('\n');
        }
        return text.ToString();
    }
}
