using System.Globalization;
using TradeArms.Sipri;

namespace TradeArms.Interactive.Html;

/// <summary>HTML views of SIPRI arms-transfer data: a TIV series, a list of series, and a summary of a dataset.</summary>
internal static class ArmsViews
{
    private const string TivNote = " TIV (trend-indicator value) is SIPRI's volume indicator, not US$; \u2013 = no deliveries, <0.5 = delivered but under 0.5.";

    /// <summary>
    /// A TIV series. Up to 12 years: one row per year; longer: one row per decade with a column per year digit, so
    /// 1950-2021 fits in eight rows.
    /// </summary>
    public static HtmlTable Series(TivSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var caption = $"Arms transfers, {series.Supplier?.Name ?? "all suppliers"} to {series.Recipient?.Name ?? "all recipients"}, {series.Years}";
        HtmlTable html;
        if (series.Years.Count <= 12)
        {
            html = new HtmlTable(caption).Column("Year").Column(Tiv.UnitLabel, numeric: true);
            foreach (var (year, value) in series.Points)
            {
                html.Row(year.ToString(), Numbers.Format(value));
            }
            html.Row(new HtmlCell("Total", Strong: true), new HtmlCell(Numbers.Format(series.Total), Strong: true));
        }
        else
        {
            html = new HtmlTable(caption).Column("Decade");
            for (var digit = 0; digit < 10; digit++)
            {
                html.Column(Numbers.Integer(digit), numeric: true);
            }
            html.Column("Sum", numeric: true);
            var first = series.Years.First.Year / 10 * 10;
            for (var decade = first; decade <= series.Years.Last.Year; decade += 10)
            {
                var cells = new List<HtmlCell> { decade.ToString("0's'", CultureInfo.InvariantCulture) };
                var sum = Tiv.NoDeliveries;
                for (var digit = 0; digit < 10; digit++)
                {
                    // The decade's row may run past the last valid year (2200's row holds 2201-2209): those cells stay empty.
                    if (CalendarYear.IsValid(decade + digit) && series.Years.Contains(new CalendarYear(decade + digit)))
                    {
                        cells.Add(Numbers.Format(series[new CalendarYear(decade + digit)]));
                        sum += series[new CalendarYear(decade + digit)];
                    }
                    else
                    {
                        cells.Add("");
                    }
                }
                cells.Add(new HtmlCell(Numbers.Format(sum), Strong: true));
                html.Row([.. cells]);
            }
            html.Note(string.Create(CultureInfo.InvariantCulture, $"Row 1990s, column 2 is 1992. Total {series.Years}: {Numbers.Format(series.Total)} {Tiv.UnitLabel}."));
        }
        return html
            .Note(Footnotes.Unit(Tiv.UnitLabel) + TivNote)
            .Note(Footnotes.Window(series.Years.ToString() + " (calendar years, both included)"))
            .Note(Footnotes.Source(series.Source));
    }

    /// <summary>Several series (e.g. a recipient's imports by supplier): one row each with its total and peak year.</summary>
    public static HtmlTable List(IEnumerable<TivSeries> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var items = list.ToList();
        var windows = items.Select(s => s.Years).Distinct().ToList();
        var recipients = items.Select(s => s.Recipient?.Name ?? "all recipients").Distinct().ToList();
        var suppliers = items.Select(s => s.Supplier?.Name ?? "all suppliers").Distinct().ToList();
        var caption = recipients.Count == 1 && suppliers.Count != 1 ? $"Arms transfers to {recipients[0]} by supplier"
            : suppliers.Count == 1 && recipients.Count != 1 ? $"Arms transfers from {suppliers[0]} by recipient"
            : "Arms transfers";
        if (windows.Count == 1)
        {
            caption += ", " + windows[0];
        }
        var html = new HtmlTable(caption).Column("Supplier").Column("Recipient").Column("Years").Column("Total, " + Tiv.UnitLabel, numeric: true).Column("Peak year");
        foreach (var s in items)
        {
            var peak = s.PeakYear?.ToString();
            html.Row(s.Supplier?.Name ?? "all suppliers", s.Recipient?.Name ?? "all recipients", s.Years.ToString(), Numbers.Format(s.Total), peak ?? Numbers.Missing);
        }
        return html
            .Note(Footnotes.Unit(Tiv.UnitLabel) + TivNote)
            .Note(Footnotes.Window(windows.Count == 1 ? windows[0] + " (calendar years, both included)" : "as given per row"))
            .Note(items.Count > 0 ? Footnotes.Source(items[0].Source) : null);
    }

    /// <summary>What a dataset holds: years, size, files and their vintages, loader notes.</summary>
    public static HtmlTable Summary(ArmsTransfers arms)
    {
        ArgumentNullException.ThrowIfNull(arms);
        var html = new HtmlTable("SIPRI arms-transfer data").Column("Property").Column("Value")
            .Row("Years", arms.Years.ToString())
            .Row("Supplier-recipient-years with deliveries", arms.Count.ToString("#,0", CultureInfo.InvariantCulture))
            .Row("Suppliers", Numbers.Integer(arms.Suppliers.Length))
            .Row("Recipients", Numbers.Integer(arms.Recipients.Length))
            .Row("Published totals (SIPRI's Total rows and columns)", Numbers.Integer(arms.PublishedTotals.Length));
        foreach (var source in arms.Sources)
        {
            html.Row("File", $"{source.Location ?? "(in memory)"} ({source.Vintage ?? "vintage not stated"})");
        }
        foreach (var note in arms.Notes)
        {
            html.Row("Loader note", note);
        }
        return html
            .Note(Footnotes.Unit(Tiv.UnitLabel + ", a volume indicator, not US$"))
            .Note(Footnotes.Window(arms.Years + " (calendar years)"))
            .Note(Footnotes.Source(arms.Source));
    }
}
