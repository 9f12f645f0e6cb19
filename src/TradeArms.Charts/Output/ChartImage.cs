using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;

namespace TradeArms.Charts;

/// <summary>
/// Renders charts to PNG and SVG deterministically: the same plot gives the same bytes, with the bundled font and the
/// invariant culture whatever the machine's settings.
/// </summary>
public static partial class ChartImage
{
    /// <summary>The chart as PNG bytes.</summary>
    public static byte[] Png(Plot plot, ChartSize size)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return Invariant(() => RasterPng(canvas => RenderFigure(canvas, plot, size), size));
    }

    /// <summary>The chart as SVG text (UTF-8 when written).</summary>
    public static string Svg(Plot plot, ChartSize size)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return NumberClipPaths(Invariant(() => SvgText(canvas => RenderFigure(canvas, plot, size), size)));
    }

    /// <summary>The chart as SVG bytes (UTF-8, no byte-order mark).</summary>
    public static byte[] SvgBytes(Plot plot, ChartSize size) => new UTF8Encoding(false).GetBytes(Svg(plot, size));

    /// <summary>Small multiples as PNG bytes: the figure title and subtitle above the panels, the footer under them.</summary>
    public static byte[] Png(Multiplot multiplot, ChartSize size)
    {
        ArgumentNullException.ThrowIfNull(multiplot);
        return Invariant(() => RasterPng(canvas => RenderFigure(canvas, multiplot, size), size));
    }

    /// <summary>Small multiples as SVG bytes (UTF-8).</summary>
    public static byte[] SvgBytes(Multiplot multiplot, ChartSize size)
    {
        ArgumentNullException.ThrowIfNull(multiplot);
        return new UTF8Encoding(false).GetBytes(NumberClipPaths(Invariant(() => SvgText(canvas => RenderFigure(canvas, multiplot, size), size))));
    }

    private static byte[] RasterPng(Action<SkiaSharp.SKCanvas> render, ChartSize size)
    {
        using var surface = SkiaSharp.SKSurface.Create(new SkiaSharp.SKImageInfo(size.Width, size.Height));
        render(surface.Canvas);
        using var image = surface.Snapshot();
        using var data = image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static string SvgText(Action<SkiaSharp.SKCanvas> render, ChartSize size)
    {
        using var stream = new MemoryStream();
        using (var canvas = SkiaSharp.SKSvgCanvas.Create(new SkiaSharp.SKRect(0, 0, size.Width, size.Height), stream))
        {
            render(canvas);
        }
        // ScottPlot clears its canvas to transparent first; SkiaSharp writes that as a rect without a fill, which SVG
        // viewers paint black. The white figure background follows it, so the rect is dropped.
        return TransparentClear().Replace(Encoding.UTF8.GetString(stream.ToArray()), "");
    }

    private static void RenderFigure(SkiaSharp.SKCanvas canvas, Plot plot, ChartSize size)
    {
        if (ChartLayout.Of(plot) is not { } layout)
        {
            HouseStyle.UseHouseFont(plot);
            plot.Render(canvas, new PixelRect(0, size.Width, size.Height, 0));
            return;
        }
        var text = layout.Text;
        RenderFigure(canvas, new FigureText(text.Title, text.Subtitle ?? "", text.Caption), size, body =>
        {
            HouseStyle.Prepare(plot, body);
            // A first render settles the axis limits; without it ScottPlot draws the plot twice into the SVG.
            plot.RenderInMemory(body.Width, body.Height);
            plot.Render(canvas, new PixelRect(0, body.Width, body.Height, 0));
        });
    }

    private static void RenderFigure(SkiaSharp.SKCanvas canvas, Multiplot multiplot, ChartSize size)
    {
        var text = FigureText.Of(multiplot) ?? new FigureText("", "", "");
        RenderFigure(canvas, text, size, body =>
        {
            foreach (var subplot in multiplot.Subplots.GetPlots())
            {
                HouseStyle.Prepare(subplot, body);
            }
            // A first render settles the axis limits (see the single plot).
            using (var warm = SkiaSharp.SKSurface.Create(new SkiaSharp.SKImageInfo(body.Width, body.Height)))
            {
                multiplot.Render(warm.Canvas, new PixelRect(0, body.Width, body.Height, 0));
            }
            multiplot.Render(canvas, new PixelRect(0, body.Width, body.Height, 0));
        });
    }

    // The house frame of every chart: title (bold) and subtitle (grey) above the body, the footer (source, vintage,
    // notes) under it, all left-aligned and wrapped to the width with the bundled font's metrics, so none is cut.
    private static void RenderFigure(SkiaSharp.SKCanvas canvas, FigureText text, ChartSize size, Action<ChartSize> body)
    {
        const float Margin = 12;
        const float TitleSize = 17;
        const float SubtitleSize = 12;
        const float FooterSize = 10;
        using var title = new SkiaSharp.SKFont(ChartFonts.Bold, TitleSize);
        using var small = new SkiaSharp.SKFont(ChartFonts.Regular, SubtitleSize);
        using var footer = new SkiaSharp.SKFont(ChartFonts.Regular, FooterSize);
        using var dark = new SkiaSharp.SKPaint { Color = SkiaSharp.SKColor.Parse("#222222"), IsAntialias = true };
        using var grey = new SkiaSharp.SKPaint { Color = SkiaSharp.SKColor.Parse("#555555"), IsAntialias = true };
        var width = size.Width - (2 * Margin);
        string[] Lines(string words, float points, bool bold = false) => words.Length == 0 ? [] : ChartLayout.Wrap(words, width, points, bold).Split('\n');
        var titleLines = Lines(text.Title, TitleSize, bold: true);
        var subtitleLines = Lines(text.Subtitle, SubtitleSize);
        var footerLines = Lines(text.Caption, FooterSize);
        const float TitleLine = 21, SubtitleLine = 16, FooterLine = 13;
        var top = (float)Math.Ceiling(Margin / 2 + (titleLines.Length * TitleLine) + (subtitleLines.Length * SubtitleLine) + 4);
        var bottom = (float)Math.Floor(size.Height - (Margin / 2) - (footerLines.Length * FooterLine));
        canvas.Clear(SkiaSharp.SKColors.White);
        // The body first (it paints its own white figure), moved under the title; then the words.
        canvas.Save();
        canvas.Translate(0, top);
        body(new ChartSize(size.Width, (int)(bottom - top)));
        canvas.Restore();
        var y = (Margin / 2) + 16f;
        foreach (var line in titleLines)
        {
            canvas.DrawText(line, Margin, y, SkiaSharp.SKTextAlign.Left, title, dark);
            y += TitleLine;
        }
        foreach (var line in subtitleLines)
        {
            canvas.DrawText(line, Margin, y - 3, SkiaSharp.SKTextAlign.Left, small, grey);
            y += SubtitleLine;
        }
        var fy = bottom + FooterLine - 2;
        foreach (var line in footerLines)
        {
            canvas.DrawText(line, Margin, fy, SkiaSharp.SKTextAlign.Left, footer, grey);
            fy += FooterLine;
        }
    }

    // SkiaSharp names clip paths from a process-wide counter (cl_16, cl_17, ...), so the same chart drawn second gets
    // other ids. Renumber them from 1 in order of appearance: the same chart gives the same bytes in any process.
    private static string NumberClipPaths(string svg)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!numbers.TryGetValue(m.Groups[2].Value, out var n))
            {
                n = numbers.Count + 1;
                numbers.Add(m.Groups[2].Value, n);
            }
            return m.Groups[1].Value + n.ToString(CultureInfo.InvariantCulture);
        });
    }

    [GeneratedRegex("\t*<rect (transform=\"[^\"]*\" )?width=\"[0-9.]+\" height=\"[0-9.]+\"/>\r?\n")]
    private static partial Regex TransparentClear();

    [GeneratedRegex("(id=\"cl_|url\\(#cl_)([0-9a-f]+)")]
    private static partial Regex ClipId();

    private static T Invariant<T>(Func<T> render)
    {
        ChartFonts.EnsureRegistered();
        var culture = CultureInfo.CurrentCulture;
        var ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            return render();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
