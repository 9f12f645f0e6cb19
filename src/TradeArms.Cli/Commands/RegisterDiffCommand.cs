using System.Globalization;
using System.Text.Json;
using TradeArms.Cli.Infrastructure;
using TradeArms.Cli.Json;
using TradeArms.Register;
using TradeArms.Rendering;

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
        var diff = ReleaseComparison.Compare(older, newer).Select(supplier, recipient);
        context.Out.Write(format switch
        {
            OutputFormat.Json => Json(diff),
            OutputFormat.Csv => context.Csv(diff),
            _ => Text(diff, top),
        });
        return diff.HasDifferences ? App.Findings : App.Ok;
    }

    private static string Describe(RegisterFormat format) => format == RegisterFormat.Full ? "full register" : "by-delivery-year export";

    /// <summary>The largest TIV movements by supplier and by recipient, then every change, each by the one table renderer.</summary>
    private static string Text(ReleaseDiff diff, int top) => string.Join('\n',
        new[] { diff.BySupplier.Largest(top), diff.ByRecipient.Largest(top) }
            .Where(m => !m.Movements.IsEmpty)
            .Cast<IAnalysisResult>()
            .Append(diff)
            .Select(TableRenderer.Render));

    private static string Json(ReleaseDiff diff)
    {
        var d = diff.Comparison;
        static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
        static ReleaseJson Release(DataSource source, int deals) =>
            new(source.Citation, source.Generated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), source.Location, deals);
        static IReadOnlyList<DealOutput.DealJson> Deals(IEnumerable<ArmsDeal> deals) => [.. deals.Select(deal => new DealOutput.DealJson(deal))];
        static IReadOnlyList<MovementJson> Movements(IEnumerable<TivMovement> movements) => [.. movements.Select(m => new MovementJson(
            m.Actor.Name, JsonOutput.Tiv(m.Old), JsonOutput.Tiv(m.New), JsonOutput.Millions(m.Difference), JsonOutput.Millions(m.Added),
            JsonOutput.Millions(m.Removed), JsonOutput.Millions(m.Revised), JsonOutput.Millions(m.Ambiguous)))];
        return JsonOutput.Write(
            new RegisterDiffJson(
                Release(d.Older, d.OlderCount), Release(d.Newer, d.NewerCount), diff.Selection, d.Unchanged,
                d.MatchesByRule.OrderBy(kv => kv.Key).ToDictionary(kv => Camel(kv.Key.ToString()), kv => kv.Value),
                Deals(diff.Added), Deals(diff.Removed),
                [.. diff.Changed.Select(c => new ChangedJson(
                    Camel(c.Rule.ToString()), [.. c.Changes.Select(f => new FieldChangeJson(Camel(f.Field.ToString()), f.Old, f.New))],
                    new DealOutput.DealJson(c.Old), new DealOutput.DealJson(c.New)))],
                [.. diff.Ambiguous.Select(a => new AmbiguousJson(Camel(a.Rule.ToString()), a.Key, Deals(a.Old), Deals(a.New)))],
                Movements(diff.BySupplier.Movements), Movements(diff.ByRecipient.Movements)),
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
}
