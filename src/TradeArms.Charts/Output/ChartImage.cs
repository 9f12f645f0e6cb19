using System.Globalization;
using System.Text;
using ScottPlot;

namespace TradeArms.Charts;

/// <summary>
/// Renders charts to PNG and SVG deterministically: the same plot gives the same bytes, with the bundled font and the
/// invariant culture whatever the machine's settings.
/// </summary>
public static class ChartImage
{
    /// <summary>The chart as PNG bytes.</summary>
    public static byte[] Png(Plot plot, ChartSize size)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return Invariant(() => plot.GetImageBytes(size.Width, size.Height, ImageFormat.Png));
    }

    /// <summary>The chart as SVG text (UTF-8 when written).</summary>
    public static string Svg(Plot plot, ChartSize size)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return Invariant(() => plot.GetSvgXml(size.Width, size.Height));
    }

    /// <summary>The chart as SVG bytes (UTF-8, no byte-order mark).</summary>
    public static byte[] SvgBytes(Plot plot, ChartSize size) => new UTF8Encoding(false).GetBytes(Svg(plot, size));

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
