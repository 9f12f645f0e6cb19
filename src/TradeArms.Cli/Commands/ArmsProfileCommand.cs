using System.Text.Json;
using TradeArms.Cli.Infrastructure;
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

    internal static string Json(CountryProfile profile) => Json(profile, new Dictionary<ProfileRole, TrendOutput.Report>());

    internal static string Json(CountryProfile profile, IReadOnlyDictionary<ProfileRole, TrendOutput.Report> trends) => ArmsOptions.Json(json =>
    {
        json.WriteStartObject();
        json.WriteString("actor", profile.Actor.Name);
        json.WriteString("kind", profile.Actor.Kind.ToString());
        if (profile.Actor.Iso3 is { } iso)
        {
            json.WriteString("iso3", iso);
        }
        else
        {
            json.WriteNull("iso3");
        }
        json.WriteString("years", profile.Years.ToString());
        json.WriteString("requestedYears", profile.RequestedYears.ToString());
        json.WriteString("measure", Tiv.UnitLabel);
        ArmsOptions.Source(json, profile.Source, profile.Notes);
        Role(json, "asRecipient", profile.AsRecipient, "suppliers", trends.GetValueOrDefault(ProfileRole.Recipient));
        Role(json, "asSupplier", profile.AsSupplier, "recipients", trends.GetValueOrDefault(ProfileRole.Supplier));
        json.WriteEndObject();
    });

    private static void Role(Utf8JsonWriter json, string name, RoleProfile? role, string partners, TrendOutput.Report? report)
    {
        if (role is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        ArmsOptions.Number(json, "tiv", role.Volume.Total.Millions);
        if (role.Trend is { } fit)
        {
            json.WriteStartObject("trend");
            ArmsOptions.Number(json, "slopePerYear", fit.Slope);
            ArmsOptions.Number(json, "slopeLower95", fit.SlopeInterval.Lower);
            ArmsOptions.Number(json, "slopeUpper95", fit.SlopeInterval.Upper);
            ArmsOptions.Number(json, "rSquared", fit.RSquared);
            TrendOutput.PValue(json, "slopePValue", fit.SlopePValue);
            if (report is not null)
            {
                TrendOutput.Json(json, report);
            }
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("trend");
        }
        ArmsOptions.Number(json, "rank", role.Rank);
        json.WriteNumber("rankedActors", role.RankedActors);
        ArmsOptions.Number(json, "shareOfDataPercent", role.ShareOfDataPercent);
        ArmsOptions.Number(json, "concentrationChangePoints", role.ConcentrationChangePoints);
        json.WriteStartArray("windows");
        foreach (var table in role.PartnersByWindow)
        {
            json.WriteStartObject();
            json.WriteString("window", table.Window.ToString());
            ArmsOptions.Number(json, "tiv", table.Total.Millions);
            json.WriteString("status", ArmsSeriesCommand.Status(table.Total.Status));
            ArmsOptions.Number(json, "hhiPoints", table.Concentration.Points);
            ArmsSharesCommand.HhiNote(json, table.Concentration);
            ArmsSharesCommand.Concentration(json, table.PartnerConcentration);
            json.WriteStartArray(partners);
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                json.WriteString("name", row.Partner?.Name ?? "Others");
                ArmsOptions.Number(json, "tiv", row.Volume.Millions);
                json.WriteString("status", ArmsSeriesCommand.Status(row.Volume.Status));
                ArmsOptions.Number(json, "share", row.Percent);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
