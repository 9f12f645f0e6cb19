using System.Net;
using System.Text;

namespace TradeArms.Rendering;

/// <summary>
/// Renders any <see cref="IAnalysisResult"/> as a self-contained HTML table (the notebook extension's view): a caption
/// with the title, a header row, body rows with numbers right-aligned, and the footnotes. Every text is encoded; no
/// ids, scripts or timestamps, so the same result renders to the same bytes.
/// </summary>
public static class HtmlRenderer
{
    /// <summary>Rows shown before the table is cut (the rest is counted in a footnote).</summary>
    public const int MaxRows = 60;

    /// <summary>The result as an HTML fragment (<c>&lt;div class="tradearms"&gt;</c>); each section follows as a table with its own caption.</summary>
    public static string Render(IAnalysisResult result)
    {
        var table = ResultTable.Of(result);
        var html = new StringBuilder();
        html.Append("<div class=\"tradearms\">\n");
        Part(table, html);
        if (!table.Sections.IsEmpty)
        {
            Notes(table.ContextLines, html);
        }
        html.Append("</div>");
        return html.ToString();
    }

    private static void Part(ResultTable table, StringBuilder html)
    {
        if (!table.ShowsRows)
        {
            html.Append("<p style=\"font-weight:bold\">").Append(Encode(table.Title)).Append("</p>\n");
        }
        else
        {
            html.Append("<table style=\"border-collapse:collapse\">\n");
            html.Append("<caption style=\"caption-side:top;text-align:left;font-weight:bold\">").Append(Encode(table.Title)).Append("</caption>\n");
            html.Append("<thead><tr>");
            for (var i = 0; i < table.Headers.Length; i++)
            {
                html.Append("<th scope=\"col\" style=\"text-align:").Append(Align(table, i)).Append("\">").Append(Encode(table.Headers[i])).Append("</th>");
            }
            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in table.Cells.Take(MaxRows))
            {
                html.Append("<tr>");
                for (var i = 0; i < row.Length; i++)
                {
                    html.Append("<td style=\"text-align:").Append(Align(table, i)).Append("\">").Append(Encode(row[i])).Append("</td>");
                }
                html.Append("</tr>\n");
            }
            html.Append("</tbody>\n</table>\n");
        }
        var notes = table.Sections.IsEmpty ? table.Footnotes.ToList() : [.. table.SummaryLines];
        if (table.Cells.Length > MaxRows)
        {
            notes.Insert(0, FormattableString.Invariant($"First {MaxRows} of {table.Cells.Length:#,0} rows."));
        }
        Notes(notes, html);
        foreach (var section in table.Sections)
        {
            Part(section, html);
        }
    }

    private static void Notes(IEnumerable<string> lines, StringBuilder html)
    {
        var list = lines.ToList();
        if (list.Count > 0)
        {
            html.Append("<p style=\"font-size:smaller;margin-top:0.3em\">").AppendJoin("<br/>", list.Select(Encode)).Append("</p>\n");
        }
    }

    private static string Align(ResultTable table, int column) => table.Numeric[column] ? "right" : "left";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
