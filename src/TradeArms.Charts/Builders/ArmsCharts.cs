using System.Globalization;
using ScottPlot;
using TradeArms.Sipri;

namespace TradeArms.Charts;

/// <summary>
/// Charts of SIPRI arms-transfer data (TIV million, a volume indicator, never US$): supplier shares by window and over
/// time, top suppliers or markets, a supplier x recipient heatmap and small multiples of several pairs.
/// </summary>
public static class ArmsCharts
{
    /// <summary>
    /// A recipient's supplier shares by window as 100% stacked bars (SIPRI compares 5-year windows). The
    /// <paramref name="top"/> suppliers over all windows keep their own colour; the rest are "Others". Shares are of
    /// the sum of the supplier rows in each window.
    /// </summary>
    public static Plot SupplierSharesByWindow(ArmsTransfers arms, Actor recipient, IReadOnlyList<YearRange> windows, int top = 5, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(arms);
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(windows);
        // Shares, ranks and the "others" row come from the library's share tables; the chart only stacks them.
        var leaders = Leaders(arms.SupplierShares(recipient, YearRange.Covering(windows)), top);
        var plot = new Plot();
        for (var w = 0; w < windows.Count; w++)
        {
            var baseValue = 0.0;
            foreach (var row in arms.SupplierShares(recipient, windows[w]).RowsFor(leaders))
            {
                var share = row.Percent ?? 0; // a window without imports draws no bar
                plot.Add.Bar(new Bar { Position = w, ValueBase = baseValue, Value = baseValue + share, FillColor = Palette.ForActor(row.Partner?.Name ?? "Others"), Size = 0.7, LineWidth = 0 });
                baseValue += share;
            }
        }
        foreach (var name in leaders.Select(l => l.Name).Append("Others"))
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = name, FillColor = Palette.ForActor(name) });
        }
        HouseStyle.Apply(plot, new ChartText(title ?? $"{recipient}'s arms imports by supplier, share of {Tiv.UnitLabel} per window",
            "Share of imports (%)", arms.Source.Caption + ". Shares of TIV, a volume measure, not money.", "Window"));
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. windows.Select((w, i) => new Tick(i, w.ToString()))]);
        plot.Axes.SetLimitsY(0, 100);
        HouseStyle.ShowLegend(plot);
        return plot;
    }

    /// <summary>
    /// A recipient's supplier shares year by year as a stacked area (each year's shares of that year's imports; a
    /// year with no imports is left at zero). The <paramref name="top"/> suppliers over the range keep their own
    /// colour; the rest are "Others".
    /// </summary>
    public static Plot SupplierSharesOverTime(ArmsTransfers arms, Actor recipient, YearRange years, int top = 5, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(arms);
        ArgumentNullException.ThrowIfNull(recipient);
        // Each year's shares come from the library's share table of that year; the chart only stacks them.
        var leaders = Leaders(arms.SupplierShares(recipient, years), top);
        var byYear = years.Select(y => arms.SupplierShares(recipient, new YearRange(y, y)).RowsFor(leaders)).ToList();
        var xs = years.Select(y => (double)y.Year).ToArray();
        var lower = new double[xs.Length];
        var plot = new Plot();
        var names = leaders.Select(l => l.Name).Append("Others").ToList();
        for (var layer = 0; layer < names.Count; layer++)
        {
            var name = names[layer];
            var upper = new double[xs.Length];
            for (var i = 0; i < xs.Length; i++)
            {
                upper[i] = lower[i] + (byYear[i][layer].Percent ?? 0); // a year without imports is left at zero
            }
            var fill = plot.Add.FillY(xs, (double[])lower.Clone(), upper);
            fill.FillColor = Palette.ForActor(name);
            fill.LineColor = Colors.Transparent;
            fill.LegendText = name;
            lower = upper;
        }
        HouseStyle.Apply(plot, new ChartText(title ?? $"{recipient}'s arms imports by supplier, share of each year's {Tiv.UnitLabel}",
            "Share of imports (%)", arms.Source.Caption + ". Shares of TIV, a volume measure, not money."));
        HouseStyle.UseYearAxis(plot);
        plot.Axes.SetLimits(xs[0], xs[^1], 0, 100);
        HouseStyle.ShowLegend(plot);
        return plot;
    }

    /// <summary>
    /// The top suppliers of a recipient (or, with <paramref name="markets"/>, the top recipients of a supplier) over a
    /// window, as horizontal bars with their TIV and share.
    /// </summary>
    public static Plot TopPartners(ArmsTransfers arms, Actor actor, YearRange window, bool markets = false, int top = 10, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(arms);
        ArgumentNullException.ThrowIfNull(actor);
        var table = markets ? arms.RecipientShares(actor, window) : arms.SupplierShares(actor, window);
        var shown = table.Partners.Take(top).Reverse().ToList();
        var plot = new Plot();
        for (var i = 0; i < shown.Count; i++)
        {
            var partner = shown[i].Partner!;
            var value = shown[i].Volume.Millions;
            var bar = new Bar
            {
                Position = i,
                Value = value,
                FillColor = Palette.ForActor(partner),
                Orientation = Orientation.Horizontal,
                Size = 0.7,
                LineWidth = 0,
                Label = string.Create(CultureInfo.InvariantCulture, $"{value:#,0} ({shown[i].Percent ?? 0:0}%)"),
            };
            plot.Add.Bar(bar);
        }
        var what = markets ? $"Main recipients of {actor}'s arms exports" : $"Main suppliers of {actor}'s arms imports";
        HouseStyle.Apply(plot, new ChartText(title ?? $"{what}, {window}", Tiv.UnitLabel, arms.Source.Caption + ". TIV: SIPRI trend-indicator value, a volume measure, not money.", ""));
        // Horizontal bars: the value axis is the bottom one, the partners are categories on the left.
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. shown.Select((s, i) => new Tick(i, s.Partner!.Name))]);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = HouseStyle.FormatValue };
        plot.XLabel(Tiv.UnitLabel, 14);
        plot.YLabel("", 14);
        plot.Axes.SetLimitsX(0, (shown.Count == 0 ? 1 : shown[^1].Volume.Millions) * 1.25);
        return plot;
    }

    // The partners that keep their own colour: the library's ranking, cut at top.
    private static List<Actor> Leaders(ShareTable table, int top) => [.. table.Partners.Take(top).Select(p => p.Partner!)];

    /// <summary>A supplier x recipient heatmap of TIV over a window (rows: suppliers, columns: recipients).</summary>
    public static Plot Heatmap(ArmsTransfers arms, IReadOnlyList<Actor> suppliers, IReadOnlyList<Actor> recipients, YearRange window, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(arms);
        ArgumentNullException.ThrowIfNull(suppliers);
        ArgumentNullException.ThrowIfNull(recipients);
        var values = new double[suppliers.Count, recipients.Count];
        for (var s = 0; s < suppliers.Count; s++)
        {
            for (var r = 0; r < recipients.Count; r++)
            {
                values[s, r] = arms.Total(window, suppliers[s], recipients[r]).Millions;
            }
        }
        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(values);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = Tiv.UnitLabel;
        for (var s = 0; s < suppliers.Count; s++)
        {
            for (var r = 0; r < recipients.Count; r++)
            {
                var text = plot.Add.Text(values[s, r].ToString("#,0", CultureInfo.InvariantCulture), r, suppliers.Count - 1 - s);
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontSize = 12;
                text.LabelFontColor = values[s, r] > values.Cast<double>().Max() / 2 ? Colors.Black : Colors.White;
            }
        }
        HouseStyle.Apply(plot, new ChartText(title ?? $"Arms transfers by supplier and recipient, {window}", "Supplier", arms.Source.Caption + $". {Tiv.UnitLabel}: a volume measure, not money.", "Recipient"));
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. recipients.Select((a, i) => new Tick(i, a.Name))]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. suppliers.Select((a, i) => new Tick(suppliers.Count - 1 - i, a.Name))]);
        return plot;
    }

    /// <summary>
    /// Small multiples: one panel per supplier-recipient pair, same style, each with its own TIV axis, stacked in rows.
    /// </summary>
    public static Multiplot SmallMultiples(IReadOnlyList<TivSeries> pairs, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var multiplot = new Multiplot();
        for (var i = 0; i < pairs.Count; i++)
        {
            var series = pairs[i];
            var plot = new Plot();
            var bars = series.Points.Select(p => new Bar { Position = p.Year.Year, Value = p.Value.Millions, FillColor = Palette.ForActor(series.Supplier?.Name ?? "Others"), Size = 0.8, LineWidth = 0 }).ToList();
            plot.Add.Bars(bars);
            var caption = i == pairs.Count - 1 ? series.Source.Caption + ". TIV: SIPRI trend-indicator value, a volume measure, not money." : "";
            HouseStyle.Apply(plot, new ChartText(i == 0 && title is not null ? title + ": " + series.Label : series.Label, Tiv.UnitLabel, caption, i == pairs.Count - 1 ? "Year" : ""));
            plot.Title(i == 0 && title is not null ? $"{title}\n{series.Supplier?.Name} to {series.Recipient?.Name}" : $"{series.Supplier?.Name} to {series.Recipient?.Name}", 14);
            HouseStyle.UseYearAxis(plot);
            multiplot.Subplots.Add(plot);
        }
        // A new Multiplot starts with one empty subplot of its own.
        multiplot.Subplots.RemoveAt(0);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Rows();
        return multiplot;
    }
}
