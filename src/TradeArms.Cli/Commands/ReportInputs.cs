using TradeArms.Cli.Infrastructure;
using TradeArms.Reports;
using TradeArms.Trade;

namespace TradeArms.Cli.Commands;

/// <summary>What <c>report</c> and <c>profile</c> share: their inputs (<c>--data</c>, <c>--trade</c>, <c>--milex</c>, the years) and the library's <see cref="CountryReport"/> built from them.</summary>
internal static class ReportInputs
{
    public static readonly string[] ValueOptions = ["data", "trade", "milex", "from", "to", "window", "top"];

    public static readonly string[] FlagOptions = ["combine-releases"];

    public static readonly (string, string)[] Help =
    [
        ("<country>", "SIPRI name, alias or ISO code (Pakistan, PAK)."),
        ArmsOptions.DataHelp,
        ("--trade <table>", "A bilateral trade table of the country (reporter or partner), e.g. data/trade/pakistan-russia-table1.tsv: the trade section, with balance."),
        ("--milex <workbook.xlsx>", "SIPRI's Military Expenditure Database workbook: the military expenditure section (constant US$, share of GDP) beside arms imports."),
        ("--from <year>, --to <year>", "The years of the arms profile (default: all years of the data)."),
        ("--window <n>", "Window length in years (default 5)."),
        ("--top <n>", "Partners listed per window before 'others' (default 5)."),
        ArmsOptions.CombineHelp,
    ];

    /// <summary>Reads the inputs and builds the report.</summary>
    public static CountryReport Build(Arguments args, string command)
    {
        if (args.Positional.Count != 1)
        {
            throw new UsageException($"{command} takes one country. See 'tradearms {command} --help'.");
        }
        var arms = ArmsOptions.Load(args);
        var actor = arms.Actor(args.Positional[0]);
        var years = args.Option("from") is null && args.Option("to") is null ? (YearRange?)null : ArmsOptions.Window(args, arms.Years);
        var options = new CountryReportOptions
        {
            Years = years,
            WindowLength = ArmsOptions.Count(args, "window", command) ?? 5,
            Top = ArmsOptions.Top(args, command) ?? 5,
            Trade = args.Option("trade") is { } trade ? BilateralTradeTableReader.Read(UserPath.File(trade, "--trade")) : null,
            Milex = args.Option("milex") is { } milex ? MilexOptions.Load(milex, "--milex") : null,
        };
        try
        {
            return CountryReport.Build(arms, actor, options);
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            // The years asked for do not suit the country (shorter than a window, outside its lifetime): the user's to fix.
            throw new UsageException("--from/--to/--window: " + e.Message.Split(" (Parameter", 2)[0]);
        }
    }
}
