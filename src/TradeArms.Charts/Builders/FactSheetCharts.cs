using System.Globalization;
using ScottPlot;
using TradeArms.FactSheets;

namespace TradeArms.Charts;

/// <summary>Charts of a <see cref="FactSheet"/>: the top exporters or importers with their shares of the world total in both windows.</summary>
public static class FactSheetCharts
{
    /// <summary>The top exporters: share of world exports in each window, the later window's bar labelled with the change.</summary>
    public static Plot TopExporters(FactSheet sheet, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return Top(sheet, sheet.TopExporters, title ?? $"Largest arms exporters, share of world exports, {sheet.Second} vs {sheet.First}", "Share of world exports (%)");
    }

    /// <summary>The top importers: share of world imports in each window, the later window's bar labelled with the change.</summary>
    public static Plot TopImporters(FactSheet sheet, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return Top(sheet, sheet.TopImporters, title ?? $"Largest arms importers, share of world imports, {sheet.Second} vs {sheet.First}", "Share of world imports (%)");
    }

    private static Plot Top(FactSheet sheet, IReadOnlyList<FactSheetEntry> entries, string title, string axis)
    {
        var plot = new Plot();
        var shown = entries.Reverse().ToList();
        var earlier = Palette.Grey;
        for (var i = 0; i < shown.Count; i++)
        {
            var e = shown[i];
            plot.Add.Bar(new Bar
            {
                Position = i - 0.18, Value = e.ShareOfWorldFirstPercent, FillColor = earlier, Orientation = Orientation.Horizontal, Size = 0.34, LineWidth = 0,
            });
            plot.Add.Bar(new Bar
            {
                Position = i + 0.18, Value = e.ShareOfWorldPercent, FillColor = Palette.Blue, Orientation = Orientation.Horizontal, Size = 0.34, LineWidth = 0,
                Label = string.Create(CultureInfo.InvariantCulture, $"{e.ShareOfWorldPercent:0.0}% ({(e.ChangePercent is { } c ? TradeArms.Text.NumberText.Format(c, "+F0", null) + "% volume" : "new")})"),
            });
        }
        HouseStyle.Apply(plot, new ChartText(title, axis,
            sheet.Source.Caption + $". Grey: {sheet.First}; blue: {sheet.Second}. Shares of TIV (volume, not money).", ""));
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. shown.Select((e, i) => new Tick(i, e.Actor.Name))]);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = HouseStyle.FormatValue };
        plot.XLabel(axis, 14);
        plot.YLabel("", 14);
        var max = shown.Count == 0 ? 1 : shown.Max(e => Math.Max(e.ShareOfWorldPercent, e.ShareOfWorldFirstPercent));
        plot.Axes.SetLimitsX(0, max * 1.35);
        plot.Axes.SetLimitsY(-0.7, shown.Count - 0.3);
        return plot;
    }
}
