using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TradeArms.Cli.Infrastructure;
using TradeArms.FactSheets;
using TradeArms.Sipri;
using TradeArms.Text;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms arms factsheet</c>: SIPRI's fact-sheet statistics for two windows, from a whole release.</summary>
internal static class ArmsFactSheetCommand
{
    public static Command Definition { get; } = new(
        "arms factsheet",
        "Compute SIPRI's fact-sheet statistics (world change, top exporters and importers, shares, main partners) from a whole SIPRI release.",
        "tradearms arms factsheet --data <folder> [--first 2012-2016] [--second 2017-2021] [--top N] [--partners N] [--format table|json|markdown]",
        [
            ("--data <folder>", "A whole SIPRI release: every 'TIV of arms exports to <recipient>' table (required: the shipped extract is not the whole database)."),
            ("--first <range>", "The earlier window (default: the 5 years before --second)."),
            ("--second <range>", "The later window (default: the last 5 years of the data)."),
            ("--top <n>", "Exporters and importers listed (default 10)."),
            ("--partners <n>", "Main partners listed for each (default 3)."),
            ("--format <f>", "table (default), json or markdown."),
        ],
        ["data", "first", "second", "top", "partners", "format"],
        [],
        Run);

    private static int Run(Arguments args, CommandContext context)
    {
        if (args.Positional.Count != 0)
        {
            throw new UsageException($"arms factsheet takes no positional arguments, found '{args.Positional[0]}'. See 'tradearms arms factsheet --help'.");
        }
        var data = args.Option("data") ?? throw new UsageException(
            "arms factsheet needs --data <folder>: world shares need the whole database (every by-recipient table of one SIPRI release), which the shipped extract is not.");
        var format = args.Option("format")?.ToLowerInvariant() switch
        {
            null or "table" => "table",
            "json" => "json",
            "markdown" or "md" => "markdown",
            var other => throw new UsageException($"--format takes table, json or markdown, not '{other}'."),
        };
        var options = new FactSheetOptions
        {
            Top = PositiveInt(args.Option("top"), "top") ?? FactSheetOptions.Default.Top,
            Partners = PositiveInt(args.Option("partners"), "partners") ?? FactSheetOptions.Default.Partners,
        };
        var arms = SipriTivTableReader.Read(UserPath.FileOrFolder(data, "--data"));
        var second = ArmsOptions.Range(args.Option("second"), "--second", ArmsOptions.LastFiveYears(arms), context);
        var first = ArmsOptions.FirstWindow(args.Option("first"), second, context);
        if (second.First <= first.Last)
        {
            throw new UsageException($"--second ({second}) must start after --first ({first}) ends.");
        }
        var sheet = FactSheet.Compute(arms, first, second, options);
        context.Out.Write(format switch
        {
            "json" => Json(sheet),
            "markdown" => sheet.ToMarkdown(),
            _ => Table(sheet),
        });
        return App.Ok;
    }

    private static int? PositiveInt(string? text, string name) =>
        text is null ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n
        : throw new UsageException($"--{name}: expected a whole number, found '{text}'.");

    internal static string Table(FactSheet sheet)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Arms transfers {sheet.Second} vs {sheet.First} (TIV million: a volume measure, not money)\n");
        text.Append(CultureInfo.InvariantCulture, $"World volume: {sheet.WorldSecond.Millions:#,0} vs {sheet.WorldFirst.Millions:#,0} ({Signed(sheet.WorldChangePercent)}%)");
        if (sheet.WorldChangeBeforePercent is { } before)
        {
            text.Append(CultureInfo.InvariantCulture, $"; {sheet.First} vs {sheet.Previous}: {Signed(before)}%");
        }
        text.Append('\n');
        foreach (var (title, entries, top5) in new[] { ("Exporters", sheet.TopExporters, sheet.Top5ExportersSharePercent), ("Importers", sheet.TopImporters, sheet.Top5ImportersSharePercent) })
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{title} (share of world, {sheet.Second}; top 5: {top5:0.0}%)\n");
            text.Append(CultureInfo.InvariantCulture, $"{"Rank",4}  {"Actor",-22} {"Share %",8} {"Change %",9}  Main partners (share %)\n");
            foreach (var e in entries)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"{e.Rank,4}  {e.Actor.Name,-22} {e.ShareOfWorldPercent,8:0.0} {Signed(e.ChangePercent),9}  {string.Join(", ", e.MainPartners.Select(p => FormattableString.Invariant($"{p.Actor.Name} {p.SharePercent:0.0}")))}\n");
            }
        }
        text.Append(CultureInfo.InvariantCulture, $"\nImports by region (share of world, {sheet.Second}; change)\n");
        foreach (var r in sheet.RegionalImports)
        {
            text.Append(CultureInfo.InvariantCulture, $"      {r.Name,-22} {r.ShareOfWorldPercent,8:0.0} {Signed(r.ChangePercent),9}\n");
        }
        text.Append('\n').Append(sheet.Source.Caption).Append('\n');
        return text.ToString();
    }

    private static string Signed(double? value) => value is { } v ? NumberText.Format(v, "+F1", null) : "n/a";

    internal static string Json(FactSheet sheet)
    {
        static JsonArray Entries(IEnumerable<FactSheetEntry> entries) => [.. entries.Select(e => (JsonNode)new JsonObject
        {
            ["rank"] = e.Rank,
            ["actor"] = e.Actor.Name,
            ["iso3"] = e.Actor.Iso3,
            ["tivFirst"] = e.First.Millions,
            ["tivSecond"] = e.Second.Millions,
            ["shareOfWorldFirstPercent"] = e.ShareOfWorldFirstPercent,
            ["shareOfWorldPercent"] = e.ShareOfWorldPercent,
            ["changePercent"] = e.ChangePercent,
            ["mainPartners"] = new JsonArray([.. e.MainPartners.Select(p => (JsonNode)new JsonObject
            {
                ["actor"] = p.Actor.Name,
                ["tiv"] = p.Volume.Millions,
                ["sharePercent"] = p.SharePercent,
            })]),
        })];
        var root = new JsonObject
        {
            ["first"] = sheet.First.ToString(),
            ["second"] = sheet.Second.ToString(),
            ["measure"] = Tiv.UnitLabel,
            ["source"] = sheet.Source.Citation,
            ["vintage"] = sheet.Source.Vintage,
            ["world"] = new JsonObject
            {
                ["tivFirst"] = sheet.WorldFirst.Millions,
                ["tivSecond"] = sheet.WorldSecond.Millions,
                ["changePercent"] = sheet.WorldChangePercent,
                ["previousWindow"] = sheet.Previous?.ToString(),
                ["changeBeforePercent"] = sheet.WorldChangeBeforePercent,
            },
            ["top5ExportersSharePercent"] = sheet.Top5ExportersSharePercent,
            ["top5ImportersSharePercent"] = sheet.Top5ImportersSharePercent,
            ["topExporters"] = Entries(sheet.TopExporters),
            ["topImporters"] = Entries(sheet.TopImporters),
            ["regionalImports"] = new JsonArray([.. sheet.RegionalImports.Select(r => (JsonNode)new JsonObject
            {
                ["region"] = r.Name,
                ["tivFirst"] = r.First.Millions,
                ["tivSecond"] = r.Second.Millions,
                ["shareOfWorldPercent"] = r.ShareOfWorldPercent,
                ["changePercent"] = r.ChangePercent,
            })]),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
