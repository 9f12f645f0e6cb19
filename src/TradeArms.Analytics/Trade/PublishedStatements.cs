using System.Globalization;
using System.Text.RegularExpressions;
using TradeArms.Text;

namespace TradeArms.Trade;

/// <summary>
/// A file of published trade figures in long form, one published statement per line (period, its kind, perspective,
/// exports, imports, total, balance and the other figures as published in words), checked figure by figure: every
/// identity the line allows (total = exports + imports, balance = exports - imports) and every stated change or
/// percentage whose base is known (given in the statement, or another line's figure for the period it names), each at
/// the printed precision of the figures involved.
/// </summary>
/// <remarks>
/// <para>Columns are found by name: <c>period</c>, <c>period_kind</c>, and columns whose names contain
/// <c>exports</c>, <c>imports</c>, <c>total</c>, <c>balance</c> and <c>other_figure</c>. An empty cell is a figure not
/// published (never 0).</para>
/// <para>Statement clauses (separated by <c>;</c>) understood: <c>decline of $65.13m or 13.45 per cent vs 2012-13</c>
/// (change and percent of the line's figure against the named period's); <c>... exports ... = 21.133</c> and
/// <c>total 202.96</c> (a base for the next percentage); <c>decline of 33%</c>, <c>+230.15 per cent</c>,
/// <c>exports +21.58 per cent</c> (a percent change of the figure of the base, or of the named figure). A percentage
/// without a known base, and any other clause, is listed as not checked with the reason.</para>
/// <para>Tolerance: half a unit of the last printed digit of the checked figure plus the first-order effect of half a
/// unit of the last printed digit of each figure it is computed from. "A decline of 33%" computing to 33.73% is
/// inconsistent (0.73 &gt; 0.5); "+230.15%" computing to 230.1587% is consistent (0.0087 &lt; 0.005 + 0.0106).</para>
/// </remarks>
public static partial class PublishedStatements
{
    private static readonly string[] s_fields = ["exports", "imports", "total", "balance"];

    /// <summary>Is this the header of a published-statements file (tab-separated, starting <c>period</c>, <c>period_kind</c>)?</summary>
    public static bool IsHeader(string? line) => line is not null && line.StartsWith("period\tperiod_kind\t", StringComparison.Ordinal);

    /// <summary>Reads and checks a published-statements file.</summary>
    /// <exception cref="DataFormatException">The header lacks a column, or a figure is not a number (file, line, column).</exception>
    public static PublishedStatementsReport Check(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || !IsHeader(lines[0]))
        {
            throw new DataFormatException(path, 1, 1, "a header starting 'period<TAB>period_kind<TAB>'", lines.FirstOrDefault());
        }
        var header = lines[0].Split('\t');
        int Column(string part) => Array.FindIndex(header, h => h.Contains(part, StringComparison.OrdinalIgnoreCase)) is var i and >= 0 ? i
            : throw new DataFormatException(path, 1, 1, $"a column whose name contains '{part}'", lines[0]);
        var columns = s_fields.ToDictionary(f => f, Column);
        var statementColumn = Column("other_figure");
        var rows = new List<Row>();
        for (var n = 1; n < lines.Length; n++)
        {
            if (lines[n].Trim().Length == 0)
            {
                continue;
            }
            var cells = lines[n].Split('\t');
            string Cell(int c) => c < cells.Length ? cells[c].Trim() : "";
            var figures = new Dictionary<string, decimal>();
            foreach (var (field, c) in columns)
            {
                var text = Cell(c);
                if (text.Length == 0)
                {
                    continue;
                }
                figures[field] = decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v
                    : throw new DataFormatException(path, n + 1, c + 1, $"a number ({header[c]})", text);
            }
            rows.Add(new Row(n + 1, Cell(0), figures, Cell(statementColumn)));
        }
        var checks = new List<PublishedFigureCheck>();
        var skipped = new List<UncheckedStatement>();
        foreach (var row in rows)
        {
            Identities(row, checks);
            Statements(row, rows, checks, skipped);
        }
        return new PublishedStatementsReport(path, rows.Count, [.. checks], [.. skipped]);
    }

    private static void Identities(Row row, List<PublishedFigureCheck> checks)
    {
        if (!row.Figures.TryGetValue("exports", out var x) || !row.Figures.TryGetValue("imports", out var m))
        {
            return;
        }
        var inputs = Half(x) + Half(m);
        if (row.Figures.TryGetValue("total", out var total))
        {
            checks.Add(new PublishedFigureCheck(row.Line, row.Period, "total = exports + imports", "total", total, x + m, Half(total) + inputs));
        }
        if (row.Figures.TryGetValue("balance", out var balance))
        {
            checks.Add(new PublishedFigureCheck(row.Line, row.Period, "balance = exports - imports", "balance", balance, x - m, Half(balance) + inputs));
        }
    }

    private static void Statements(Row row, List<Row> rows, List<PublishedFigureCheck> checks, List<UncheckedStatement> skipped)
    {
        (string Field, decimal Value)? base_ = null;
        foreach (var raw in row.Statement.Split(';'))
        {
            var clause = raw.Trim();
            if (clause.Length == 0)
            {
                continue;
            }
            if (DeclineVersus().Match(clause) is { Success: true } d)
            {
                // The line's only figure against the same figure of the named period.
                var field = row.Figures.Count == 1 ? row.Figures.Keys.Single() : null;
                var other = rows.FirstOrDefault(r => r.Period == d.Groups["period"].Value);
                if (field is null || other is null || !other.Figures.TryGetValue(field, out var before))
                {
                    skipped.Add(new UncheckedStatement(row.Line, clause, $"no single figure of this line with the same figure for {d.Groups["period"].Value}"));
                    continue;
                }
                var now = row.Figures[field];
                var amount = -Number(d.Groups["amount"].Value);
                checks.Add(new PublishedFigureCheck(row.Line, row.Period, clause, "change", amount, now - before, Half(amount) + Half(now) + Half(before)));
                AddPercent(row, clause, -Number(d.Groups["percent"].Value), now, before, checks);
                continue;
            }
            if (BaseGiven().Match(clause) is { Success: true } b)
            {
                var label = b.Groups["label"].Value;
                var field = s_fields.FirstOrDefault(f => label.Contains(f, StringComparison.OrdinalIgnoreCase)) ?? "total";
                base_ = (field, Number(b.Groups["value"].Value));
                if (b.Groups["rest"].Value.Trim().Length == 0)
                {
                    continue;
                }
                clause = b.Groups["rest"].Value.Trim();
            }
            if (Percent().Match(clause) is { Success: true } p)
            {
                var named = p.Groups["field"].Value.ToLowerInvariant();
                var field = named.Length > 0 ? named == "turnover" ? "total" : named : base_?.Field;
                var sign = p.Groups["sign"].Value == "-" || p.Groups["decline"].Success ? -1 : 1;
                if (field is null || base_ is not { } known || known.Field != field || !row.Figures.TryGetValue(field, out var now))
                {
                    skipped.Add(new UncheckedStatement(row.Line, clause, $"the base of this percentage ({field ?? "which figure"} in the earlier period) is not published here"));
                    continue;
                }
                AddPercent(row, clause, sign * Number(p.Groups["percent"].Value), now, known.Value, checks);
                continue;
            }
            skipped.Add(new UncheckedStatement(row.Line, clause, "not a change, percentage or base this check understands"));
        }
    }

    private static void AddPercent(Row row, string clause, decimal published, decimal now, decimal before, List<PublishedFigureCheck> checks)
    {
        if (before == 0)
        {
            return;
        }
        var computed = (now - before) / Math.Abs(before) * 100;
        // First-order propagation of the rounding of both figures into the percentage.
        var propagated = 100 * (Half(now) / Math.Abs(before) + Math.Abs(now) * Half(before) / (before * before));
        checks.Add(new PublishedFigureCheck(row.Line, row.Period, clause, "percentChange", published, Math.Round(computed, 6), Half(published) + Math.Round(propagated, 6)));
    }

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>Half a unit of the last printed digit: 0.005 for 13.45, 0.5 for 33.</summary>
    private static decimal Half(decimal value) => 0.5m / (decimal)Math.Pow(10, value.Scale);

    [GeneratedRegex(@"^(?:decline|fall|drop) of \$?(?<amount>\d+(?:\.\d+)?)\s*m(?:illion)? or (?<percent>\d+(?:\.\d+)?)\s*(?:%|per ?cent) vs\.? (?<period>\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DeclineVersus();

    [GeneratedRegex(@"^(?<label>.*?(?:=|\btotal\b))\s*\$?(?<value>\d+(?:\.\d+)?)(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex BaseGiven();

    [GeneratedRegex(@"^(?:(?<field>exports|imports|turnover|total)\s+)?(?:(?<decline>decline|fall|drop) of |(?<sign>[+-]))(?<percent>\d+(?:\.\d+)?)\s*(?:%|per ?cent)$", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    private sealed record Row(int Line, string Period, Dictionary<string, decimal> Figures, string Statement);
}
