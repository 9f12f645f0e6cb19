using System.Text;
using TradeArms.Text;

namespace TradeArms.Rendering;

/// <summary>
/// Renders any <see cref="IAnalysisResult"/> as a plain-text table: the title, the aligned rows, the summary lines,
/// each section (<see cref="IAnalysisResult.Sections"/>) after a blank line with its title, rows and footnotes, and
/// last the unit, window, notes and source.
/// </summary>
public static class TableRenderer
{
    /// <summary>The result as text, ending with a line break.</summary>
    public static string Render(IAnalysisResult result)
    {
        var table = ResultTable.Of(result);
        var text = new StringBuilder();
        text.Append(table.Title).Append('\n');
        Body(table, text);
        if (!table.Sections.IsEmpty)
        {
            text.Append('\n');
        }
        Lines(table.ContextLines, text);
        return text.ToString();
    }

    private static void Body(ResultTable table, StringBuilder text)
    {
        if (table.ShowsRows)
        {
            text.Append(TextTable.Format(table.Headers, table.Numeric, table.Cells.Select(r => (IReadOnlyList<string>)r)));
        }
        Lines(table.SummaryLines, text);
        foreach (var section in table.Sections)
        {
            text.Append('\n').Append(section.Title).Append('\n');
            Body(section, text);
            Lines(section.ContextLines, text);
        }
    }

    private static void Lines(IEnumerable<string> lines, StringBuilder text)
    {
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }
    }
}
