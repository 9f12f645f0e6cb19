using ScottPlot;

namespace TradeArms.Catalogue;

/// <summary>A rendered chart's source: a single <see cref="ScottPlot.Plot"/>, or small multiples in a <see cref="ScottPlot.Multiplot"/>.</summary>
public sealed class ChartFigure
{
    private ChartFigure(Plot? plot, Multiplot? multiplot)
    {
        Plot = plot;
        Multiplot = multiplot;
    }

    /// <summary>The plot, for single charts.</summary>
    public Plot? Plot { get; }

    /// <summary>The multiplot, for small multiples.</summary>
    public Multiplot? Multiplot { get; }

    /// <summary>Wraps a plot.</summary>
    public static ChartFigure Of(Plot plot) => new(plot ?? throw new ArgumentNullException(nameof(plot)), null);

    /// <summary>Wraps small multiples.</summary>
    public static ChartFigure Of(Multiplot multiplot) => new(null, multiplot ?? throw new ArgumentNullException(nameof(multiplot)));

    /// <summary>PNG bytes.</summary>
    public byte[] Png(ChartSize size) => Plot is not null ? ChartImage.Png(Plot, size) : ChartImage.Png(Multiplot!, size);

    /// <summary>SVG bytes (UTF-8).</summary>
    public byte[] Svg(ChartSize size) => Plot is not null ? ChartImage.SvgBytes(Plot, size) : ChartImage.SvgBytes(Multiplot!, size);
}
