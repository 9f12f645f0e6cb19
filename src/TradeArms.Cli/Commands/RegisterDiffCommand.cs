using System.Globalization;
using System.Text;
using System.Text.Json;
using TradeArms.Cli.Infrastructure;
using TradeArms.Cli.Json;
using TradeArms.Register;
using TradeArms.Text;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms arms register-diff</c>: what changed in SIPRI's Trade Register between two releases.</summary>
internal static class RegisterDiffCommand
{
    public static Command Definition { get; } = new(
        "arms register-diff",
        "Compare two releases of SIPRI's Trade Register: deals added, removed and changed, and how TIV delivered moved.",
        "tradearms arms register-diff <old.csv> <new.csv> [--supplier <s>] [--recipient <r>] [--format table|json|csv]",
        [
            Opt.Positional("<old.csv> <new.csv>", "Two releases of SIPRI's Trade Register export, both full or both by delivery year."),
            Opt.Value("supplier", "<s>", "Only deals from this supplier (in either release)."),
            Opt.Value("recipient", "<r>", "Only deals to this recipient (in either release)."),
            Opt.Value("top", "<n>", "Table: how many suppliers and recipients to list by TIV movement (default 10)."),
            Opt.Flag("strict-lines", "Reject a record broken across lines instead of repairing it."),
            Opt.Value("format", "<f>", "table (default), json or csv (one line per added or removed deal and per changed field)."),
            Opt.Positional("", "Deals are matched by the keys documented on ReleaseComparison; ambiguous matches are reported, not guessed."),
            Opt.Positional("", "Exit code 0 when the releases agree, 1 when anything differs."),
        ],
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        if (args.Positional.Count != 2)
        {
            throw new UsageException("arms register-diff takes two files: the older and the newer release. See 'tradearms arms register-diff --help'.");
        }
        var format = OutputFormats.Parse(args.Option("format"), "arms register-diff");
        var top = args.Option("top") is { } t
            ? int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new UsageException($"--top: expected a positive whole number, found '{t}'.")
            : 10;
        var strict = args.Flag("strict-lines");
        var older = DealOutput.ReadRegister([args.Positional[0]], strict, args.Flag(ValidateCommand.Unterminated));
        var newer = DealOutput.ReadRegister([args.Positional[1]], strict, args.Flag(ValidateCommand.Unterminated));
        if (older.Format != newer.Format)
        {
            throw new UsageException($"'{args.Positional[0]}' is a {Describe(older.Format)} and '{args.Positional[1]}' a {Describe(newer.Format)}: compare two exports of one kind.");
        }
        var supplier = args.Option("supplier") is { } s ? newer.Actor(s) : null;
        var recipient = args.Option("recipient") is { } r ? newer.Actor(r) : null;
        DealOutput.Report(older, context);
        DealOutput.Report(newer, context);
        var diff = ReleaseComparison.Compare(older, newer);
        var view = new View(diff, supplier, recipient);
        context.Out.Write(format switch
        {
            OutputFormat.Json => Json(view),
            OutputFormat.Csv => Csv(view, context),
            _ => Text(view, top),
        });
        return view.HasDifferences ? App.Findings : App.Ok;
    }

    private static string Describe(RegisterFormat format) => format == RegisterFormat.Full ? "full register" : "by-delivery-year export";

    /// <summary>The comparison restricted to the deals of a supplier and/or recipient (in either release).</summary>
    private sealed class View(ReleaseComparison diff, Actor? supplier, Actor? recipient)
    {
        public ReleaseComparison Diff { get; } = diff;

        public Actor? Supplier { get; } = supplier;

        public Actor? Recipient { get; } = recipient;

        public bool Selects(ArmsDeal d) => (Supplier is null || d.Supplier == Supplier) && (Recipient is null || d.Recipient == Recipient);

        public List<ArmsDeal> Added => [.. Diff.Added.Where(Selects)];

        public List<ArmsDeal> Removed => [.. Diff.Removed.Where(Selects)];

        public List<DealChange> Changed => [.. Diff.Changed.Where(c => Selects(c.Old) || Selects(c.New))];

        public List<AmbiguousMatch> Ambiguous => [.. Diff.Ambiguous.Where(a => a.Old.Any(Selects) || a.New.Any(Selects))];

        /// <summary>By supplier, over the selected recipient's deals when one is selected.</summary>
        public List<TivMovement> BySupplier => [.. (Recipient is null ? Diff.BySupplier : Diff.SuppliersOf(Recipient)).Where(m => Supplier is null || m.Actor == Supplier)];

        /// <summary>By recipient, over the selected supplier's deals when one is selected.</summary>
        public List<TivMovement> ByRecipient => [.. (Supplier is null ? Diff.ByRecipient : Diff.RecipientsOf(Supplier)).Where(m => Recipient is null || m.Actor == Recipient)];

        public bool HasDifferences => Added.Count + Removed.Count + Changed.Count + Ambiguous.Count > 0;

        public string Selection => Supplier is null && Recipient is null ? "all deals"
            : $"deals {(Supplier is null ? "" : "from " + Supplier.Name)}{(Supplier is not null && Recipient is not null ? " " : "")}{(Recipient is null ? "" : "to " + Recipient.Name)}";
    }

    private static string Text(View view, int top)
    {
        var d = view.Diff;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"SIPRI Trade Register, release generated {Date(d.Older)} ({d.OlderCount} deals) -> {Date(d.Newer)} ({d.NewerCount} deals)\n");
        text.Append(CultureInfo.InvariantCulture,
            $"{view.Selection}: {view.Added.Count} added, {view.Removed.Count} removed, {view.Changed.Count} changed, {view.Ambiguous.Count} ambiguous groups");
        if (view.Supplier is null && view.Recipient is null)
        {
            text.Append(CultureInfo.InvariantCulture, $", {d.Unchanged} unchanged");
        }
        text.Append('\n');
        text.Append("Matched by: ").Append(string.Join(", ", d.MatchesByRule.OrderBy(kv => kv.Key).Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value}")))).Append('\n');
        Movements(text, "supplier", view.BySupplier.Take(top).ToList());
        Movements(text, "recipient", view.ByRecipient.Take(top).ToList());
        if (view.Ambiguous.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nAmbiguous (same key, no field tells the deals apart; not matched) ({view.Ambiguous.Count}):\n");
            foreach (var a in view.Ambiguous)
            {
                text.Append("  ").Append(a).Append('\n');
            }
        }
        if (view.Changed.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nChanged ({view.Changed.Count}):\n");
            foreach (var c in view.Changed)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {Describe(c.Old)} [{c.Rule}]\n");
                foreach (var f in c.Changes)
                {
                    text.Append(CultureInfo.InvariantCulture, $"      {f.Field}: {f.Old ?? "(empty)"} -> {f.New ?? "(empty)"}\n");
                }
            }
        }
        Deals(text, "Added", view.Added);
        Deals(text, "Removed", view.Removed);
        return text.ToString();
    }

    private static string Date(DataSource source) => source.Generated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? source.Vintage ?? "(date not stated)";

    private static void Movements(StringBuilder text, string role, List<TivMovement> movements)
    {
        if (movements.Count == 0)
        {
            return;
        }
        text.Append(CultureInfo.InvariantCulture, $"\nTIV delivered by {role} ({Tiv.UnitLabel}), largest movements first:\n");
        var rows = movements.Select(m => new[]
        {
            m.Actor.Name, F(m.Old.Millions), F(m.New.Millions), Signed(m.Difference), F(m.Added), F(m.Removed), Signed(m.Revised), Signed(m.Ambiguous),
        }).ToList();
        var table = new StringBuilder();
        DealOutput.Table(table, [Capital(role), "Old", "New", "Change", "Added", "Removed", "Revised", "Ambiguous"], rows, new HashSet<int> { 1, 2, 3, 4, 5, 6, 7 });
        foreach (var line in table.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            text.Append("  ").Append(line).Append('\n');
        }
    }

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static void Deals(StringBuilder text, string title, List<ArmsDeal> deals)
    {
        if (deals.Count == 0)
        {
            return;
        }
        text.Append(CultureInfo.InvariantCulture, $"\n{title} ({deals.Count}):\n");
        foreach (var deal in deals)
        {
            text.Append("  ").Append(Describe(deal)).Append('\n');
        }
    }

    private static string Describe(ArmsDeal d) => string.Create(CultureInfo.InvariantCulture,
        $"{d.Supplier} -> {d.Recipient} {d.OrderYear}: {DealOutput.Int(d.NumberOrdered)}{(d.NumberOrdered is null ? "" : " ")}{d.Designation.Trim()} ({d.Description}), delivered {DealOutput.Int(d.NumberDelivered)}{(d.DeliveryYears.IsEmpty ? "" : " in " + DealOutput.CompactYears(d.DeliveryYears))}, TIV {(DealOutput.TivText(d.DeliveredTiv) is { Length: > 0 } tiv ? tiv : "none")} ({d.Location})");

    private static string F(double value) => NumberText.Format(value, "G2", null);

    private static string Signed(double value) => NumberText.Format(value, "+G2", null);

    private static string Json(View view)
    {
        var d = view.Diff;
        static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
        static ReleaseJson Release(DataSource source, int deals) =>
            new(source.Citation, source.Generated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), source.Location, deals);
        static IReadOnlyList<DealOutput.DealJson> Deals(IEnumerable<ArmsDeal> deals) => [.. deals.Select(deal => new DealOutput.DealJson(deal))];
        static IReadOnlyList<MovementJson> Movements(IEnumerable<TivMovement> movements) => [.. movements.Select(m => new MovementJson(
            m.Actor.Name, JsonOutput.Tiv(m.Old), JsonOutput.Tiv(m.New), JsonOutput.Millions(m.Difference), JsonOutput.Millions(m.Added),
            JsonOutput.Millions(m.Removed), JsonOutput.Millions(m.Revised), JsonOutput.Millions(m.Ambiguous)))];
        return JsonOutput.Write(
            new RegisterDiffJson(
                Release(d.Older, d.OlderCount), Release(d.Newer, d.NewerCount), view.Selection, d.Unchanged,
                d.MatchesByRule.OrderBy(kv => kv.Key).ToDictionary(kv => Camel(kv.Key.ToString()), kv => kv.Value),
                Deals(view.Added), Deals(view.Removed),
                [.. view.Changed.Select(c => new ChangedJson(
                    Camel(c.Rule.ToString()), [.. c.Changes.Select(f => new FieldChangeJson(Camel(f.Field.ToString()), f.Old, f.New))],
                    new DealOutput.DealJson(c.Old), new DealOutput.DealJson(c.New)))],
                [.. view.Ambiguous.Select(a => new AmbiguousJson(Camel(a.Rule.ToString()), a.Key, Deals(a.Old), Deals(a.New)))],
                Movements(view.BySupplier), Movements(view.ByRecipient)),
            CliJsonContext.Default.RegisterDiffJson);
    }

    /// <summary>The JSON of <c>arms register-diff</c>.</summary>
    internal sealed record RegisterDiffJson(
        ReleaseJson Older, ReleaseJson Newer, string Selection, int Unchanged, Dictionary<string, int> MatchesByRule,
        IReadOnlyList<DealOutput.DealJson> Added, IReadOnlyList<DealOutput.DealJson> Removed, IReadOnlyList<ChangedJson> Changed,
        IReadOnlyList<AmbiguousJson> Ambiguous, IReadOnlyList<MovementJson> BySupplier, IReadOnlyList<MovementJson> ByRecipient);

    /// <summary>One release: citation, generation date, file and number of deals.</summary>
    internal sealed record ReleaseJson(string Citation, string? Generated, string? Location, int Deals);

    /// <summary>A deal matched across releases, with its changed fields.</summary>
    internal sealed record ChangedJson(string Rule, IReadOnlyList<FieldChangeJson> Changes, DealOutput.DealJson Old, DealOutput.DealJson New);

    /// <summary>One changed field, as text of both releases.</summary>
    internal sealed record FieldChangeJson(string Field, string? Old, string? New);

    /// <summary>Deals that could not be matched one to one.</summary>
    internal sealed record AmbiguousJson(string Rule, string Key, IReadOnlyList<DealOutput.DealJson> Old, IReadOnlyList<DealOutput.DealJson> New);

    /// <summary>How an actor's TIV moved between the releases, in TIV million.</summary>
    internal sealed record MovementJson(string Actor, double Old, double New, double Change, double Added, double Removed, double Revised, double Ambiguous);

    private static string CsvLine(IEnumerable<string> cells, CommandContext context) => string.Join(',', cells.Select(context.CsvField)) + "\n";

    private static string Csv(View view, CommandContext context)
    {
        var text = new StringBuilder("kind,rule,recipient,supplier,orderYear,designation,description,field,old,new,oldLocation,newLocation\n");
        void Line(string kind, string rule, ArmsDeal deal, string field, string? old, string? @new, string oldLocation, string newLocation) =>
            text.Append(CsvLine([kind, rule, deal.Recipient.Name, deal.Supplier.Name, deal.OrderYear.ToString(), deal.Designation, deal.Description,
                field, old ?? "", @new ?? "", oldLocation, newLocation], context));
        foreach (var c in view.Changed)
        {
            foreach (var f in c.Changes)
            {
                Line("changed", JsonNamingPolicy.CamelCase.ConvertName(c.Rule.ToString()), c.Old, JsonNamingPolicy.CamelCase.ConvertName(f.Field.ToString()), f.Old, f.New, c.Old.Location, c.New.Location);
            }
        }
        foreach (var deal in view.Added)
        {
            Line("added", "", deal, "", null, null, "", deal.Location);
        }
        foreach (var deal in view.Removed)
        {
            Line("removed", "", deal, "", null, null, deal.Location, "");
        }
        foreach (var a in view.Ambiguous)
        {
            var rule = JsonNamingPolicy.CamelCase.ConvertName(a.Rule.ToString());
            foreach (var deal in a.Old)
            {
                Line("ambiguousOld", rule, deal, "", null, null, deal.Location, "");
            }
            foreach (var deal in a.New)
            {
                Line("ambiguousNew", rule, deal, "", null, null, "", deal.Location);
            }
        }
        return text.ToString();
    }
}
