using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using SkiaSharp;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TradeArms.Cli.Tests.Report;

/// <summary>
/// The country report in a real browser (headless Chromium): it loads without console errors, every chart renders with
/// a size at 1280 px and at 390 px (phone) and the page does not overflow the phone's width, screenshots at both widths
/// are not blank and show colour, and the DOM passes the accessibility checks (lang, headings in order, charts as
/// titled images, tables with captions and header scopes) and requests nothing from outside.
/// </summary>
[Trait("Category", "Slow")]
public partial class ReportBrowserTest(ITestOutputHelper output)
{
    private static readonly int[] s_widths = [1280, 390];

    [ChromiumFact]
    public void ShippedExtract_Pakistan_WithTradeTable_RendersInChromium()
    {
        using var folder = new TempFolder();
        var page = Report(folder, "Pakistan", "--trade", RepositoryRoot.Combine("data", "trade", "pakistan-russia-table1.tsv"));
        CheckInBrowser(folder, page, expectedCharts: 4);
    }

    [ChromiumFact(sharedData: true)]
    public void WholeRelease_Milex_Trade_Pakistan_RendersInChromium()
    {
        using var folder = new TempFolder();
        var workbook = Directory.GetFiles(SharedData.Path("sipri-milex"), "*.xlsx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Last();
        var page = Report(folder, "Pakistan", "--data", SharedData.Path("sipri-tiv", "by-recipient-2022-04-22"), "--milex", workbook,
            "--trade", RepositoryRoot.Combine("data", "trade", "pakistan-russia-table1.tsv"));
        var html = File.ReadAllText(page);
        Assert.Contains("<h2>World context: SIPRI fact-sheet figures</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Military expenditure beside arms imports and trade</h2>", html, StringComparison.Ordinal);
        // Imports, shares by window, top suppliers; exports, top recipients; two fact-sheet charts; trade; four milex panels.
        CheckInBrowser(folder, page, expectedCharts: 12);
    }

    [ChromiumFact]
    public void Checks_FailOnABrokenPage()
    {
        using var folder = new TempFolder();
        var page = folder.Write("broken.html", "<!DOCTYPE html><html><head><title>x</title></head><body><h2>No h1</h2><h4>skipped</h4>"
            + "<table><tr><th>no scope</th></tr></table><svg width=\"10\" height=\"10\"></svg><img src=\"https://example.org/x.png\" alt=\"\">"
            + "<script>console.error('broken'); missingFunction();</script></body></html>");
        var (_, _, log) = Chromium.Run(page, "--dump-dom", "--window-size=1280,2000");
        Assert.Equal(2, Chromium.ConsoleMessages(log).Count);
        var findings = AccessibilityFindings(File.ReadAllText(page));
        foreach (var expected in new[] { "lang", "h1", "heading h4 after h2", "role=\"img\"", "<title>", "caption", "scope", "script", "external" })
        {
            Assert.Contains(findings, f => f.Contains(expected, StringComparison.Ordinal));
        }
        var blank = folder.File("blank.png");
        var white = folder.Write("white.html", "<!DOCTYPE html><html lang=\"en\"><body></body></html>");
        Chromium.Run(white, "--screenshot=" + blank, "--window-size=390,2000");
        Assert.True(Ink(blank).Dark < 0.001, "a blank page is blank");
    }

    private static string Report(TempFolder folder, params string[] args)
    {
        var result = Tool.Run(["report", .. args, "--out", folder.Path]);
        Assert.True(result.ExitCode == 0, result.Error);
        var page = Directory.GetFiles(folder.Path, "*-report.html").Single();
        return page;
    }

    private void CheckInBrowser(TempFolder folder, string page, int expectedCharts)
    {
        var html = File.ReadAllText(page);
        Assert.Equal(expectedCharts, Regex.Count(html, "<figure>"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"page: {new FileInfo(page).Length:#,0} bytes, {expectedCharts} charts"));

        // The DOM as Chromium built it: the accessibility and self-containment checks, and no console output.
        var clock = Stopwatch.StartNew();
        var (code, dom, log) = Chromium.Run(page, "--dump-dom", "--window-size=1280,2000");
        Assert.True(code == 0, log);
        Assert.Empty(Chromium.ConsoleMessages(log));
        Assert.Empty(AccessibilityFindings(dom));
        Assert.Equal(expectedCharts, SvgOpen().Count(dom));

        // Layout: a copy of the page with a measuring script (the page itself has none) records each chart's rendered size.
        var measured = folder.Write("measured.html", html.Replace("</body>", MeasureScript + "</body>", StringComparison.Ordinal));
        foreach (var width in s_widths)
        {
            // Chromium's windows are at least 500 px wide: narrower widths are laid out in an iframe of exactly that width.
            var target = width >= 500 ? measured : Frame(folder, measured, width, listen: true);
            var (_, measuredDom, measureLog) = Chromium.Run(target, "--dump-dom", "--virtual-time-budget=3000", string.Create(CultureInfo.InvariantCulture, $"--window-size={width},2000"));
            Assert.Empty(Chromium.ConsoleMessages(measureLog));
            var sizes = Regex.Match(measuredDom, "data-svg-sizes=\"([^\"]*)\"").Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(expectedCharts, sizes.Length);
            foreach (var size in sizes)
            {
                var wh = size.Split('x').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
                Assert.True(wh[0] > 100 && wh[1] > 50 && wh[0] <= width, $"a chart is {size} px at {width} px");
            }
            var scroll = int.Parse(Regex.Match(measuredDom, "data-scroll-width=\"([0-9]+)\"").Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.True(scroll <= width, $"the page is {scroll} px wide at a {width} px window: it overflows");
            output.WriteLine($"{width} px: charts {string.Join(", ", sizes)}");

            // The screenshot: not blank, and in colour (the charts), not only text.
            var png = folder.File(string.Create(CultureInfo.InvariantCulture, $"shot-{width}.png"));
            Chromium.Run(width >= 500 ? page : Frame(folder, page, width, listen: false), "--screenshot=" + png, string.Create(CultureInfo.InvariantCulture, $"--window-size={width},2000"));
            var (dark, coloured, shotWidth) = Ink(png);
            Assert.Equal(width, shotWidth);
            Assert.True(dark > 0.02, string.Create(CultureInfo.InvariantCulture, $"the {width} px screenshot is nearly blank: {dark:P2} non-white pixels"));
            Assert.True(coloured > 0.005, string.Create(CultureInfo.InvariantCulture, $"the {width} px screenshot shows no chart colour: {coloured:P2} coloured pixels"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{width} px screenshot: {dark:P1} non-white, {coloured:P1} coloured pixels"));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"browser checks: {clock.Elapsed.TotalSeconds:0.0} s"));
    }

    // Sets, on load, the rendered size of every svg and the page's scroll width as attributes the dumped DOM shows (in
    // a frame: posts them to the host page, which sets them on its own body).
    private const string MeasureScript = "<script>(function(){var r=[];document.querySelectorAll('svg').forEach(function(s){var b=s.getBoundingClientRect();"
        + "r.push(Math.round(b.width)+'x'+Math.round(b.height));});var w=String(document.documentElement.scrollWidth);"
        + "document.body.setAttribute('data-svg-sizes',r.join(' '));document.body.setAttribute('data-scroll-width',w);"
        + "if(parent!==window){parent.postMessage(r.join(' ')+'|'+w,'*');}})();</script>";

    private const string ListenScript = "<script>addEventListener('message',function(e){var p=String(e.data).split('|');"
        + "document.body.setAttribute('data-svg-sizes',p[0]);document.body.setAttribute('data-scroll-width',p[1]);});</script>";

    /// <summary>A host page showing <paramref name="page"/> in an iframe exactly <paramref name="width"/> px wide (a phone's viewport).</summary>
    private static string Frame(TempFolder folder, string page, int width, bool listen) => folder.Write(
        string.Create(CultureInfo.InvariantCulture, $"frame-{width}-{Path.GetFileName(page)}"),
        string.Create(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"en\"><head><title>{width} px</title></head><body style=\"margin:0\">{(listen ? ListenScript : "")}")
        + string.Create(CultureInfo.InvariantCulture, $"<iframe title=\"report at {width} px\" src=\"{Uri.EscapeDataString(Path.GetFileName(page))}\" style=\"border:0;display:block;width:{width}px;height:2000px\"></iframe></body></html>"));

    /// <summary>The fractions of non-white and of coloured (saturated) pixels of a PNG, and its width.</summary>
    private static (double Dark, double Coloured, int Width) Ink(string png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidDataException($"'{png}' is not a PNG Chromium wrote.");
        long dark = 0, coloured = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red + c.Green + c.Blue < 720)
                {
                    dark++;
                }
                if (Math.Max(c.Red, Math.Max(c.Green, c.Blue)) - Math.Min(c.Red, Math.Min(c.Green, c.Blue)) > 60)
                {
                    coloured++;
                }
            }
        }
        double total = (long)bitmap.Width * bitmap.Height;
        return (dark / total, coloured / total, bitmap.Width);
    }

    /// <summary>What an accessibility and self-containment check finds wrong in a page's DOM; empty when it passes.</summary>
    internal static List<string> AccessibilityFindings(string dom)
    {
        var findings = new List<string>();
        if (!Regex.IsMatch(dom, "<html[^>]*\\blang=\"[a-z]{2}"))
        {
            findings.Add("the html element has no lang attribute");
        }
        var levels = Regex.Matches(dom, "<h([1-6])\\b").Select(m => m.Groups[1].Value[0] - '0').ToList();
        if (levels.Count(l => l == 1) != 1 || levels.FirstOrDefault() != 1)
        {
            findings.Add("the page needs exactly one h1, first");
        }
        for (var i = 1; i < levels.Count; i++)
        {
            if (levels[i] > levels[i - 1] + 1)
            {
                findings.Add($"heading h{levels[i]} after h{levels[i - 1]}: a level is skipped");
            }
        }
        foreach (Match svg in SvgOpen().Matches(dom))
        {
            if (!svg.Value.Contains("role=\"img\"", StringComparison.Ordinal) || !Regex.IsMatch(svg.Value, "aria-label=\"[^\"]+\""))
            {
                findings.Add("an svg without role=\"img\" and an aria-label");
            }
            if (!dom.AsSpan(svg.Index + svg.Length).TrimStart().StartsWith("<title", StringComparison.Ordinal))
            {
                findings.Add("an svg without a <title> first");
            }
        }
        var tables = Regex.Count(dom, "<table\\b[^>]*>");
        if (Regex.Count(dom, "<table\\b[^>]*>\\s*<caption>[^<]+") != tables)
        {
            findings.Add("a table without a caption");
        }
        if (Regex.Count(dom, "<th\\b") != Regex.Count(dom, "<th scope=\"(col|row)\""))
        {
            findings.Add("a th without scope");
        }
        if (dom.Contains("<script", StringComparison.OrdinalIgnoreCase))
        {
            findings.Add("a script");
        }
        if (Regex.IsMatch(dom, "\\b(src|href)=\"(?!#)|<link\\b|@import|url\\((?!#)", RegexOptions.IgnoreCase))
        {
            findings.Add("an external request (src, href, link, @import or url() that is not a fragment)");
        }
        return findings;
    }

    [GeneratedRegex("<svg\\b[^>]*>")]
    private static partial Regex SvgOpen();
}
