using System.Globalization;
using System.Text;
using System.Text.Json;
using TradeArms.Cli.Infrastructure;
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
            ("<old.csv> <new.csv>", "Two releases of SIPRI's Trade Register export, both full or both by delivery year."),
            ("--supplier <s>", "Only deals from this supplier (in either release)."),
            ("--recipient <r>", "Only deals to this recipient (in either release)."),
            ("--top <n>", "Table: how many suppliers and recipients to list by TIV movement (default 10)."),
            ("--strict-lines", "Reject a record broken across lines instead of repairing it."),
            ("--format <f>", "table (default), json or csv (one line per added or removed deal and per changed field)."),
            ("", "Deals are matched by the keys documented on ReleaseComparison; ambiguous matches are reported, not guessed."),
            ("", "Exit code 0 when the releases agree, 1 when anything differs."),
        ],
        ["supplier", "recipient", "format", "top"],
        ["strict-lines"],
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
        var older = DealOutput.ReadRegister([args.Positional[0]], strict);
        var newer = DealOutput.ReadRegister([args.Positional[1]], strict);
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
            OutputFormat.Csv => Csv(view),
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

    private static string Json(View view) => DealOutput.Json(json =>
    {
        var d = view.Diff;
        json.WriteStartObject();
        Release(json, "older", d.Older, d.OlderCount);
        Release(json, "newer", d.Newer, d.NewerCount);
        json.WriteString("selection", view.Selection);
        json.WriteNumber("unchanged", d.Unchanged);
        json.WriteStartObject("matchesByRule");
        foreach (var (rule, count) in d.MatchesByRule.OrderBy(kv => kv.Key))
        {
            json.WriteNumber(JsonNamingPolicy.CamelCase.ConvertName(rule.ToString()), count);
        }
        json.WriteEndObject();
        DealArray(json, "added", view.Added);
        DealArray(json, "removed", view.Removed);
        json.WriteStartArray("changed");
        foreach (var c in view.Changed)
        {
            json.WriteStartObject();
            json.WriteString("rule", JsonNamingPolicy.CamelCase.ConvertName(c.Rule.ToString()));
            json.WriteStartArray("changes");
            foreach (var f in c.Changes)
            {
                json.WriteStartObject();
                json.WriteString("field", JsonNamingPolicy.CamelCase.ConvertName(f.Field.ToString()));
                json.WriteString("old", f.Old);
                json.WriteString("new", f.New);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WritePropertyName("old");
            DealOutput.WriteJson(json, c.Old);
            json.WritePropertyName("new");
            DealOutput.WriteJson(json, c.New);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("ambiguous");
        foreach (var a in view.Ambiguous)
        {
            json.WriteStartObject();
            json.WriteString("rule", JsonNamingPolicy.CamelCase.ConvertName(a.Rule.ToString()));
            json.WriteString("key", a.Key);
            DealArray(json, "old", a.Old);
            DealArray(json, "new", a.New);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        MovementArray(json, "bySupplier", view.BySupplier);
        MovementArray(json, "byRecipient", view.ByRecipient);
        json.WriteEndObject();
    });

    private static void Release(Utf8JsonWriter json, string name, DataSource source, int deals)
    {
        json.WriteStartObject(name);
        json.WriteString("citation", source.Citation);
        json.WriteString("generated", source.Generated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("location", source.Location);
        json.WriteNumber("deals", deals);
        json.WriteEndObject();
    }

    private static void DealArray(Utf8JsonWriter json, string name, IEnumerable<ArmsDeal> deals)
    {
        json.WriteStartArray(name);
        foreach (var deal in deals)
        {
            DealOutput.WriteJson(json, deal);
        }
        json.WriteEndArray();
    }

    private static void MovementArray(Utf8JsonWriter json, string name, IEnumerable<TivMovement> movements)
    {
        json.WriteStartArray(name);
        foreach (var m in movements)
        {
            json.WriteStartObject();
            json.WriteString("actor", m.Actor.Name);
            json.WriteNumber("old", Math.Round(m.Old.Millions, 6));
            json.WriteNumber("new", Math.Round(m.New.Millions, 6));
            json.WriteNumber("change", Math.Round(m.Difference, 6));
            json.WriteNumber("added", Math.Round(m.Added, 6));
            json.WriteNumber("removed", Math.Round(m.Removed, 6));
            json.WriteNumber("revised", Math.Round(m.Revised, 6));
            json.WriteNumber("ambiguous", Math.Round(m.Ambiguous, 6));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static string Csv(View view)
    {
        var text = new StringBuilder("kind,rule,recipient,supplier,orderYear,designation,description,field,old,new,oldLocation,newLocation\n");
        void Line(string kind, string rule, ArmsDeal deal, string field, string? old, string? @new, string oldLocation, string newLocation) =>
            text.Append(DealOutput.CsvLine([kind, rule, deal.Recipient.Name, deal.Supplier.Name, deal.OrderYear.ToString(), deal.Designation, deal.Description,
                field, old ?? "", @new ?? "", oldLocation, newLocation]));
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
