using System.Text;
using TradeArms.Cli.Infrastructure;
using TradeArms.Reports;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms profile</c>: a country's arms, military expenditure and trade sections in one output.</summary>
internal static class ProfileCommand
{
    private const string Name = "profile";

    public static Command Definition { get; } = new(
        Name,
        "A country's arms profile (TIV), military expenditure beside arms imports (--milex) and trade with balance (--trade) in one output, each in its own unit.",
        "tradearms profile <country> [--data <file-or-folder>] [--milex <workbook.xlsx>] [--trade <table>] [--from <year>] [--to <year>] [--window <n>] [--top <n>] [--format table|json]",
        [
            .. ReportInputs.Help,
            ("--format <f>", "table (default) or json."),
        ],
        ["format", .. ReportInputs.ValueOptions],
        ReportInputs.FlagOptions,
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        var format = OutputFormats.Parse(args.Option("format"), Name);
        if (format == OutputFormat.Csv)
        {
            throw new UsageException($"{Name} prints table or json, not csv.");
        }
        var report = ReportInputs.Build(args, Name);
        if (format == OutputFormat.Json)
        {
            context.Out.Write(ProfileJson.Of(report));
            return App.Ok;
        }
        context.Out.Write(Text(report));
        return App.Ok;
    }

    private static string Text(CountryReport report)
    {
        var text = new StringBuilder();
        text.Append("== Arms transfers (TIV million: a volume indicator, not money) ==\n");
        text.Append(report.Arms);
        if (report.Spending is { } spending && report.SpendingWindowRanges is var (first, second))
        {
            text.Append("\n== Military expenditure beside arms imports ==\n");
            text.Append(MilexProfileCommand.Text(spending, first, second, report.SpendingWindows));
        }
        if (report.Balance is { } balance)
        {
            text.Append("\n== Trade ==\n");
            text.Append(balance);
            text.Append(ValidateCommand.Text(report.TradeValidation!));
        }
        var notes = report.Notes.Except(report.Arms.Notes).ToList();
        if (notes.Count > 0)
        {
            text.Append('\n');
            foreach (var note in notes)
            {
                text.Append("Note: ").Append(note).Append('\n');
            }
        }
        return text.ToString();
    }
}
