using System.Globalization;
using System.Text;
using TradeArms.Cli.Infrastructure;
using TradeArms.Register;

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
        var deals = selection.Deals;
        DealOutput.Report(register, context);
        context.Out.Write(format switch
        {
            OutputFormat.Json => DealOutput.Json(deals, query.DeliveryYears),
            OutputFormat.Csv => context.Csv(selection),
            _ => Table(register, deals, query.DeliveryYears),
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

    private static string Table(TradeRegister register, IReadOnlyList<ArmsDeal> deals, YearRange? window)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{deals.Count} of {register.Count} deals; TIV in {Tiv.UnitLabel} (a volume indicator, not US$); ? = uncertain\n");
        text.Append(register.Source.Caption).Append('\n');
        if (deals.Count == 0)
        {
            return text.Append("No deal matches.\n").ToString();
        }
        text.Append('\n');
        var withCategory = register.HasCategories;
        var header = new List<string> { "Supplier", "Recipient", "Ordered", "No.", "Designation", "Description" };
        if (withCategory)
        {
            header.Add("Category");
        }
        var inWindow = window is { } w && register.Deals.Any(d => d.HasYearlyDeliveries);
        header.AddRange(["Delivered", "Years of delivery", "Status", "TIV delivered"]);
        if (inWindow)
        {
            header.Add($"TIV in {window}");
        }
        var rows = deals.Select(d =>
        {
            var row = new List<string>
            {
                d.Supplier.Name, d.Recipient.Name, d.OrderYear + DealOutput.Q(d.OrderYearIsEstimate),
                DealOutput.Int(d.NumberOrdered) + DealOutput.Q(d.NumberOrderedIsEstimate), d.Designation.Trim(), d.Description,
            };
            if (withCategory)
            {
                row.Add(d.Category ?? "");
            }
            row.AddRange([DealOutput.Int(d.NumberDelivered) + DealOutput.Q(d.NumberDeliveredIsEstimate), DealOutput.CompactYears(d.DeliveryYears), d.Status.Text, DealOutput.TivText(d.DeliveredTiv)]);
            if (inWindow)
            {
                row.Add(DealOutput.TivText(d.DeliveredTivIn(window!.Value)));
            }
            return row.ToArray();
        }).ToList();
        var delivered = header.Count - (inWindow ? 5 : 4);
        var right = new HashSet<int> { 3, delivered, header.Count - 1, header.Count - (inWindow ? 2 : 1) };
        DealOutput.Table(text, [.. header], rows, right);
        var whole = Tiv.Sum(deals.Select(d => d.DeliveredTiv)).Millions;
        if (inWindow)
        {
            var within = Tiv.Sum(deals.Select(d => d.DeliveredTivIn(window!.Value) ?? Tiv.NoDeliveries)).Millions;
            text.Append(CultureInfo.InvariantCulture, $"\nTotal TIV delivered in {window}: {within:0.##} {Tiv.UnitLabel} (SIPRI's rule: only deliveries in the selected years)\n");
            text.Append(CultureInfo.InvariantCulture, $"Total TIV delivered by these deals in all years: {whole:0.##} {Tiv.UnitLabel}\n");
        }
        else if (window is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nTotal TIV delivered by these deals in all years (whole deals): {whole:0.##} {Tiv.UnitLabel}\n");
            text.Append(CultureInfo.InvariantCulture, $"Note: the full register has no TIV per delivery year, so the deals with deliveries in {window} are totalled whole; SIPRI's by-delivery-year export gives the TIV delivered in {window} itself.\n");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"\nTotal TIV delivered: {whole:0.##} {Tiv.UnitLabel}\n");
        }
        return text.ToString();
    }
}
