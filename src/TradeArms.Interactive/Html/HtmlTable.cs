using System.Net;
using System.Text;

namespace TradeArms.Interactive.Html;

/// <summary>
/// A compact HTML table as the notebook formatters write it: a caption naming what it shows, a header row, body rows
/// (numbers right-aligned, flagged cells in <c>&lt;mark&gt;</c> with the reason as a tooltip) and footnotes for unit,
/// window and source. Every text is HTML-encoded; there are no element ids, scripts or timestamps, so the same value
/// renders to the same bytes.
/// </summary>
internal sealed class HtmlTable
{
    private readonly List<string> _columns = [];
    private readonly List<bool> _numeric = [];
    private readonly List<IReadOnlyList<HtmlCell>> _rows = [];
    private readonly List<string> _notes = [];

    public HtmlTable(string caption) => Caption = caption;

    public string Caption { get; }

    public HtmlTable Column(string name, bool numeric = false)
    {
        _columns.Add(name);
        _numeric.Add(numeric);
        return this;
    }

    public HtmlTable Row(params HtmlCell[] cells)
    {
        if (cells.Length != _columns.Count)
        {
            throw new ArgumentException($"The table has {_columns.Count} columns, the row {cells.Length} cells.", nameof(cells));
        }
        _rows.Add(cells);
        return this;
    }

    /// <summary>A footnote line, e.g. <c>Unit: US$ million</c>; null or empty lines are skipped.</summary>
    public HtmlTable Note(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            _notes.Add(text);
        }
        return this;
    }

    public int RowCount => _rows.Count;

    public string ToHtml()
    {
        var html = new StringBuilder();
        // One row per line, so a notebook's diff shows which rows changed.
        html.Append("<div class=\"tradearms\">\n");
        html.Append("<table style=\"border-collapse:collapse\">\n");
        html.Append("<caption style=\"caption-side:top;text-align:left;font-weight:bold\">").Append(Encode(Caption)).Append("</caption>\n");
        html.Append("<thead><tr>");
        for (var i = 0; i < _columns.Count; i++)
        {
            html.Append(_numeric[i] ? "<th style=\"text-align:right\">" : "<th style=\"text-align:left\">").Append(Encode(_columns[i])).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in _rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var cell = row[i];
                html.Append(_numeric[i] ? "<td style=\"text-align:right\">" : "<td style=\"text-align:left\">");
                var text = cell.Strong ? "<strong>" + Encode(cell.Text) + "</strong>" : Encode(cell.Text);
                if (cell.Flag is { } flag)
                {
                    html.Append("<mark title=\"").Append(Encode(flag)).Append("\">").Append(text).Append("</mark>");
                }
                else
                {
                    html.Append(text);
                }
                html.Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        if (_notes.Count > 0)
        {
            html.Append("<p style=\"font-size:smaller;margin-top:0.3em\">");
            html.AppendJoin("<br/>", _notes.Select(Encode));
            html.Append("</p>\n");
        }
        html.Append("</div>");
        return html.ToString();
    }

    public override string ToString() => ToHtml();

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

/// <summary>One table cell: its text, whether it is emphasised, and why it is flagged (null when it is not).</summary>
internal readonly record struct HtmlCell(string Text, string? Flag = null, bool Strong = false)
{
    public static implicit operator HtmlCell(string text) => new(text);
}
