using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using TradeArms.Cli.Infrastructure;
using TradeArms.Cli.Json;
using TradeArms.Economies;
using TradeArms.Products;
using TradeArms.Text;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms codes</c>: looks up an economy (any code or name) or a product code and its concordance.</summary>
internal static class CodesCommand
{
    public static Command Definition { get; } = new(
        "codes",
        "Look up an economy by code or name (M49, ISO alpha-2/alpha-3, Comtrade, IMF, SIPRI name), or an HS product code and its links to another classification.",
        "tradearms codes <code-or-name> [--from HS2022 --to HS1992|HS2017|SITC3|SITC4|BEC --tables <folder>] [--year <y>] [--format table|json]",
        [
            Opt.Positional("<code-or-name>", "An economy (PAK, PK, 586, 699, W00, G001, Soviet Union) or, with --from/--to or 6 digits, a product code (930110)."),
            Opt.Value("from", "<c>", "The product code's classification (default HS2022)."),
            Opt.Value("to", "<c>", "The classification to link it to, through the UNSD correlation tables in --tables."),
            Opt.Value("tables", "<folder>", "A folder with UNSD's correlation tables (HS2022toHS1992ConversionAndCorrelationTables.xlsx, ...)."),
            Opt.Value("year", "<y>", "For a dated Comtrade code, the year to check it against."),
            Opt.Value("format", "<f>", "table (default) or json."),
        ],
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        if (args.Positional.Count != 1)
        {
            throw new UsageException("codes takes exactly one code or name. See 'tradearms codes --help'.");
        }
        var format = OutputFormats.Parse(args.Option("format"), "codes");
        var key = args.Positional[0];
        var product = args.Option("from") is not null || args.Option("to") is not null || key.Length == 6 && key.All(char.IsAsciiDigit);
        context.Out.Write(product ? Product(key, args, format) : Economy(key, args, format));
        return App.Ok;
    }

    /// <summary>The economy lookup: its codes, kind, validity and SIPRI actor.</summary>
    internal static string Economy(string key, Arguments args, OutputFormat format)
    {
        var registry = EconomyRegistry.Default;
        var year = args.Option("year") is { } y
            ? CalendarYear.TryParse(y, out var n) ? n.Year : throw new UsageException($"--year: expected a year such as 2017{YearText.Range(y)}, found '{DisplayText.Shorten(y)}'.")
            : (int?)null;
        var resolution = key.All(char.IsAsciiDigit) ? registry.Resolve(EconomyCodeSystem.Comtrade, key, year) : null;
        var economy = resolution?.Economy ?? registry.Find(key)
            ?? throw new UsageException($"'{DisplayText.Shorten(key)}' is not an economy code or name TradeArms knows (M49, ISO 3166-1/-3, Comtrade, IMF or SIPRI).");
        var codes = registry.TradeCodes.Where(c => c.Economy == economy).ToList();
        if (format == OutputFormat.Json)
        {
            return JsonOutput.Write(
                new EconomyJson(
                    economy.Id, economy.Name, economy.Kind.ToString(), economy.IsAggregate, economy.M49Text, economy.Iso2, economy.Iso3,
                    economy.Withdrawn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), economy.SipriActor?.Name, resolution?.Rule,
                    resolution?.OutsideValidity == true,
                    [.. codes.Select(c => new TradeCodeJson(c.System.ToString(), c.Code, c.Alpha, c.Label, c.FirstYear, c.LastYear))]),
                CliJsonContext.Default.EconomyJson);
        }
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{economy}: {economy.Kind}{(economy.IsAggregate ? " (an aggregate: never ranked as a partner)" : "")}\n");
        text.Append(CultureInfo.InvariantCulture, $"  M49 {economy.M49Text ?? "-"}, ISO {economy.Iso2 ?? "-"} / {economy.Iso3 ?? "-"}{(economy.Withdrawn is { } w ? $", withdrawn {w:yyyy-MM-dd} (ISO 3166-3)" : "")}\n");
        text.Append(CultureInfo.InvariantCulture, $"  SIPRI actor: {economy.SipriActor?.Name ?? "none"}\n");
        if (resolution is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {resolution.Rule}{(resolution.OutsideValidity ? $": not valid in {year}" : "")}\n");
        }
        foreach (var c in codes)
        {
            var years = (c.FirstYear, c.LastYear) switch { (null, null) => "", ({ } f, null) => $" from {f}", (null, { } l) => $" until {l}", ({ } f, { } l) => $" {f}-{l}" };
            text.Append(CultureInfo.InvariantCulture, $"  {c.System} {c.Code}{(c.Alpha is { } a ? " " + a : "")} '{c.Label}'{years}\n");
        }
        return text.ToString();
    }

    /// <summary>The product lookup: the code's links to another classification.</summary>
    internal static string Product(string key, Arguments args, OutputFormat format)
    {
        Classification Parse(string? text, string fallback)
        {
            try
            {
                return Classification.Parse(text ?? fallback);
            }
            catch (FormatException e)
            {
                throw new UsageException(e.Message);
            }
        }
        var from = Parse(args.Option("from"), "HS2022");
        var to = args.Option("to") is { } t ? Parse(t, t) : throw new UsageException("A product lookup needs --to <classification> (HS1992, HS2017, SITC3, SITC4, BEC) and --tables <folder>.");
        var folder = args.Option("tables") ?? throw new UsageException("A product lookup needs --tables <folder>: UNSD's correlation tables are not shipped (their terms are not stated).");
        var table = ConcordanceTables.Find(folder, from, to) ?? throw new UsageException($"'{folder}' has no correlation table between {from} and {to}.");
        var links = table.Links.Where(l => l.From == key).ToList();
        if (links.Count == 0)
        {
            throw new UsageException($"'{DisplayText.Shorten(key)}' is not a {from} code of {Path.GetFileName(table.Source)}.");
        }
        var computed = table.Links.Zip(table.Computed).Where(x => x.First.From == key).Select(x => x.Second).ToList();
        if (format == OutputFormat.Json)
        {
            return JsonOutput.Write(
                new ConcordanceJson(
                    key, from.Name, to.Name, Path.GetFileName(table.Source),
                    [.. links.Zip(computed).Select(x => new ConcordanceLinkJson(x.First.To, Label(x.First.Published ?? x.Second)))],
                    links.Count == 1 ? "whole value" : $"split among {links.Count} (equal by default; trade-weighted with a weight table)"),
                CliJsonContext.Default.ConcordanceJson);
        }
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{from} {key} -> {to} ({Path.GetFileName(table.Source)}):\n"));
        foreach (var (link, rel) in links.Zip(computed))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {link.To}  {Label(link.Published ?? rel)}\n");
        }
        text.Append(links.Count == 1 ? "The whole value goes to the one code.\n" : string.Create(CultureInfo.InvariantCulture, $"A value is split among {links.Count} codes: equally by default, by weights when given.\n"));
        return text.ToString();
    }

    private static string Label(LinkRelationship r) => r switch
    {
        LinkRelationship.OneToOne => "1:1",
        LinkRelationship.ManyToOne => "n:1",
        LinkRelationship.OneToMany => "1:n",
        _ => "n:n",
    };

    /// <summary>The JSON of <c>codes</c> for an economy.</summary>
    internal sealed record EconomyJson(
        string Id, string Name, string Kind, bool Aggregate, string? M49, string? Iso2, string? Iso3, string? Withdrawn, string? SipriActor, string? Rule,
        bool OutsideValidity, IReadOnlyList<TradeCodeJson> TradeCodes);

    /// <summary>One trade code of an economy; the years only when the code has them.</summary>
    internal sealed record TradeCodeJson(
        string System, string Code, string? Alpha, string Label,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? FirstYear,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? LastYear);

    /// <summary>The JSON of <c>codes</c> for a product.</summary>
    internal sealed record ConcordanceJson(string Product, string From, string To, string Table, IReadOnlyList<ConcordanceLinkJson> Links, string Rule);

    /// <summary>One target code and its relationship.</summary>
    internal sealed record ConcordanceLinkJson(string Code, string Relationship);
}
