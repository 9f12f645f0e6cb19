using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;
using TradeArms.FactSheets;
using TradeArms.Milex;
using TradeArms.Profiles;
using TradeArms.Reports;

namespace TradeArms.Charts.Reporting;

/// <summary>
/// Renders a <see cref="CountryReport"/> as one self-contained HTML page: inline SVG charts (the standard builders'),
/// tables with captions and header scopes, notes, sources and vintages. No script, no external request (no CDN, no web
/// font, no image link): the page works offline and from a file. The same report gives the same bytes.
/// </summary>
/// <remarks>
/// Accessibility: <c>lang="en"</c>, headings in order (one <c>h1</c>, then <c>h2</c> per section and <c>h3</c> within),
/// every chart an <c>&lt;svg role="img"&gt;</c> with a <c>&lt;title&gt;</c> and an <c>aria-label</c>, every table a
/// <c>&lt;caption&gt;</c> and <c>&lt;th scope&gt;</c> headers. Only renders: every figure comes from the report.
/// </remarks>
public static partial class CountryReportPage
{
    private static readonly ChartSize s_panel = new(800, 380);

    /// <summary>The page's file name for a report: <c>pakistan-report.html</c>.</summary>
    public static string FileName(CountryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var slug = NonSlug().Replace(report.Actor.Name.ToLowerInvariant(), "-").Trim('-');
        return (slug.Length == 0 ? "country" : slug) + "-report.html";
    }

    /// <summary>The page as HTML text (UTF-8 when written).</summary>
    public static string Html(CountryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var page = new Page();
        var arms = report.Arms;
        var heading = report.Actor.Name + ": arms transfers" + (report.Spending is not null ? ", military expenditure" : "") + (report.Trade is not null ? " and trade" : "") + ", " + arms.Years;
        page.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Raw("<title>").Text(heading).Raw("</title>\n<style>").Raw(Style).Raw("</style>\n</head>\n<body>\n<main>\n");
        page.Raw("<h1>").Text(heading).Raw("</h1>\n");
        page.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"{report.Actor.Name} ({report.Actor.Kind}{(report.Actor.Iso3 is { } iso ? ", " + iso : "")}). Arms transfers are SIPRI trend-indicator values (TIV million): a volume measure of military capability transferred, not money; no TIV figure here is converted to or charted with money. '-' means no deliveries, '<0.5' deliveries under 0.5 TIV million."));
        page.Paragraph(arms.Source.Caption + ".");

        foreach (var role in new[] { arms.AsRecipient, arms.AsSupplier })
        {
            if (role is not null)
            {
                Role(page, report, role);
            }
        }
        if (report.FactSheet is { } sheet)
        {
            FactSheetSection(page, report, sheet);
        }
        if (report.Trade is { } trade)
        {
            TradeSection(page, report, trade);
        }
        if (report.Spending is { } spending)
        {
            SpendingSection(page, report, spending);
        }

        page.Raw("<h2>Notes</h2>\n<ul>\n");
        foreach (var note in report.Notes.DefaultIfEmpty("None."))
        {
            page.Raw("<li>").Text(note).Raw("</li>\n");
        }
        page.Raw("</ul>\n<h2>Sources</h2>\n<ul>\n");
        foreach (var source in report.Sources)
        {
            page.Raw("<li>").Text(source.Citation);
            if (source.Vintage is { } vintage)
            {
                page.Text(". Vintage: " + vintage);
            }
            if (source.Location is { } location)
            {
                page.Text(". File: " + Path.GetFileName(location.TrimEnd('/', '\\')));
            }
            page.Raw(".</li>\n");
        }
        page.Raw("</ul>\n<p class=\"small\">SIPRI is not the author of the calculations in this report. Made by TradeArms.</p>\n</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static void Role(Page page, CountryReport report, RoleProfile role)
    {
        var imports = role.Role == ProfileRole.Recipient;
        var actor = report.Actor;
        var partner = imports ? "Supplier" : "Recipient";
        page.Raw("<h2>").Text(imports ? "Arms imports" : "Arms exports").Raw("</h2>\n");
        var summary = new StringBuilder();
        summary.Append(CultureInfo.InvariantCulture, $"{(imports ? "Imports" : "Exports")} {report.Arms.Years}: {TivCell.Format(role.Volume.Total)} TIV million");
        if (role.Trend is { } fit)
        {
            summary.Append(CultureInfo.InvariantCulture, $"; linear trend {fit.Slope:+#,0.0;-#,0.0} TIV million a year (95% interval {fit.SlopeInterval.Lower:#,0.0} to {fit.SlopeInterval.Upper:#,0.0})");
        }
        summary.Append(CultureInfo.InvariantCulture, $"; rank {(role.Rank is { } r ? r + " of " + role.RankedActors : "n/a")} in {report.Arms.Windows[^1]}");
        if (role.ShareOfDataPercent is { } share)
        {
            summary.Append(CultureInfo.InvariantCulture, $", {share:0.0}% of {(report.FactSheet is null ? "the transfers loaded" : "world transfers")}");
        }
        if (role.ConcentrationChangePoints is { } change)
        {
            summary.Append(CultureInfo.InvariantCulture, $"; HHI change {report.Arms.Windows[^2]} to {report.Arms.Windows[^1]}: {change:+0;-0;0} points");
        }
        page.Paragraph(summary.Append('.').ToString());

        var last = report.Arms.Windows[^1];
        page.Chart(SeriesCharts.WithRollingAverage(role.Volume, Math.Min(5, report.Arms.Years.Count),
            $"{actor.Name}'s arms {(imports ? "imports" : "exports")} per year, {report.Arms.Years}"), ChartSize.Standard,
            $"{actor.Name}'s arms {(imports ? "imports" : "exports")} per year in TIV million, with a trailing moving average, {report.Arms.Years}.");
        if (imports)
        {
            page.Chart(ArmsCharts.SupplierSharesByWindow(report.Data, actor, report.Arms.Windows, report.Arms.AsRecipient!.PartnersByWindow[^1].Top ?? 5), ChartSize.Standard,
                $"Shares of {actor.Name}'s arms imports by supplier in each window, percent of TIV.");
        }
        page.Chart(ArmsCharts.TopPartners(report.Data, actor, last, markets: !imports), ChartSize.Standard,
            $"{(imports ? "Main suppliers of" : "Main recipients of")} {actor.Name}'s arms {(imports ? "imports" : "exports")}, {last}, TIV million and share.");

        page.Raw("<h3>").Text($"{partner}s by window").Raw("</h3>\n");
        page.TableStart($"{actor.Name}'s arms {(imports ? "imports" : "exports")} by window: total, concentration of {partner.ToLowerInvariant()}s (HHI, 0-10,000 points) and the main {partner.ToLowerInvariant()}s",
            ["Window", "Total (TIV million)", "HHI (points)", $"Main {partner.ToLowerInvariant()}s (share of TIV)"], [false, true, true, false]);
        foreach (var table in role.PartnersByWindow)
        {
            page.Row(table.Window.ToString(), [TivCell.Format(table.Total), table.Concentration.Points is { } p ? p.ToString("#,0", CultureInfo.InvariantCulture) : "n/a",
                string.Join(", ", table.Rows.Select(row => row.Label + " " + Percent(row.Percent)))]);
        }
        page.TableEnd();
        page.TableStart($"{partner}s of {actor.Name}'s arms {(imports ? "imports" : "exports")} in each window, TIV million and share of the window's total",
            ["Window", partner, "TIV million", "Share (%)"], [false, false, true, true]);
        foreach (var table in role.PartnersByWindow)
        {
            foreach (var row in table.Rows)
            {
                page.Row(table.Window.ToString(), [row.Label, TivCell.Format(row.Volume), Share(row.Percent)]);
            }
        }
        page.TableEnd();
    }

    private static void FactSheetSection(Page page, CountryReport report, FactSheet sheet)
    {
        page.Raw("<h2>World context: SIPRI fact-sheet figures</h2>\n");
        page.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"World arms transfers {sheet.Second}: {TivCell.Format(sheet.WorldSecond)} TIV million against {TivCell.Format(sheet.WorldFirst)} in {sheet.First} ({Signed(sheet.WorldChangePercent)}). Top 5 exporters: {sheet.Top5ExportersSharePercent:0.0}% of world exports; top 5 importers: {sheet.Top5ImportersSharePercent:0.0}% of world imports."));
        foreach (var (entry, what) in new[] { (report.AsTopImporter, "importers"), (report.AsTopExporter, "exporters") })
        {
            page.Paragraph(entry is { } e
                ? string.Create(CultureInfo.InvariantCulture, $"{report.Actor.Name} ranks {e.Rank} among the world's arms {what} in {sheet.Second}: {e.ShareOfWorldPercent:0.0}% of the world ({e.ShareOfWorldFirstPercent:0.0}% in {sheet.First}), volume change {Signed(e.ChangePercent)}.")
                : $"{report.Actor.Name} is not among the {(what == "importers" ? sheet.TopImporters.Count : sheet.TopExporters.Count)} largest arms {what} in {sheet.Second}.");
        }
        page.Chart(FactSheetCharts.TopImporters(sheet), ChartSize.Standard, $"Largest arms importers, share of world imports, {sheet.Second} against {sheet.First}.");
        page.Chart(FactSheetCharts.TopExporters(sheet), ChartSize.Standard, $"Largest arms exporters, share of world exports, {sheet.Second} against {sheet.First}.");
        foreach (var (entries, what) in new[] { (sheet.TopImporters, "importers"), (sheet.TopExporters, "exporters") })
        {
            page.TableStart($"Largest arms {what}, {sheet.Second}: share of the world and change of volume against {sheet.First}",
                ["Rank", what == "importers" ? "Importer" : "Exporter", $"Share {sheet.Second} (%)", $"Share {sheet.First} (%)", "Volume change (%)"], [true, false, true, true, true]);
            foreach (var e in entries)
            {
                page.Row(e.Rank.ToString(CultureInfo.InvariantCulture), [e.Actor.Name, Share(e.ShareOfWorldPercent), Share(e.ShareOfWorldFirstPercent), Signed(e.ChangePercent).TrimEnd('%')]);
            }
            page.TableEnd();
        }
    }

    private static void TradeSection(Page page, CountryReport report, BilateralTradeTable trade)
    {
        page.Raw("<h2>").Text($"Trade: {trade.Reporter.Name} with {trade.Partner.Name}").Raw("</h2>\n");
        page.Paragraph($"{trade.Unit}, {trade.Reporter.Name}'s view (balance = exports - imports). Published totals and balances are kept as published and checked against the computed ones. {trade.Source.Caption}.");
        page.Chart(TradeCharts.FlowsAndBalance(trade), ChartSize.Standard, $"{trade.Reporter.Name}'s exports to and imports from {trade.Partner.Name}, with the balance, {trade.Unit}.");
        var balance = report.Balance!;
        page.TableStart($"{trade.Reporter.Name}-{trade.Partner.Name} trade and balance, {trade.Unit}",
            ["Period", "Exports", "Imports", "Balance", "Turnover", "Coverage (exports / imports)", "Cumulative balance"], [false, true, true, true, true, true, true]);
        foreach (var r in balance.Rows)
        {
            page.Row(r.Period.ToString(), [Money(r.Exports), Money(r.Imports), Money(r.Balance, signed: true), Money(r.Turnover), r.Coverage is { } c ? c.ToString("0.000", CultureInfo.InvariantCulture) : "n/a", Money(r.CumulativeBalance, signed: true)]);
        }
        page.TableEnd();
        var validation = report.TradeValidation!;
        page.Paragraph(validation.IsConsistent
            ? string.Create(CultureInfo.InvariantCulture, $"The table's {validation.FiguresChecked} published totals and balances agree with the flows within rounding.")
            : string.Create(CultureInfo.InvariantCulture, $"{validation.Discrepancies.Count} of the table's {validation.FiguresChecked} published totals and balances disagree with the flows:"));
        if (!validation.IsConsistent)
        {
            page.Raw("<ul>\n");
            foreach (var d in validation.Discrepancies)
            {
                page.Raw("<li>").Text(d.ToString()).Raw("</li>\n");
            }
            page.Raw("</ul>\n");
        }
    }

    private static void SpendingSection(Page page, CountryReport report, ArmsSpendingProfile spending)
    {
        page.Raw("<h2>Military expenditure beside arms imports").Text(report.Trade is not null ? " and trade" : "").Raw("</h2>\n");
        page.Paragraph($"Each series on its own axis and in its own unit, on one time axis ({spending.Years}): arms imports in TIV million (a volume), military expenditure in {spending.Tracks[1].Unit} (constant prices of the release's base year; releases differ in base year, so compare releases only after rebasing), and its share of GDP. Only unit-free statistics (correlations, percent changes of means) join them. A missing figure stays missing (SIPRI: data unavailable, or the country did not exist).");
        var panels = ProfileCharts.Panels(spending);
        for (var i = 0; i < panels.Count; i++)
        {
            page.Chart(panels[i], s_panel, $"{spending.Country}: {spending.Tracks[i].Name} in {spending.Tracks[i].Unit}, {spending.Years}.");
        }
        page.TableStart($"{spending.Country}: arms imports, military expenditure{(spending.Tracks.Count > 3 ? " and trade" : "")} per year, each in its own unit",
            ["Year", .. spending.Tracks.Select(t => $"{Capital(t.Name)} ({t.Unit})")], [false, .. spending.Tracks.Select(_ => true)]);
        foreach (var year in spending.Years)
        {
            page.Row(year.ToString(), [.. spending.Tracks.Select((t, i) => Track(t.Values[year.Year], i == 0))]);
        }
        page.TableEnd();
        page.TableStart("Correlations between the series (Pearson, over the years with both figures)", ["Series", "With", "Years", "Pearson r"], [false, false, true, true]);
        foreach (var c in spending.Correlations)
        {
            page.Row(c.First, [c.Second, c.Years.ToString(CultureInfo.InvariantCulture), c.Pearson is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : "undefined"]);
        }
        page.TableEnd();
        if (report.SpendingWindowRanges is var (first, second))
        {
            page.TableStart($"Annual mean of each series, {first} against {second} (a mean needs a figure in every year of the window)",
                ["Series", "Unit", $"Mean {first}", $"Mean {second}", "Change (%)"], [false, false, true, true, true]);
            foreach (var w in report.SpendingWindows)
            {
                page.Row(Capital(w.Track), [w.Unit, Number(w.FirstMean), Number(w.SecondMean), w.PercentChange is { } p ? p.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) : "undefined"]);
            }
            page.TableEnd();
        }
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Track(double? value, bool volume) => value is not { } v ? "missing"
        : volume ? (v == 0 ? TivCell.NoDeliveries : v < 0.5 ? TivCell.BelowHalf : v.ToString("#,0", CultureInfo.InvariantCulture))
        : Number(v);

    private static string Number(double? value) => value is { } v ? v.ToString(Math.Abs(v) >= 100 ? "#,0" : "#,0.0##", CultureInfo.InvariantCulture) : "missing";

    private static string Percent(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a";

    private static string Share(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "n/a";

    private static string Signed(double? value) => value is { } v ? v.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%" : "n/a";

    private static string Money(Money? money, bool signed = false) => money is { } m
        ? (signed && m.Amount > 0 ? "+" : "") + (m.Amount.Scale > 2 ? Math.Round(m.Amount, 2, MidpointRounding.AwayFromZero) : m.Amount).ToString(CultureInfo.InvariantCulture)
        : "missing";

    private const string Style =
        "body{margin:0;font-family:system-ui,-apple-system,\"Segoe UI\",\"DejaVu Sans\",sans-serif;color:#222;background:#fff;line-height:1.45}" +
        "main{max-width:860px;margin:0 auto;padding:16px;overflow-wrap:anywhere}" +
        "h1{font-size:1.6rem;margin:0.4em 0}h2{font-size:1.3rem;margin-top:1.8em;border-top:1px solid #ddd;padding-top:0.6em}h3{font-size:1.05rem}" +
        "figure{margin:1em 0}figure svg{display:block;width:100%;height:auto}figcaption,.small{font-size:0.85rem;color:#555}" +
        ".table{overflow-x:auto}table{border-collapse:collapse;margin:0.8em 0;font-size:0.9rem}caption{text-align:left;font-weight:600;padding:0.3em 0}" +
        "th,td{padding:0.25em 0.6em;border-bottom:1px solid #e5e5e5;vertical-align:top}th{text-align:left}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}";

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();

    [GeneratedRegex(@"<\?xml[^>]*\?>\s*")]
    private static partial Regex XmlProlog();

    [GeneratedRegex(@"<svg\b([^>]*)>")]
    private static partial Regex SvgOpen();

    [GeneratedRegex(@"\s(width|height)=""([0-9.]+)(px)?""")]
    private static partial Regex SizeAttribute();

    [GeneratedRegex(@"(\bid=""|url\(#|href=""#)")]
    private static partial Regex IdReference();

    /// <summary>The page being written: escaped text, raw markup, numbered charts.</summary>
    private sealed class Page
    {
        private readonly StringBuilder _html = new();
        private int _charts;

        public Page Raw(string markup)
        {
            _html.Append(markup);
            return this;
        }

        public Page Text(string text)
        {
            _html.Append(WebUtility.HtmlEncode(text));
            return this;
        }

        public void Paragraph(string text) => Raw("<p>").Text(text).Raw("</p>\n");

        public void Chart(Plot plot, ChartSize size, string description)
        {
            _charts++;
            var id = string.Create(CultureInfo.InvariantCulture, $"chart{_charts}");
            var title = plot.Axes.Title.Label.Text is { Length: > 0 } t ? t.Replace("\n", " ", StringComparison.Ordinal) : description;
            var svg = Inline(ChartImage.Svg(plot, size), id, size, title, description);
            Raw("<figure>\n").Raw(svg).Raw("\n<figcaption>").Text(description).Raw("</figcaption>\n</figure>\n");
        }

        // An SVG of the builders made fit to inline: no XML prolog, ids unique in the page, scalable (viewBox), and
        // announced as one image with a title.
        private static string Inline(string svg, string id, ChartSize size, string title, string description)
        {
            svg = XmlProlog().Replace(svg, "");
            svg = IdReference().Replace(svg, m => m.Value + id + "-");
            var open = SvgOpen().Match(svg);
            if (!open.Success)
            {
                throw new InvalidOperationException("The chart's SVG has no <svg> element.");
            }
            var attributes = SizeAttribute().Replace(open.Groups[1].Value, "");
            attributes = Regex.Replace(attributes, @"\sviewBox=""[^""]*""", "", RegexOptions.None, TimeSpan.FromSeconds(1));
            var tag = string.Create(CultureInfo.InvariantCulture,
                $"<svg{attributes} viewBox=\"0 0 {size.Width} {size.Height}\" width=\"{size.Width}\" height=\"{size.Height}\" role=\"img\" aria-labelledby=\"{id}-title\" aria-label=\"{WebUtility.HtmlEncode(title)}\"><title id=\"{id}-title\">{WebUtility.HtmlEncode(title + ". " + description)}</title>");
            return svg[..open.Index] + tag + svg[(open.Index + open.Length)..];
        }

        public void TableStart(string caption, IReadOnlyList<string> headers, IReadOnlyList<bool> numeric)
        {
            Raw("<div class=\"table\">\n<table>\n<caption>").Text(caption).Raw("</caption>\n<thead><tr>");
            for (var i = 0; i < headers.Count; i++)
            {
                Raw(numeric[i] ? "<th scope=\"col\" class=\"n\">" : "<th scope=\"col\">").Text(headers[i]).Raw("</th>");
            }
            Raw("</tr></thead>\n<tbody>\n");
            _numeric = numeric;
        }

        private IReadOnlyList<bool> _numeric = [];

        public void Row(string header, IReadOnlyList<string> cells)
        {
            Raw("<tr><th scope=\"row\">").Text(header).Raw("</th>");
            for (var i = 0; i < cells.Count; i++)
            {
                Raw(i + 1 < _numeric.Count && _numeric[i + 1] ? "<td class=\"n\">" : "<td>").Text(cells[i]).Raw("</td>");
            }
            Raw("</tr>\n");
        }

        public void TableEnd() => Raw("</tbody>\n</table>\n</div>\n");

        public override string ToString() => _html.ToString();
    }
}
