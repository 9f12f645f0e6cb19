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
    private const string TivNote = "TIV: SIPRI trend-indicator value, a volume measure of major arms, not money.";

    // The most windows whose full labels (1992-1996) fit side by side on a standard chart.
    private const int MaxFullWindowLabels = 8;

    /// <summary>
    /// A recipient's supplier shares by window as 100% stacked bars (SIPRI compares 5-year windows). The
    /// <paramref name="top"/> suppliers over all windows keep their own colour; the rest are "Others". Shares are of
    /// the sum of the supplier rows in each window. The suppliers are labelled at the right of the last window. More than
    /// eight windows are labelled by their first year, as the axis title says.
    /// </summary>
    public static Plot SupplierSharesByWindow(ArmsTransfers arms, Actor recipient, IReadOnlyList<YearRange> windows, int top = 5, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(arms);
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(windows);
        // Shares, ranks and the "others" row come from the library's share tables; the chart only stacks them.
        var leaders = Leaders(arms.SupplierShares(recipient, YearRange.Covering(windows)), top);
        var names = leaders.Select(l => l.Name).Append("Others").ToList();
        var colours = Palette.ForActors(names);
        var plot = new Plot();
        var lastShares = new double[names.Count];
        var lastDrawn = -1;
        var empty = new List<YearRange>();
        for (var w = 0; w < windows.Count; w++)
        {
            var baseValue = 0.0;
            var rows = arms.SupplierShares(recipient, windows[w]).RowsFor(leaders);
            if (rows.Any(r => r.Percent is null))
            {
                // No imports in the window: the shares are undefined, so no bar (named in the subtitle), never a bar of zeros.
                empty.Add(windows[w]);
                continue;
            }
            for (var k = 0; k < rows.Length; k++)
            {
                var share = rows[k].Percent!.Value;
                plot.Add.Bar(new Bar { Position = w, ValueBase = baseValue, Value = baseValue + share, FillColor = colours[k], Size = 0.7, LineWidth = 0 });
                lastShares[k] = share;
                baseValue += share;
            }
            lastDrawn = w;
        }
        var span = windows.Count == 0 ? "" : $", {windows[0].First}-{windows[^1].Last}";
        var subtitle = $"Share of each window's imports of major arms by {recipient}, % of TIV";
        if (empty.Count > 0)
        {
            subtitle += $"; no imports in {string.Join(", ", empty)} (no bar)";
        }
        // Up to eight windows fit their full labels (1992-1996) side by side; more are labelled by their first year.
        var compact = windows.Count > MaxFullWindowLabels;
        var lengths = windows.Select(w => w.Count).Distinct().ToList();
        var axis = !compact ? "Window" : lengths.Count == 1 ? $"First year of each {lengths[0]}-year window" : "First year of each window";
        HouseStyle.Apply(plot, new ChartText(title ?? $"{recipient}'s arms imports by supplier, 5-year windows{span}",
            "Share of imports (%)", arms.Source.Caption + ". " + TivNote, axis, subtitle));
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. windows.Select((w, i) => new Tick(i, compact ? w.First.ToString() : w.ToString()))]);
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Axes.SetLimitsY(0, 100);
        HouseStyle.CategoryAxisToData(plot, windows.Count, 0.5);
        if (lastDrawn >= 0)
        {
            // The labels sit at the right of the last bar drawn (the last window, unless it had no imports).
            LabelStack(plot, names, colours, lastShares, lastDrawn + 0.35);
        }
        return plot;
    }

    /// <summary>
    /// A recipient's supplier shares year by year as a stacked area (each year's shares of that year's imports). The
    /// <paramref name="top"/> suppliers over the range keep their own colour; the rest are "Others". A year whose
    /// shares are undefined (no imports that year, or a year outside the recipient's lifetime) is left blank, not drawn
    /// as a share of zero, and the subtitle names those years.
    /// </summary>
    public static Plot SupplierSharesOverTime(ArmsTransfers arms, Actor recipient, YearRange years, int top = 5, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(arms);
        ArgumentNullException.ThrowIfNull(recipient);
        // Each year's shares come from the library's share table of that year; the chart only stacks them.
        var leaders = Leaders(arms.SupplierShares(recipient, years), top);
        var byYear = years.Select(y => recipient.ExistedIn(y) ? arms.SupplierShares(recipient, new YearRange(y, y)).RowsFor(leaders) : default).ToList();
        var defined = byYear.Select(rows => !rows.IsDefault && rows.All(r => r.Percent is not null)).ToArray();
        var xs = years.Select(y => (double)y.Year).ToArray();
        var plot = new Plot();
        var names = leaders.Select(l => l.Name).Append("Others").ToList();
        var colours = Palette.ForActors(names);
        var lastShares = new double[names.Count];
        var last = Array.LastIndexOf(defined, true);
        foreach (var (start, end) in Runs(defined))
        {
            // One run of consecutive years with defined shares; a lone year is drawn as a band one year wide.
            var runXs = start == end ? [xs[start] - 0.4, xs[start] + 0.4] : xs[start..(end + 1)];
            var lower = new double[runXs.Length];
            for (var layer = 0; layer < names.Count; layer++)
            {
                var upper = new double[runXs.Length];
                for (var i = 0; i < runXs.Length; i++)
                {
                    upper[i] = lower[i] + byYear[start == end ? start : start + i][layer].Percent!.Value;
                }
                var fill = plot.Add.FillY(runXs, (double[])lower.Clone(), upper);
                fill.FillColor = colours[layer];
                fill.LineColor = Colors.Transparent;
                if (end == last)
                {
                    lastShares[layer] = upper[^1] - lower[^1];
                }
                lower = upper;
            }
        }
        // The blank years as ranges (1950-1953, 1960): the runs of years without defined shares.
        var blank = Runs([.. defined.Select(d => !d)]).Select(r => r.Start == r.End ? $"{years.First.Year + r.Start}" : $"{years.First.Year + r.Start}-{years.First.Year + r.End}").ToList();
        var subtitle = $"Share of each year's imports of major arms by {recipient}, % of TIV";
        if (blank.Count > 0)
        {
            subtitle += $"; left blank: {string.Join(", ", blank)} (no imports{(years.Any(y => !recipient.ExistedIn(y)) ? " or did not exist" : "")})";
        }
        HouseStyle.Apply(plot, new ChartText(title ?? $"{recipient}'s arms imports by supplier, {years}",
            "Share of imports (%)", arms.Source.Caption + ". " + TivNote, "Year", subtitle));
        plot.Axes.SetLimitsY(0, 100);
        HouseStyle.YearAxisToData(plot, years.First.Year, years.Last.Year, bars: false);
        if (last >= 0)
        {
            LabelStack(plot, names, colours, lastShares, xs[last]);
        }
        return plot;
    }

    // The runs of consecutive true values, as (first, last) indices.
    private static IEnumerable<(int Start, int End)> Runs(bool[] defined)
    {
        for (var i = 0; i < defined.Length; i++)
        {
            if (defined[i])
            {
                var start = i;
                while (i + 1 < defined.Length && defined[i + 1])
                {
                    i++;
                }
                yield return (start, i);
            }
        }
    }

    // Direct labels at the middle of each segment of the last stack. A supplier without a segment there still gets
    // its label in stack order, and then every label carries a swatch of its colour (a key, not a pointer).
    private static void LabelStack(Plot plot, List<string> names, IReadOnlyList<Color> colours, double[] lastShares, double x)
    {
        var key = lastShares.Any(s => s <= 0) ? "\u25A0 " : "";
        var bottom = 0.0;
        for (var k = 0; k < names.Count; k++)
        {
            HouseStyle.LabelEnd(plot, key + names[k], x, bottom + (lastShares[k] / 2), colours[k]);
            bottom += lastShares[k];
        }
    }

    /// <summary>
    /// The top suppliers of a recipient (or, with <paramref name="markets"/>, the top recipients of a supplier) over a
    /// window, as horizontal bars with their TIV and share: the largest in the highlight colour, the rest grey.
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
            var bar = new Bar
            {
                Position = i,
                Value = shown[i].Volume.Millions,
                FillColor = i == shown.Count - 1 ? Palette.Highlight : Palette.Grey,
                Orientation = Orientation.Horizontal,
                Size = 0.7,
                LineWidth = 0,
                Label = $"{TivCell.Format(shown[i].Volume)} ({Percent(shown[i].Percent)})",
            };
            plot.Add.Bar(bar);
        }
        var what = markets ? $"Main recipients of {actor}'s arms exports" : $"Main suppliers of {actor}'s arms imports";
        var subtitle = markets ? $"Deliveries of major arms by {actor}, {window} total, {Tiv.UnitLabel} (share of its exports)"
            : $"Deliveries of major arms to {actor}, {window} total, {Tiv.UnitLabel} (share of its imports)";
        HouseStyle.Apply(plot, new ChartText(title ?? $"{what}, {window}", Tiv.UnitLabel, arms.Source.Caption + ". " + TivNote, "", subtitle));
        // Horizontal bars: the value axis is the bottom one, the partners are categories on the left.
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. shown.Select((s, i) => new Tick(i, s.Partner!.Name))]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.XLabel(Tiv.UnitLabel, 13);
        plot.YLabel("", 13);
        plot.Axes.SetLimitsX(0, (shown.Count == 0 ? 1 : shown[^1].Volume.Millions) * 1.3);
        plot.Axes.SetLimitsY(-0.6, Math.Max(shown.Count, 1) - 0.4);
        return plot;
    }

    private static string Percent(double? percent) => percent switch
    {
        null => "n/a",
        < 0.5 => "<0.5%",
        { } p => p.ToString("0", CultureInfo.InvariantCulture) + "%",
    };

    // The partners that keep their own colour: the library's ranking, cut at top.
    private static List<Actor> Leaders(ShareTable table, int top) => [.. table.Partners.Take(top).Select(p => p.Partner!)];

    /// <summary>
    /// A supplier x recipient table of TIV over a window (rows: suppliers, columns: recipients), each cell printed as
    /// SIPRI prints it (<c>-</c> no deliveries, <c>&lt;0.5</c> under half a million) on a light shade of its value.
    /// </summary>
    public static Plot Heatmap(ArmsTransfers arms, IReadOnlyList<Actor> suppliers, IReadOnlyList<Actor> recipients, YearRange window, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(arms);
        ArgumentNullException.ThrowIfNull(suppliers);
        ArgumentNullException.ThrowIfNull(recipients);
        var values = new Tiv[suppliers.Count, recipients.Count];
        for (var s = 0; s < suppliers.Count; s++)
        {
            for (var r = 0; r < recipients.Count; r++)
            {
                values[s, r] = arms.Total(window, suppliers[s], recipients[r]);
            }
        }
        var max = values.Cast<Tiv>().Select(v => v.Millions).DefaultIfEmpty(0).Max();
        var plot = new Plot();
        var light = Color.FromHex("#F4F8FB");
        var dark = Color.FromHex("#6BAED6");
        for (var s = 0; s < suppliers.Count; s++)
        {
            for (var r = 0; r < recipients.Count; r++)
            {
                var y = suppliers.Count - 1 - s;
                var cell = plot.Add.Rectangle(r - 0.5, r + 0.5, y - 0.5, y + 0.5);
                var t = max > 0 ? values[s, r].Millions / max : 0;
                cell.FillColor = light.MixedWith(dark, (float)t);
                cell.LineColor = Colors.White;
                cell.LineWidth = 3;
                var text = plot.Add.Text(TivCell.Format(values[s, r]), r, y);
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontSize = 14;
                text.LabelFontColor = Palette.Black;
            }
        }
        HouseStyle.Apply(plot, new ChartText(title ?? $"Arms transfers by supplier and recipient, {window}", "Supplier", arms.Source.Caption + ". " + TivNote, "Recipient",
            $"Deliveries of major arms, {window} total, {Tiv.UnitLabel}; - no deliveries, <0.5 under half a million"));
        plot.HideGrid();
        foreach (var axis in new IAxis[] { plot.Axes.Top, plot.Axes.Left, plot.Axes.Bottom, plot.Axes.Right })
        {
            axis.FrameLineStyle.Width = 0;
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. recipients.Select((a, i) => new Tick(i, a.Name))]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. suppliers.Select((a, i) => new Tick(suppliers.Count - 1 - i, a.Name))]);
        foreach (var axis in new IAxis[] { plot.Axes.Top, plot.Axes.Left, plot.Axes.Bottom })
        {
            axis.MajorTickStyle.Length = 0;
        }
        plot.Axes.Bottom.TickLabelStyle.Bold = true;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Axes.SetLimits(-0.5, recipients.Count - 0.5, -0.5, suppliers.Count - 0.5);
        return plot;
    }

    /// <summary>
    /// Small multiples: one panel per supplier-recipient pair, stacked in rows, under one figure title. Each panel
    /// has its own TIV axis (the subtitle says so and gives each panel's peak) unless <paramref name="sharedScale"/>.
    /// </summary>
    public static Multiplot SmallMultiples(IReadOnlyList<TivSeries> pairs, string? title = null, bool sharedScale = false)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var multiplot = new Multiplot();
        double Peak(TivSeries s) => s.PeakYear is { } y ? s[y].Millions : 0;
        var sharedMax = pairs.Count == 0 ? 0 : pairs.Max(Peak);
        for (var i = 0; i < pairs.Count; i++)
        {
            var series = pairs[i];
            var plot = new Plot();
            var bars = series.Points.Select(p => new Bar { Position = p.Year.Year, Value = p.Value.Millions, FillColor = Palette.ForActor(series.Supplier?.Name ?? "Others"), Size = 0.8, LineWidth = 0 }).ToList();
            plot.Add.Bars(bars);
            HouseStyle.Apply(plot, new ChartText("", Tiv.UnitLabel, "", i == pairs.Count - 1 ? "Year" : ""));
            // The panel's own title (one line, centred over it); the figure's words are drawn around all panels.
            plot.Axes.Title.IsVisible = true;
            plot.Title(PairName(series), 13);
            HouseStyle.YearAxisToData(plot, series.Years.First.Year, series.Years.Last.Year, bars: true);
            HouseStyle.ZeroBasedY(plot, sharedScale ? sharedMax : Peak(series));
            plot.Grid.XAxisStyle.IsVisible = false;
            multiplot.Subplots.Add(plot);
        }
        // A new Multiplot starts with one empty subplot of its own.
        multiplot.Subplots.RemoveAt(0);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Rows();
        var years = pairs.Count == 0 ? "" : $", {pairs[0].Years}";
        var subtitle = pairs.Count < 2 ? $"Deliveries of major arms per year, {Tiv.UnitLabel}"
            : sharedScale ? $"Deliveries of major arms per year, {Tiv.UnitLabel}; the panels share one scale"
            : $"Deliveries of major arms per year, {Tiv.UnitLabel}. Scales differ: each panel has its own ("
              + string.Join(", ", pairs.Select(p => $"{PairName(p)} peaks at {TivCell.Format(Tiv.FromMillions(Peak(p)))}")) + ")";
        var caption = pairs.Count == 0 ? "" : pairs[0].Source.Caption + ". " + TivNote;
        FigureText.Attach(multiplot, new FigureText(title ?? $"Arms deliveries: {string.Join("; ", pairs.Select(PairName))}{years}", subtitle, caption));
        return multiplot;
    }

    private static string PairName(TivSeries series) => $"{series.Supplier?.Name ?? "All suppliers"} to {series.Recipient?.Name ?? "all recipients"}";
}
