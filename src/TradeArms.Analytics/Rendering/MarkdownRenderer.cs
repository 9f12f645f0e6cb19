using System.Text;

namespace TradeArms.Rendering;

/// <summary>Renders any <see cref="IAnalysisResult"/> as a Markdown table with its title in bold and the footnotes below.</summary>
public static class MarkdownRenderer
{
    /// <summary>The result as Markdown, ending with a line break; each section follows under its own bold title.</summary>
    public static string Render(IAnalysisResult result)
    {
        var table = ResultTable.Of(result);
        var text = new StringBuilder();
        Part(table, text);
        if (!table.Sections.IsEmpty)
        {
            Lines(table.ContextLines, text);
        }
        return text.ToString();
    }

    private static void Part(ResultTable table, StringBuilder text)
    {
        text.Append("**").Append(Escape(table.Title)).Append("**\n\n");
        if (table.ShowsRows)
        {
            text.Append("| ").AppendJoin(" | ", table.Headers.Select(Escape)).Append(" |\n");
            text.Append('|').AppendJoin('|', table.Numeric.Select(n => n ? " ---: " : " --- ")).Append("|\n");
            foreach (var row in table.Cells)
            {
                text.Append("| ").AppendJoin(" | ", row.Select(Escape)).Append(" |\n");
            }
            text.Append('\n');
        }
        Lines(table.SummaryLines, text);
        if (table.Sections.IsEmpty)
        {
            Lines(table.ContextLines, text);
            return;
        }
        foreach (var section in table.Sections)
        {
            if (text[^2] != '\n')
            {
                text.Append('\n');
            }
            Part(section, text);
        }
        if (text[^2] != '\n')
        {
            text.Append('\n');
        }
    }

    private static void Lines(IEnumerable<string> lines, StringBuilder text)
    {
        foreach (var line in lines)
        {
            text.Append(Escape(line)).Append("  \n");
        }
    }

    private static string Escape(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
