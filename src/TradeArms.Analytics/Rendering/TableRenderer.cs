using System.Text;
using TradeArms.Text;

namespace TradeArms.Rendering;

/// <summary>Renders any <see cref="IAnalysisResult"/> as a plain-text table: the title, the aligned rows and the footnotes.</summary>
public static class TableRenderer
{
    /// <summary>The result as text, ending with a line break.</summary>
    public static string Render(IAnalysisResult result)
    {
        var table = ResultTable.Of(result);
        var text = new StringBuilder();
        text.Append(table.Title).Append('\n');
        text.Append(TextTable.Format(table.Headers, table.Numeric, table.Cells.Select(r => (IReadOnlyList<string>)r)));
        foreach (var line in table.Footnotes)
        {
            text.Append(line).Append('\n');
        }
        return text.ToString();
    }
}
