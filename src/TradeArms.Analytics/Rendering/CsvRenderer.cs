using System.Text;
using TradeArms.Text;

namespace TradeArms.Rendering;

/// <summary>
/// Renders any <see cref="IAnalysisResult"/> as CSV: by default (<see cref="CsvLayout.Annotated"/>) the title and
/// footnotes as leading <c>#</c> comment lines (read with <c>comment='#'</c> in pandas, <c>comment.char</c> in R) and a
/// header row in words with units; with <see cref="CsvLayout.Data"/> a header of the stable snake_case column names and
/// nothing else. The rows are at full precision (shortest round-trip, missing empty) with every column of the result's
/// DataFrame. Text cells are quoted where needed and neutralised against spreadsheet formulas by <see cref="CsvField"/>.
/// </summary>
public static class CsvRenderer
{
    /// <summary>The result as CSV, ending with a line break.</summary>
    /// <param name="result">The result.</param>
    /// <param name="raw">Write text cells as they are, without the formula guard.</param>
    public static string Render(IAnalysisResult result, bool raw = false) => Render(result, CsvLayout.Annotated, raw);

    /// <summary>The result as CSV in <paramref name="layout"/>, ending with a line break.</summary>
    /// <param name="result">The result.</param>
    /// <param name="layout">With comment lines and headers in words, or a plain data file with the stable column names.</param>
    /// <param name="raw">Write text cells as they are, without the formula guard.</param>
    public static string Render(IAnalysisResult result, CsvLayout layout, bool raw = false)
    {
        var table = ResultTable.Of(result);
        var text = new StringBuilder();
        if (layout == CsvLayout.Annotated)
        {
            text.Append("# ").Append(OneLine(table.Title)).Append('\n');
            foreach (var line in table.Footnotes)
            {
                text.Append("# ").Append(OneLine(line)).Append('\n');
            }
        }
        var headers = layout == CsvLayout.Data ? table.ValueNames : table.ValueHeaders;
        text.AppendJoin(',', headers.Select(h => CsvField.Text(h, raw))).Append('\n');
        foreach (var row in table.Values)
        {
            text.AppendJoin(',', row.Select((c, i) => table.ValueNumeric[i] ? c : CsvField.Text(c, raw))).Append('\n');
        }
        return text.ToString();
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
