using TradeArms.Cli.Infrastructure;
using TradeArms.Rendering;
using TradeArms.Reports;
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

        // Every figure is the library's (DataOverview: validation, totals check, ShareTable); the command only renders it.
        context.Out.Write(TableRenderer.Render(DataOverview.Of(table, arms, window)));
        return App.Ok;
    }
}
