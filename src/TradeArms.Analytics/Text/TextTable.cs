using System.Text;

namespace TradeArms.Text;

/// <summary>Lays out a small plain-text table: a header, a rule, aligned columns (for ToString of results and the CLI).</summary>
public static class TextTable
{
    /// <summary>Formats rows under a header; columns whose flag is true are right-aligned. Lines end in '\n', no trailing spaces.</summary>
    public static string Format(IReadOnlyList<string> header, IReadOnlyList<bool> rightAligned, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = rows.ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, all.Count == 0 ? 0 : all.Max(r => r[i].Length))).ToArray();
        var text = new StringBuilder();
        void Row(IReadOnlyList<string> cells)
        {
            var line = new StringBuilder();
            for (var i = 0; i < cells.Count; i++)
            {
                line.Append(rightAligned[i] ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
                if (i < cells.Count - 1)
                {
                    line.Append("  ");
                }
            }
            text.Append(line.ToString().TrimEnd(' ')).Append('\n');
        }
        Row(header);
        Row([.. widths.Select(w => new string('-', w))]);
        foreach (var r in all)
        {
            Row(r);
        }
        return text.ToString();
    }
}
