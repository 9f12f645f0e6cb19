using System.Globalization;
using ScottPlot;
using TradeArms.Register;

namespace TradeArms.Charts;

/// <summary>Charts of SIPRI's Trade Register: the deals behind a TIV series.</summary>
public static class RegisterCharts
{
    /// <summary>
    /// A deal timeline for a supplier-recipient pair: one line per deal from its order year to its last delivery year
    /// (to the register's last year, dashed, for an open order), as thick as the TIV delivered, with a dot for each
    /// delivery year. The largest deals by TIV delivered are shown, oldest order at the top.
    /// </summary>
    /// <param name="register">A Trade Register (full or by delivery year).</param>
    /// <param name="supplier">The supplier.</param>
    /// <param name="recipient">The recipient.</param>
    /// <param name="top">The number of deals shown (default 20); the title says how many there are.</param>
    /// <param name="title">A title; null for the standard one.</param>
    /// <exception cref="ArgumentException">The register has no deal between the two.</exception>
    public static Plot DealTimeline(TradeRegister register, Actor supplier, Actor recipient, int top = 20, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(supplier);
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var all = register.Between(supplier, recipient);
        if (all.IsEmpty)
        {
            throw new ArgumentException($"The register ({register.Source.Caption}) has no deal of {supplier} with {recipient}.", nameof(recipient));
        }
        var lastYear = register.Deals.SelectMany(d => d.DeliveryYears.Years).Append(register.Deals.Max(d => d.OrderYear)).Max().Year;
        var shown = register.LargestDeals(supplier, recipient, top)
            .OrderBy(d => d.OrderYear).ThenBy(d => d.Designation, StringComparer.Ordinal)
            .ToList();
        var maxTiv = Math.Max(1, shown.Max(d => d.DeliveredTiv.Millions));
        var colour = Palette.ForActor(supplier);
        var plot = new Plot();
        for (var i = 0; i < shown.Count; i++)
        {
            var deal = shown[i];
            var y = shown.Count - 1 - i;
            var start = deal.OrderYear.Year;
            var end = deal.DeliveryYears.Last?.Year ?? start;
            var width = 2 + (14 * Math.Sqrt(deal.DeliveredTiv.Millions / maxTiv));
            var line = plot.Add.Line(start, y, Math.Max(end, start + 0.15), y);
            line.LineWidth = (float)width;
            line.LineColor = colour;
            if (deal.IsOpenOrder)
            {
                var open = plot.Add.Line(Math.Max(end, start), y, lastYear + 0.5, y);
                open.LineWidth = 2;
                open.LineColor = colour.WithAlpha(0.6);
                open.LinePattern = LinePattern.Dashed;
            }
            foreach (var year in deal.DeliveryYears.Years)
            {
                var dot = plot.Add.Marker(year.Year, y);
                dot.MarkerShape = MarkerShape.FilledCircle;
                dot.MarkerSize = 5;
                dot.Color = Palette.Black;
            }
        }
        var what = shown.Count < all.Length ? $"largest {shown.Count} of {all.Length} deals" : $"{all.Length} deals";
        HouseStyle.Apply(plot, new ChartText(
            title ?? $"{supplier}'s arms deals with {recipient}: order to last delivery",
            "",
            register.Source.Caption + ". TIV: SIPRI trend-indicator value, a volume measure, not money.",
            "Year",
            $"The {what} by TIV delivered, oldest order at the top; line thickness: TIV delivered, dots: delivery years, dashed: open order"));
        var firstYear = shown.Min(d => d.OrderYear.Year);
        HouseStyle.YearAxisToData(plot, firstYear, lastYear, bars: false);
        plot.Axes.SetLimitsX(firstYear - 0.5, lastYear + 0.5);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. shown.Select((d, i) => new Tick(shown.Count - 1 - i, Label(d)))]);
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
        plot.Axes.SetLimitsY(-0.8, shown.Count - 0.2);
        return plot;
    }

    private static string Label(ArmsDeal deal) => string.Create(CultureInfo.InvariantCulture,
        $"{deal.Designation} ({deal.NumberOrdered?.ToString(CultureInfo.InvariantCulture) ?? "?"}, {deal.DeliveredTiv.Millions:#,0.#} TIV)");
}
