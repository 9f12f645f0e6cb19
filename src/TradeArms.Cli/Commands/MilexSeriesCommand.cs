using System.Globalization;
using TradeArms.Cli.Infrastructure;
using TradeArms.Cli.Json;
using TradeArms.Milex;
using TradeArms.Rendering;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms milex series</c>: one country's military expenditure by year from SIPRI's milex workbook.</summary>
internal static class MilexSeriesCommand
{
    private const string Name = "milex series";

    private static readonly (string Option, MilexMeasure Measure)[] s_measures =
    [
        ("constant", MilexMeasure.ConstantUsDollars),
        ("current", MilexMeasure.CurrentUsDollars),
        ("local-fy", MilexMeasure.LocalCurrencyFinancialYears),
        ("local-cy", MilexMeasure.LocalCurrencyCalendarYears),
        ("gdp-share", MilexMeasure.ShareOfGdp),
        ("per-capita", MilexMeasure.PerCapita),
        ("government-share", MilexMeasure.ShareOfGovernmentSpending),
    ];

    public static Command Definition { get; } = new(
        Name,
        "A country's military expenditure by year from SIPRI's milex workbook, in the unit and price basis of the chosen sheet.",
        "tradearms milex series <country> --data <workbook.xlsx> [--measure constant|current|local-fy|local-cy|gdp-share|per-capita|government-share] [--calendar-years] [--format table|json|csv]",
        [
            Opt.Positional("<country>", "SIPRI's name (Pakistan, Russia, Türkiye) or a name or ISO code the actor catalogue knows (PAK, Russian Federation)."),
            Opt.Value("data", "<workbook.xlsx>", "SIPRI's Military Expenditure Database workbook as downloaded (e.g. SIPRI-Milex-data-1949-2024.xlsx)."),
            Opt.Value("measure", "<m>", "constant (constant US$ m. of the release's base year, default), current (US$ m.), local-fy / local-cy (local currency, financial / calendar years), gdp-share, per-capita (current US$), government-share."),
            Opt.Flag("calendar-years", "With --measure local-fy: spread each financial year evenly over its months onto calendar years (SIPRI's rule); partial years are unavailable."),
            Opt.Value("format", "<f>", "table (default), json or csv."),
        ],
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        if (args.Positional.Count != 1)
        {
            throw new UsageException($"{Name} takes one country (found {args.Positional.Count.ToString(CultureInfo.InvariantCulture)} arguments). See 'tradearms {Name} --help'.");
        }
        var format = OutputFormats.Parse(args.Option("format"), Name);
        var data = args.Option("data") ?? throw new UsageException($"{Name} needs --data <workbook.xlsx> (SIPRI's milex workbook). See 'tradearms {Name} --help'.");
        var measureText = args.Option("measure") ?? "constant";
        var measure = s_measures.FirstOrDefault(m => string.Equals(m.Option, measureText, StringComparison.OrdinalIgnoreCase));
        if (measure.Option is null)
        {
            throw new UsageException($"--measure takes {string.Join(", ", s_measures.Select(m => m.Option))}, not '{measureText}'.");
        }
        var calendar = args.Flag("calendar-years");
        if (calendar && measure.Measure != MilexMeasure.LocalCurrencyFinancialYears)
        {
            throw new UsageException("--calendar-years applies to --measure local-fy; the other sheets are by calendar year already.");
        }
        var workbook = MilexOptions.Load(data, "--data");
        var country = MilexOptions.Country(workbook, args.Positional[0]);
        var series = workbook.CountrySeries(country, measure.Measure, calendar);
        var sheet = series.Sheet;
        var values = series.Values;
        var unit = series.Unit;
        var notes = series.Notes.ToList();
        var measureName = measure.Option;
        context.Out.Write(format switch
        {
            OutputFormat.Json => Json(workbook, country, measureName, unit, sheet.Unit, values, calendar, notes),
            OutputFormat.Csv => context.Csv(series),
            _ => TableRenderer.Render(series),
        });
        return App.Ok;
    }

    private static string Json(MilexWorkbook workbook, string country, string measure, string unit, MilexUnit sheetUnit,
        IReadOnlyDictionary<int, MilexValue> values, bool calendar, List<string> notes) => JsonOutput.Write(
        new MilexSeriesJson(
            country, measure, unit, sheetUnit.Basis is { } basis ? MilexOptions.PriceBase(basis) : null, measure != "local-fy" || calendar,
            [.. values.Select(kv => new MilexValueJson(kv.Key, kv.Value.Number, MilexOptions.Status(kv.Value.Status)))],
            workbook.Source.Citation, workbook.Source.Vintage, notes),
        CliJsonContext.Default.MilexSeriesJson);

    /// <summary>The JSON of <c>milex series</c>; values as the workbook holds them (round-trip doubles), null when missing.</summary>
    internal sealed record MilexSeriesJson(
        string Country, string Measure, string Unit, string? PriceBase, bool CalendarYears, IReadOnlyList<MilexValueJson> Values,
        string Source, string? Vintage, IReadOnlyList<string> Notes);

    /// <summary>One year's value and SIPRI's status.</summary>
    internal sealed record MilexValueJson(int Year, double? Value, string Status);
}
