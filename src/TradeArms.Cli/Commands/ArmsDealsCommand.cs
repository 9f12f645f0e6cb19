using TradeArms.Cli.Infrastructure;
using TradeArms.Register;
using TradeArms.Rendering;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms arms deals</c>: the deals of SIPRI's Trade Register, selected by supplier, recipient, category and years.</summary>
internal static class ArmsDealsCommand
{
    public static Command Definition { get; } = new(
        "arms deals",
        "List deals from a SIPRI Trade Register download (who supplied what to whom, when, how many, TIV).",
        "tradearms arms deals --data <register.csv> [--supplier <s>] [--recipient <r>] [--category <c>] [--from <year>] [--to <year>] [--ordered-from <year>] [--ordered-to <year>] [--open] [--format table|json|csv]",
        [
            Opt.Value("data", "<file>", "SIPRI's Trade Register as exported (full register, or by delivery year); repeat for several files of one format."),
            Opt.Value("supplier", "<s>", "Only deals from this supplier (SIPRI name, alias or ISO code)."),
            Opt.Value("recipient", "<r>", "Only deals to this recipient."),
            Opt.Value("category", "<c>", "Only this armament category, e.g. Aircraft (by-delivery-year export only: the full register has none)."),
            Opt.Value("from", "<year>", "Only deals with a delivery in or after this year (SIPRI's own selection is by delivery year)."),
            Opt.Value("to", "<year>", "Only deals with a delivery in or before this year."),
            Opt.Value("ordered-from", "<year>", "Only deals ordered in or after this year."),
            Opt.Value("ordered-to", "<year>", "Only deals ordered in or before this year."),
            Opt.Flag("open", "Only open orders: ordered but not fully delivered (full register only)."),
            Opt.Flag("strict-lines", "Reject a record broken across lines instead of repairing it."),
            Opt.Value("format", "<f>", "table (default), json (an array of deals, camelCase fields) or csv. TIV: null/empty = none, 0 = under the printed precision."),
        ],
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        if (args.Positional.Count != 0)
        {
            throw new UsageException($"arms deals takes no positional arguments ('{args.Positional[0]}'); give the register with --data. See 'tradearms arms deals --help'.");
        }
        var files = args.Options("data");
        if (files.Count == 0)
        {
            throw new UsageException("arms deals needs --data <register.csv> (SIPRI's Trade Register is not shipped). See 'tradearms arms deals --help'.");
        }
        var format = OutputFormats.Parse(args.Option("format"), "arms deals");
        var register = DealOutput.ReadRegister(files, args.Flag("strict-lines"), args.Flag(ValidateCommand.Unterminated));
        var category = args.Option("category");
        if (category is not null && !register.HasCategories)
        {
            throw new UsageException("--category: this register has no armament categories (SIPRI's full register export has no category column); use SIPRI's by-delivery-year export.");
        }
        if (args.Flag("open") && !register.HasNumbersOrdered)
        {
            throw new UsageException("--open: SIPRI's by-delivery-year export has no number ordered; use the full register export.");
        }
        var query = new DealQuery
        {
            Supplier = args.Option("supplier") is { } s ? register.Actor(s) : null,
            Recipient = args.Option("recipient") is { } r ? register.Actor(r) : null,
            Category = category,
            DeliveryYears = ImportSipriCommand.YearWindow(args.Option("from"), args.Option("to")),
            OrderYears = Window(args.Option("ordered-from"), args.Option("ordered-to")),
            OpenOrdersOnly = args.Flag("open"),
        };
        var selection = register.Query(query);
        DealOutput.Report(register, context);
        context.Out.Write(format switch
        {
            OutputFormat.Json => DealOutput.Json(selection.Deals, query.DeliveryYears),
            OutputFormat.Csv => context.Csv(selection),
            _ => TableRenderer.Render(selection),
        });
        return App.Ok;
    }

    private static YearRange? Window(string? from, string? to)
    {
        try
        {
            return ImportSipriCommand.YearWindow(from, to);
        }
        catch (UsageException e)
        {
            throw new UsageException(e.Message.Replace("--from", "--ordered-from", StringComparison.Ordinal).Replace("--to", "--ordered-to", StringComparison.Ordinal));
        }
    }
}
