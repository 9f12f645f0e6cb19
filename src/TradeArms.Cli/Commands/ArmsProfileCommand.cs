using System.Text.Json.Serialization;
using TradeArms.Cli.Infrastructure;
using TradeArms.Cli.Json;
using TradeArms.Profiles;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms arms profile</c>: one actor's imports and exports by window, concentration, trend and rank.</summary>
internal static class ArmsProfileCommand
{
    public static Command Definition { get; } = new(
        "arms profile",
        "A country profile: imports (suppliers by 5-year window with shares and HHI, trend, rank) and the same for exports.",
        "tradearms arms profile <name> [--from <year>] [--to <year>] [--window <n>] [--top <n>] [--format table|json] [--data <file-or-folder>] [--soviet-union-as-russia | --soviet-suppliers-as-russia] [--combine-releases] [--break <year>] [--hac-lag <n>] [--hac-correction]",
        [
            Opt.Positional("<name>", "The actor: SIPRI name, alias or ISO code (India, IND; Russian Federation, RUS)."),
            Opt.Value("from", "<year>", "First year (default: the first year of the data)."),
            Opt.Value("to", "<year>", "Last year, included (default: the last year of the data); the last window ends here."),
            Opt.Value("window", "<n>", "Window length in years (default 5)."),
            Opt.Value("top", "<n>", "Partners listed per window before 'others' (default 5)."),
            Opt.Value("format", "<f>", "table (default) or json."),
            ArmsOptions.DataHelp,
            ArmsOptions.SovietHelp,
            ArmsOptions.SovietSuppliersHelp,
            ArmsOptions.CombineHelp,
            .. TrendOutput.Help,
        ],
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        if (args.Positional.Count != 1)
        {
            throw new UsageException("arms profile takes exactly one name. See 'tradearms arms profile --help'.");
        }
        var format = args.Option("format")?.ToLowerInvariant() switch
        {
            null or "table" => "table",
            "json" => "json",
            var other => throw new UsageException($"--format takes table or json, not '{other}'."),
        };
        var arms = ArmsOptions.Load(args);
        var actor = arms.Actor(args.Positional[0]);
        var years = ArmsOptions.Window(args, arms.Years);
        var length = ArmsOptions.Count(args, "window", Definition.Name) ?? 5;
        var top = ArmsOptions.Top(args, Definition.Name) ?? 5;
        if (years.Count < length)
        {
            throw new UsageException($"--from/--to: the years {years} are shorter than one --window of {length} years.");
        }
        var profile = CountryProfile.Of(arms, actor, years, length, top);
        var request = TrendOutput.Parse(args, Definition.Name);
        var trends = new[] { profile.AsRecipient, profile.AsSupplier }.Where(r => r?.Trend is not null)
            .ToDictionary(r => r!.Role, r => TrendOutput.Analyse(r!.Trend!.Series, request));
        context.Out.Write(format == "json" ? Json(profile, trends) : profile.ToString() + string.Concat(trends.Select(t =>
            TrendOutput.Text(t.Key == ProfileRole.Recipient ? "Imports trend" : "Exports trend", t.Value))));
        if (args.Option("data") is null)
        {
            context.Error.WriteLine("note: ranks and shares are among the actors of the shipped extract (4 SIPRI tables); load a whole release with --data for world ranks and shares.");
        }
        return App.Ok;
    }

    internal static string Json(CountryProfile profile) => Json(profile, new Dictionary<ProfileRole, TrendInference>());

    internal static string Json(CountryProfile profile, IReadOnlyDictionary<ProfileRole, TrendInference> trends) => JsonOutput.Write(
        new ProfileJson(
            profile.Actor.Name, profile.Actor.Kind.ToString(), profile.Actor.Iso3, profile.Years.ToString(), profile.RequestedYears.ToString(), Tiv.UnitLabel,
            profile.Source.Citation, profile.Source.Vintage, profile.Notes,
            Role(profile.AsRecipient, true, trends.GetValueOrDefault(ProfileRole.Recipient)),
            Role(profile.AsSupplier, false, trends.GetValueOrDefault(ProfileRole.Supplier))),
        CliJsonContext.Default.ProfileJson);

    private static RoleJson? Role(RoleProfile? role, bool asRecipient, TrendInference? report) => role is null ? null : new RoleJson(
        JsonOutput.Tiv(role.Volume.Total),
        role.Trend is { } fit ? new ProfileTrendJson(
            JsonOutput.Round(fit.Slope), JsonOutput.Round(fit.SlopeInterval.Lower), JsonOutput.Round(fit.SlopeInterval.Upper), JsonOutput.Round(fit.RSquared),
            JsonOutput.PValue(fit.SlopePValue), JsonOutput.PValueText(fit.SlopePValue)) { Inference = report } : null,
        role.Rank, role.RankedActors, JsonOutput.Round(role.ShareOfDataPercent), JsonOutput.Round(role.ConcentrationChangePoints),
        [.. role.PartnersByWindow.Select(table =>
        {
            var c = table.PartnerConcentration;
            var rows = table.Rows.Select(row => new ProfilePartnerJson(row.Partner?.Name ?? "Others", JsonOutput.Tiv(row.Volume), ArmsSeriesCommand.Status(row.Volume.Status), JsonOutput.Round(row.Percent))).ToList();
            return new ProfileWindowJson(
                table.Window.ToString(), JsonOutput.Tiv(table.Total), ArmsSeriesCommand.Status(table.Total.Status), JsonOutput.Round(table.Concentration.Points),
                ArmsSharesCommand.HhiNote(table.Concentration), JsonOutput.Round(c.Cr1, 6), JsonOutput.Round(c.Cr3, 6), JsonOutput.Round(c.Cr5, 6),
                JsonOutput.Round(c.Theil, 6), JsonOutput.Round(c.Gini, 6), asRecipient ? rows : null, asRecipient ? null : rows);
        })]);

    /// <summary>The JSON of <c>arms profile</c>.</summary>
    internal sealed record ProfileJson(
        string Actor, string Kind, string? Iso3, string Years, string RequestedYears, string Measure, string Source, string? Vintage,
        IReadOnlyList<string> Notes, RoleJson? AsRecipient, RoleJson? AsSupplier);

    /// <summary>The actor in one role: volume, trend, rank and partners by window.</summary>
    internal sealed record RoleJson(
        double Tiv, ProfileTrendJson? Trend, int? Rank, int RankedActors, double? ShareOfDataPercent, double? ConcentrationChangePoints,
        IReadOnlyList<ProfileWindowJson> Windows);

    /// <summary>The linear trend of a role, with the inference when computed.</summary>
    internal sealed record ProfileTrendJson(
        double? SlopePerYear, double? SlopeLower95, double? SlopeUpper95, double? RSquared, double? SlopePValue, string? SlopePValueText) : TrendOutput.InferenceJson;

    /// <summary>One window: its total, concentration and partners (<c>suppliers</c> as a recipient, <c>recipients</c> as a supplier).</summary>
    internal sealed record ProfileWindowJson(
        string Window, double Tiv, string Status, double? HhiPoints, string? HhiNote, double? Cr1, double? Cr3, double? Cr5, double? Theil, double? Gini,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ProfilePartnerJson>? Suppliers,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ProfilePartnerJson>? Recipients);

    /// <summary>One partner of a window.</summary>
    internal sealed record ProfilePartnerJson(string Name, double Tiv, string Status, double? Share);
}
