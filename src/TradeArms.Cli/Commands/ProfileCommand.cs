using TradeArms.Cli.Infrastructure;
using TradeArms.Rendering;

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
        context.Out.Write(TableRenderer.Render(report));
        return App.Ok;
    }
}
