using System.Runtime.CompilerServices;
using ScottPlot;

namespace TradeArms.Charts;

/// <summary>
/// The words of a figure of small multiples: one figure title over all panels, a subtitle (where the note "scales
/// differ" goes) and one footer with the source, drawn by <see cref="ChartImage"/> around the panels.
/// </summary>
/// <param name="Title">The figure title.</param>
/// <param name="Subtitle">The subtitle; empty for none.</param>
/// <param name="Caption">The footer: source, vintage and notes.</param>
internal sealed record FigureText(string Title, string Subtitle, string Caption)
{
    private static readonly ConditionalWeakTable<Multiplot, FigureText> s_figures = [];

    public static void Attach(Multiplot multiplot, FigureText text) => s_figures.AddOrUpdate(multiplot, text);

    public static FigureText? Of(Multiplot multiplot) => s_figures.TryGetValue(multiplot, out var text) ? text : null;
}
