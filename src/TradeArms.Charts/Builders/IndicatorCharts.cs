using System.Globalization;
using ScottPlot;
using TradeArms.Indicators;

namespace TradeArms.Charts;

/// <summary>Charts of product-level trade indicators (<see cref="IndicatorTable"/>): RCA bars with the line at 1, GL over time, a complementarity heatmap.</summary>
public static class IndicatorCharts
{
    /// <summary>
    /// One exporter's RCA by product in a year, largest first (at most <paramref name="top"/> products), with the
    /// neutral line at 1: bars above it show a revealed comparative advantage. Undefined values are left out.
    /// </summary>
    /// <exception cref="ArgumentException">The table is not RCA, or has no defined value for the exporter and year.</exception>
    public static Plot RcaBars(IndicatorTable rca, string reporter, int year, int top = 20, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(rca);
        if (rca.Indicator != TradeIndicator.RevealedComparativeAdvantage)
        {
            throw new ArgumentException("RcaBars needs an RCA table.", nameof(rca));
        }
        var column = rca.Columns.IndexOf("rca");
        var rows = rca.Largest("rca", top, year, reporter);
        if (rows.Count == 0)
        {
            throw new ArgumentException($"No defined RCA of {reporter} in {year}.", nameof(reporter));
        }
        var plot = new Plot();
        var bars = rows.Select((r, i) =>
        {
            var v = rca.Value(r, column)!.Value;
            return new Bar { Position = i, Value = v, FillColor = v >= 1 ? Palette.Surplus : Palette.Grey, Size = 0.7 };
        }).ToList();
        plot.Add.Bars(bars);
        var line = plot.Add.HorizontalLine(1, 2, Palette.Black);
        line.LinePattern = LinePattern.Dashed;
        line.LegendText = "RCA = 1 (no revealed advantage)";
        HouseStyle.Apply(plot, new ChartText(title ?? $"Revealed comparative advantage of {reporter}, {year} (top {rows.Count} products)", "RCA (Balassa)",
            rca.Source.Caption + ". " + (rca.Notes.FirstOrDefault(n => n.StartsWith("The ", StringComparison.Ordinal)) ?? ""), "Product"));
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. rows.Select((r, i) => new Tick(i, rca.Product(r) ?? ""))]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = rows.Count > 10 ? -60 : 0;
        plot.Axes.SetLimitsY(0, Math.Max(1.2, bars.Max(b => b.Value) * 1.1));
        HouseStyle.ShowLegend(plot);
        return plot;
    }

    /// <summary>The Grubel-Lloyd index of one pair over the years (all products), and the Aquino-adjusted index where computed.</summary>
    /// <exception cref="ArgumentException">The table is not GL, or has no defined value for the pair.</exception>
    public static Plot GlOverTime(IndicatorTable gl, string reporter, string partner, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(gl);
        if (gl.Indicator != TradeIndicator.GrubelLloyd)
        {
            throw new ArgumentException("GlOverTime needs a Grubel-Lloyd table.", nameof(gl));
        }
        var rows = gl.Where(null, reporter, partner).Concat(gl.Where(null, partner, reporter)).Where(r => gl.Product(r) is null or "TOTAL").OrderBy(gl.Year).ToList();
        var plot = new Plot();
        var any = false;
        foreach (var (name, color, label) in new[] { ("gl", Palette.Blue, "Grubel-Lloyd"), ("gl_aquino", Palette.Orange, "Aquino-adjusted") })
        {
            var points = rows.Select(r => (Year: (double)gl.Year(r), Value: gl.Value(r, name))).Where(p => p.Value is not null).ToList();
            if (points.Count == 0)
            {
                continue;
            }
            any = true;
            var scatter = plot.Add.Scatter(points.Select(p => p.Year).ToArray(), points.Select(p => p.Value!.Value).ToArray(), color);
            scatter.LegendText = label;
            scatter.LineWidth = 2.5f;
            scatter.MarkerSize = 7;
        }
        if (!any)
        {
            throw new ArgumentException($"No defined GL of {reporter} with {partner}.", nameof(reporter));
        }
        HouseStyle.Apply(plot, new ChartText(title ?? $"Intra-industry trade of {reporter} with {partner} (Grubel-Lloyd)", "GL index (0 one-way, 1 two-way)", gl.Source.Caption));
        HouseStyle.UseYearAxis(plot);
        plot.Axes.SetLimitsY(0, 1);
        HouseStyle.ShowLegend(plot);
        return plot;
    }

    /// <summary>Exporters (rows) by importers (columns), coloured by the complementarity index of a year, with the values printed.</summary>
    /// <exception cref="ArgumentException">The table is not complementarity.</exception>
    public static Plot ComplementarityHeatmap(IndicatorTable complementarity, int year, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(complementarity);
        if (complementarity.Indicator != TradeIndicator.Complementarity)
        {
            throw new ArgumentException("ComplementarityHeatmap needs a complementarity table.", nameof(complementarity));
        }
        var rows = complementarity.Where(year).ToList();
        var exporters = rows.Select(complementarity.Reporter).Distinct().Order(StringComparer.Ordinal).ToList();
        var importers = rows.Select(r => complementarity.Partner(r)!).Distinct().Order(StringComparer.Ordinal).ToList();
        var values = new double[exporters.Count, importers.Count];
        foreach (var cell in values.Cast<double>().Select((_, n) => n))
        {
            values[cell / importers.Count, cell % importers.Count] = double.NaN;
        }
        foreach (var r in rows)
        {
            values[exporters.IndexOf(complementarity.Reporter(r)), importers.IndexOf(complementarity.Partner(r)!)] = complementarity.Value(r, 0) ?? double.NaN;
        }
        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(values);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        heatmap.NaNCellColor = Colors.White;
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = "Complementarity (0-1)";
        for (var e = 0; e < exporters.Count; e++)
        {
            for (var i = 0; i < importers.Count; i++)
            {
                var v = values[e, i];
                var text = plot.Add.Text(double.IsNaN(v) ? "n/a" : v.ToString("0.00", CultureInfo.InvariantCulture), i, exporters.Count - 1 - e);
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontSize = 12;
                text.LabelFontColor = double.IsNaN(v) || v > 0.5 ? Colors.Black : Colors.White;
            }
        }
        HouseStyle.Apply(plot, new ChartText(title ?? $"Trade complementarity, {year}: exporters' export mix against importers' import mix", "Exporter",
            complementarity.Source.Caption + ". 1 - sum |m_jk - x_ik| / 2 (Michaely, Drysdale).", "Importer"));
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. importers.Select((a, i) => new Tick(i, a))]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. exporters.Select((a, i) => new Tick(exporters.Count - 1 - i, a))]);
        return plot;
    }
}
