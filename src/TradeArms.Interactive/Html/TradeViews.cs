namespace TradeArms.Interactive.Html;

/// <summary>HTML views of a bilateral trade table and of its validation report.</summary>
internal static class TradeViews
{
    /// <summary>The table as published: exports, imports and the printed total and balance, with computed ones beside.</summary>
    public static HtmlTable Table(BilateralTradeTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Build(table, discrepancies: null, $"{table.Reporter.Name}-{table.Partner.Name} trade, {table.Unit} (reporter: {table.Reporter.Name})");
    }

    /// <summary>
    /// The validation report: the table with every discrepant published figure marked (its tooltip gives the computed
    /// figure, the difference and the tolerance), and one line per discrepancy under it.
    /// </summary>
    public static HtmlTable Report(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var caption = report.IsConsistent
            ? $"Validation of {report.Table.Reporter.Name}-{report.Table.Partner.Name} trade: consistent"
            : $"Validation of {report.Table.Reporter.Name}-{report.Table.Partner.Name} trade: {Numbers.Integer(report.Discrepancies.Count)} of {Numbers.Integer(report.FiguresChecked)} published figures disagree";
        var html = Build(report.Table, report.Discrepancies, caption);
        foreach (var d in report.Discrepancies)
        {
            html.Note("Marked: " + d);
        }
        return html.Note("A published figure is marked when it differs from the one computed from exports and imports by more than rounding "
            + "(half a unit of the last printed digit of each figure involved).");
    }

    private static HtmlTable Build(BilateralTradeTable table, IReadOnlyList<Discrepancy>? discrepancies, string caption)
    {
        var html = new HtmlTable(caption)
            .Column("Period")
            .Column("Exports", numeric: true)
            .Column("Imports", numeric: true)
            .Column("Total (published)", numeric: true)
            .Column("Total (computed)", numeric: true)
            .Column("Balance (published)", numeric: true)
            .Column("Balance (computed)", numeric: true);
        foreach (var row in table.Rows)
        {
            html.Row(
                row.Period.ToString(),
                Numbers.Format(row.Exports),
                Numbers.Format(row.Imports),
                Published(row, TradeField.Total, Numbers.Format(row.PublishedTotal), discrepancies),
                Numbers.Format(row.Total),
                Published(row, TradeField.Balance, Numbers.Signed(row.PublishedBalance), discrepancies),
                Numbers.Signed(row.Balance));
        }
        return html
            .Note(Footnotes.Unit(table.Unit.ToString()) + " Exports and imports are " + table.Reporter.Name + "'s; balance = exports - imports; total = exports + imports.")
            .Note(Footnotes.Window(table.Rows.Select(r => r.Period).ToList()))
            .Note(Footnotes.Source(table.Source));
    }

    private static HtmlCell Published(TradeRow row, TradeField field, string text, IReadOnlyList<Discrepancy>? discrepancies)
    {
        var d = discrepancies?.FirstOrDefault(x => x.Period == row.Period && x.Field == field);
        return d is null ? new HtmlCell(text) : new HtmlCell(text, d.ToString(), Strong: true);
    }
}
