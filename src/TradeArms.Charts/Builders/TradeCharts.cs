using ScottPlot;

namespace TradeArms.Charts;

/// <summary>Charts of a <see cref="BilateralTradeTable"/>: flows with balance, balance by sign, turnover and coverage.</summary>
public static class TradeCharts
{
    /// <summary>Exports and imports as lines, with the (computed) balance as bars coloured by sign.</summary>
    public static Plot FlowsAndBalance(BilateralTradeTable table, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var plot = new Plot();
        var periods = table.Rows.Select(r => r.Period).ToList();
        AddBalanceBars(plot, table, withLegend: true);
        AddLine(plot, table.Series(TradeFlow.Exports), Palette.Exports, $"{table.Reporter} exports to {table.Partner}");
        AddLine(plot, table.Series(TradeFlow.Imports), Palette.Imports, $"{table.Reporter} imports from {table.Partner}");
        plot.Add.HorizontalLine(0, 1, Palette.Black);
        HouseStyle.Apply(plot, new ChartText(title ?? $"{table.Reporter}-{table.Partner} trade: flows and balance", table.Unit.ToString(), Caption(table), HouseStyle.PeriodAxisLabel(periods)));
        HouseStyle.UsePeriodCategories(plot, periods);
        HouseStyle.ShowLegend(plot);
        return plot;
    }

    /// <summary>The balance (exports - imports, reporter's view) as bars: green for a surplus, vermillion for a deficit.</summary>
    public static Plot Balance(BilateralTradeTable table, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var plot = new Plot();
        var periods = table.Rows.Select(r => r.Period).ToList();
        AddBalanceBars(plot, table, withLegend: true);
        plot.Add.HorizontalLine(0, 1, Palette.Black);
        HouseStyle.Apply(plot, new ChartText(title ?? $"{table.Reporter}'s trade balance with {table.Partner}", table.Unit.ToString(), Caption(table), HouseStyle.PeriodAxisLabel(periods)));
        HouseStyle.UsePeriodCategories(plot, periods);
        HouseStyle.ShowLegend(plot);
        return plot;
    }

    /// <summary>Turnover (exports + imports) as bars, with the coverage ratio (exports / imports) on a right axis.</summary>
    public static Plot TurnoverAndCoverage(BilateralTradeTable table, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var plot = new Plot();
        var periods = table.Rows.Select(r => r.Period).ToList();
        var bars = table.Rows.Select((r, i) => r.Total is { } t ? new Bar { Position = i, Value = (double)t.Amount, FillColor = Palette.SkyBlue, Size = 0.6 } : null)
            .OfType<Bar>().ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.LegendText = "Turnover (exports + imports)";
        // The library's coverage (Balance.Summarise: one row per table row), only drawn here.
        var coverage = TradeArms.Balance.Summarise(table).Rows.Select((r, i) => (i, r.Coverage))
            .Where(p => p.Item2 is not null).ToList();
        var line = plot.Add.Scatter(coverage.Select(c => (double)c.i).ToArray(), coverage.Select(c => c.Item2!.Value).ToArray(), Palette.Vermillion);
        line.LegendText = "Coverage ratio (exports / imports), right axis";
        line.LineWidth = 2.5f;
        line.MarkerSize = 7;
        line.Axes.YAxis = plot.Axes.Right;
        HouseStyle.Apply(plot, new ChartText(title ?? $"{table.Reporter}-{table.Partner} trade: turnover and coverage", table.Unit.ToString(), Caption(table), HouseStyle.PeriodAxisLabel(periods)));
        plot.Axes.Right.Label.Text = "Coverage ratio";
        plot.Axes.Right.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) };
        HouseStyle.UsePeriodCategories(plot, periods);
        plot.Axes.SetLimitsY(0, bars.Count == 0 ? 1 : bars.Max(b => b.Value) * 1.15, plot.Axes.Left);
        HouseStyle.ShowLegend(plot);
        return plot;
    }

    private static void AddBalanceBars(Plot plot, BilateralTradeTable table, bool withLegend)
    {
        var bars = new List<Bar>();
        for (var i = 0; i < table.Rows.Length; i++)
        {
            if (table.Rows[i].Balance is { } b)
            {
                var value = (double)b.Amount;
                bars.Add(new Bar { Position = i, Value = value, FillColor = value >= 0 ? Palette.Surplus : Palette.Deficit, Size = 0.5 });
            }
        }
        plot.Add.Bars(bars);
        if (withLegend)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Balance: surplus", FillColor = Palette.Surplus });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Balance: deficit", FillColor = Palette.Deficit });
        }
    }

    private static void AddLine(Plot plot, TimeSeries series, Color color, string label)
    {
        var points = series.Values.Select((v, i) => (i, v)).Where(p => p.v is not null).ToList();
        var line = plot.Add.Scatter(points.Select(p => (double)p.i).ToArray(), points.Select(p => p.v!.Value).ToArray(), color);
        line.LegendText = label;
        line.LineWidth = 2.5f;
        line.MarkerSize = 7;
    }

    private static string Caption(BilateralTradeTable table) => table.Source.Caption;
}
