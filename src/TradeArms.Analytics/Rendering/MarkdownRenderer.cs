using System.Text;

namespace TradeArms.Rendering;

/// <summary>Renders any <see cref="IAnalysisResult"/> as a Markdown table with its title in bold and the footnotes below.</summary>
public static class MarkdownRenderer
{
    /// <summary>The result as Markdown, ending with a line break.</summary>
    public static string Render(IAnalysisResult result)
    {
        var table = ResultTable.Of(result);
        var text = new StringBuilder();
        text.Append("**").Append(Escape(table.Title)).Append("**\n\n");
        text.Append("| ").AppendJoin(" | ", table.Headers.Select(Escape)).Append(" |\n");
        text.Append('|').AppendJoin('|', table.Numeric.Select(n => n ? " ---: " : " --- ")).Append("|\n");
        foreach (var row in table.Cells)
        {
            text.Append("| ").AppendJoin(" | ", row.Select(Escape)).Append(" |\n");
        }
        text.Append('\n');
        foreach (var line in table.Footnotes)
        {
            text.Append(Escape(line)).Append("  \n");
        }
        return text.ToString();
    }

    private static string Escape(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
