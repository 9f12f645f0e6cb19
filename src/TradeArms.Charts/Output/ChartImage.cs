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
        HouseStyle.UseHouseFont(plot);
        return Invariant(() => plot.GetImageBytes(size.Width, size.Height, ImageFormat.Png));
    }

    /// <summary>The chart as SVG text (UTF-8 when written).</summary>
    public static string Svg(Plot plot, ChartSize size)
    {
        ArgumentNullException.ThrowIfNull(plot);
        HouseStyle.UseHouseFont(plot);
        return NumberClipPaths(Invariant(() => plot.GetSvgXml(size.Width, size.Height)));
    }

    /// <summary>The chart as SVG bytes (UTF-8, no byte-order mark).</summary>
    public static byte[] SvgBytes(Plot plot, ChartSize size) => new UTF8Encoding(false).GetBytes(Svg(plot, size));

    /// <summary>Small multiples as PNG bytes.</summary>
    public static byte[] Png(Multiplot multiplot, ChartSize size)
    {
        ArgumentNullException.ThrowIfNull(multiplot);
        foreach (var subplot in multiplot.Subplots.GetPlots())
        {
            HouseStyle.UseHouseFont(subplot);
        }
        return Invariant(() =>
        {
            using var surface = SkiaSharp.SKSurface.Create(new SkiaSharp.SKImageInfo(size.Width, size.Height));
            multiplot.Render(surface.Canvas, new PixelRect(0, size.Width, size.Height, 0));
            using var image = surface.Snapshot();
            using var data = image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
            return data.ToArray();
        });
    }

    /// <summary>Small multiples as SVG bytes (UTF-8).</summary>
    public static byte[] SvgBytes(Multiplot multiplot, ChartSize size)
    {
        ArgumentNullException.ThrowIfNull(multiplot);
        foreach (var subplot in multiplot.Subplots.GetPlots())
        {
            HouseStyle.UseHouseFont(subplot);
        }
        return Invariant(() =>
        {
            using var stream = new MemoryStream();
            using (var canvas = SkiaSharp.SKSvgCanvas.Create(new SkiaSharp.SKRect(0, 0, size.Width, size.Height), stream))
            {
                multiplot.Render(canvas, new PixelRect(0, size.Width, size.Height, 0));
            }
            return new UTF8Encoding(false).GetBytes(NumberClipPaths(Encoding.UTF8.GetString(stream.ToArray())));
        });
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
