using System.Globalization;
using System.Text;
using TradeArms.Cli.Infrastructure;
using TradeArms.Sipri;
using TradeArms.Trade;

namespace TradeArms.Cli.Commands;

/// <summary>
/// <c>tradearms overview</c>: the project's main job until charts land. Validates the Pakistan-Russia trade table and
/// summarises the SIPRI data (the shipped extract, or <c>--data</c>).
/// </summary>
internal static class OverviewCommand
{
    public static Command Definition { get; } = new(
        "overview",
        "Validate the Pakistan-Russia trade table and summarise SIPRI data (the shipped extract, or your own download).",
        "tradearms overview [--data <file-or-folder>] [--trade <file>] [--window <yyyy-yyyy>] [--combine-releases]",
        [
            Opt.Value("data", "<path>", "A SIPRI TIV table or a folder of them (default: the extract shipped in the library)."),
            Opt.Value("trade", "<file>", "A bilateral trade table to validate (default: the shipped Table 1, Pakistan-Russia)."),
            Opt.Value("window", "<range>", "The window for supplier shares, e.g. 2017-2021 (default: the last 5 years of the data)."),
            Opt.Flag("combine-releases", "Allow SIPRI tables of different releases (generation dates) in --data."),
        ],
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        if (args.Positional.Count != 0)
        {
            throw new UsageException("overview takes no positional arguments. See 'tradearms overview --help'.");
        }
        var table = args.Option("trade") is { } tradePath ? BilateralTradeTableReader.Read(UserPath.File(tradePath, "--trade"), new() { AcceptMissingFinalLineBreak = args.Flag(ValidateCommand.Unterminated) }) : Datasets.PakistanRussiaTable1;
        var arms = args.Option("data") is { } dataPath ? SipriTivTableReader.Read(UserPath.FileOrFolder(dataPath, "--data"), new SipriReadOptions { CombineReleases = args.Flag("combine-releases") }) : Datasets.Sipri;
        var window = ArmsOptions.Range(args.Option("window"), "--window", ArmsOptions.LastFiveYears(arms), context);

        var text = new StringBuilder();
        text.Append("== Bilateral trade table ==\n");
        text.Append(ValidateCommand.Text(table.Validate()));
        text.Append("\n== SIPRI arms transfers (TIV million: a volume indicator, not US$) ==\n");
        text.Append(arms).Append('\n');
        foreach (var source in arms.Sources)
        {
            text.Append("  ").Append(source.Location).Append(" (").Append(source.Vintage).Append(")\n");
        }
        var checks = arms.CheckPublishedTotals();
        var outside = checks.Where(c => !c.WithinRounding).ToList();
        text.Append(CultureInfo.InvariantCulture, $"SIPRI's printed totals: {checks.Count} checked, {checks.Count - outside.Count} agree with the cells within rounding");
        text.Append(outside.Count == 0 ? ".\n" : string.Create(CultureInfo.InvariantCulture, $"; {outside.Count} do not:\n"));
        foreach (var c in outside.Take(20))
        {
            text.Append("  ").Append(c).Append('\n');
        }
        foreach (var note in arms.Notes)
        {
            text.Append("note: ").Append(note).Append('\n');
        }

        // Recipients with their own by-recipient table (SIPRI printed their import totals): suppliers' shares.
        var recipients = arms.PublishedTotals.Where(t => t.Side == TotalSide.RecipientImports && t.Recipient is not null && t.Year is not null)
            .Select(t => t.Recipient!).Distinct().Order().ToList();
        // Shares and ranks are the library's (ShareTable); the overview only prints them.
        foreach (var recipient in recipients)
        {
            var shares = arms.SupplierShares(recipient, window);
            text.Append(CultureInfo.InvariantCulture, $"\n{recipient}'s imports {window}: {shares.Total.Millions:0} TIV million; main suppliers:\n");
            Rows(text, shares);
        }
        var suppliers = arms.PublishedTotals.Where(t => t.Side == TotalSide.SupplierExports && t.Supplier is not null && t.Year is not null)
            .Select(t => t.Supplier!).Distinct().Order().ToList();
        foreach (var supplier in suppliers)
        {
            var shares = arms.RecipientShares(supplier, window);
            text.Append(CultureInfo.InvariantCulture, $"\n{supplier}'s exports {window}: {shares.Total.Millions:0} TIV million; main recipients:\n");
            Rows(text, shares);
        }
        text.Append("\nSource: ").Append(arms.Source.Citation).Append('\n');
        context.Out.Write(text.ToString());
        return App.Ok;
    }

    private static void Rows(StringBuilder text, ShareTable shares)
    {
        foreach (var row in shares.Partners.Take(5))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {row.Partner!.Name,-20} {row.Volume.Millions,8:0}  {(row.Percent is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) : "n/a"),5}%\n");
        }
    }
}
