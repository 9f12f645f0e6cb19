using System.Globalization;
using ScottPlot;

namespace TradeArms.Charts;

/// <summary>Charts of a <see cref="BilateralTradeTable"/>: flows with balance, balance by sign, turnover and coverage.</summary>
public static class TradeCharts
{
    /// <summary>Exports and imports as lines labelled at their ends, with the (computed) balance as bars coloured by sign.</summary>
    public static Plot FlowsAndBalance(BilateralTradeTable table, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var plot = new Plot();
        var periods = table.Rows.Select(r => r.Period).ToList();
        AddBalanceBars(plot, table);
        var exports = SeriesCharts.AddLine(plot, table.Series(TradeFlow.Exports), Palette.Exports);
        var imports = SeriesCharts.AddLine(plot, table.Series(TradeFlow.Imports), Palette.Imports);
        plot.Add.HorizontalLine(0, 1, Palette.Black);
        HouseStyle.Apply(plot, new ChartText(title ?? $"{table.Reporter}-{table.Partner} trade: flows and balance, {Span(periods)}", table.Unit.ToString(), Caption(table),
            HouseStyle.PeriodAxisLabel(periods),
            $"{table.Reporter}'s exports to and imports from {table.Partner}, {table.Unit}; bars: balance (green surplus, vermillion deficit)"));
        HouseStyle.UsePeriodCategories(plot, periods);
        HouseStyle.CategoryAxisToData(plot, periods.Count, 0.4);
        plot.Grid.XAxisStyle.IsVisible = false;
        if (exports is { } x)
        {
            HouseStyle.LabelEnd(plot, "Exports", x.X, x.Y, Palette.Exports);
        }
        if (imports is { } m)
        {
            HouseStyle.LabelEnd(plot, "Imports", m.X, m.Y, Palette.Imports);
        }
        return plot;
    }

    /// <summary>The balance (exports - imports, reporter's view) as bars: green for a surplus, vermillion for a deficit.</summary>
    public static Plot Balance(BilateralTradeTable table, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var plot = new Plot();
        var periods = table.Rows.Select(r => r.Period).ToList();
        AddBalanceBars(plot, table);
        plot.Add.HorizontalLine(0, 1, Palette.Black);
        HouseStyle.Apply(plot, new ChartText(title ?? $"{table.Reporter}'s trade balance with {table.Partner}, {Span(periods)}", table.Unit.ToString(), Caption(table),
            HouseStyle.PeriodAxisLabel(periods),
            $"Exports minus imports, {table.Unit}; green: surplus, vermillion: deficit"));
        HouseStyle.UsePeriodCategories(plot, periods);
        plot.Axes.SetLimitsX(-0.6, periods.Count - 0.4);
        plot.Grid.XAxisStyle.IsVisible = false;
        return plot;
    }

    /// <summary>
    /// Turnover (exports + imports) and the coverage ratio (exports / imports) on one axis as an index of the first
    /// period = 100 (relative change; no second axis), with both base values in the subtitle.
    /// </summary>
    public static Plot TurnoverAndCoverage(BilateralTradeTable table, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var plot = new Plot();
        var periods = table.Rows.Select(r => r.Period).ToList();
        var turnover = TradeArms.Balance.Turnover(table);
        var coverage = TradeArms.Balance.Coverage(table);
        var basePeriod = periods.FirstOrDefault(p => turnover[p] is { } t && t != 0 && coverage[p] is { } c && c != 0);
        HouseStyle.UsePeriodCategories(plot, periods);
        var subtitle = $"Index, {basePeriod} = 100";
        if (periods.Count > 0 && turnover[basePeriod] is { } t0 && coverage[basePeriod] is { } c0 && t0 != 0 && c0 != 0)
        {
            var t = SeriesCharts.AddLine(plot, TradeArms.Trend.IndexTo(turnover, basePeriod), Palette.SkyBlue);
            var c = SeriesCharts.AddLine(plot, TradeArms.Trend.IndexTo(coverage, basePeriod), Palette.Vermillion);
            plot.Add.HorizontalLine(100, 1, Palette.Grey, LinePattern.Dotted);
            subtitle = string.Create(CultureInfo.InvariantCulture,
                $"Index, {basePeriod} = 100. In {basePeriod} turnover (exports + imports) was {t0:#,0.#} {table.Unit}, coverage (exports / imports) {c0:0.00}");
            HouseStyle.Apply(plot, new ChartText(title ?? $"{table.Reporter}-{table.Partner} trade: turnover and coverage, {Span(periods)}", "Index (first year = 100)", Caption(table),
                HouseStyle.PeriodAxisLabel(periods), subtitle));
            HouseStyle.UsePeriodCategories(plot, periods);
            HouseStyle.CategoryAxisToData(plot, periods.Count, 0.2);
            if (t is { } te)
            {
                HouseStyle.LabelEnd(plot, "Turnover", te.X, te.Y, Palette.SkyBlue);
            }
            if (c is { } ce)
            {
                HouseStyle.LabelEnd(plot, "Coverage", ce.X, ce.Y, Palette.Vermillion);
            }
        }
        else
        {
            HouseStyle.Apply(plot, new ChartText(title ?? $"{table.Reporter}-{table.Partner} trade: turnover and coverage", "Index", Caption(table),
                HouseStyle.PeriodAxisLabel(periods), "No period has both turnover and coverage: nothing to index"));
        }
        plot.Grid.XAxisStyle.IsVisible = false;
        return plot;
    }

    private static string Span(List<Period> periods) => periods.Count == 0 ? "" : periods.Count == 1 ? periods[0].ToString() : $"{periods[0]} to {periods[^1]}";

    private static void AddBalanceBars(Plot plot, BilateralTradeTable table)
    {
        var bars = new List<Bar>();
        for (var i = 0; i < table.Rows.Length; i++)
        {
            if (table.Rows[i].Balance is { } b)
            {
                var value = (double)b.Amount;
                bars.Add(new Bar { Position = i, Value = value, FillColor = value >= 0 ? Palette.Surplus : Palette.Deficit, Size = 0.5, LineWidth = 0 });
            }
        }
        plot.Add.Bars(bars);
    }

    private static string Caption(BilateralTradeTable table) => table.Source.Caption;
}
