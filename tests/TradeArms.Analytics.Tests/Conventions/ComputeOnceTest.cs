using System.Text.RegularExpressions;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Conventions;

/// <summary>
/// One implementation per rule: shares, ranks, window splits, trade balances, coverage and mirror gaps are computed in the analysis libraries (TradeArms.Analytics, and TradeArms.Matrix for whole matrices) only;
/// charts, the CLI and the notebook extension render the library's results. This test reads every source file of src/
/// outside the library and fails on the arithmetic of a share, a ranking by volume or a hand-made window.
/// </summary>
public partial class ComputeOnceTest
{
    // Code that the rules must catch: lines of TradeArms.Charts' ArmsCharts, the overview and the chart catalogue before
    // they used the library (commit 1f6fe3d). If a pattern is loosened so that one of these passes, this test fails.
    public static TheoryData<string> FormerDuplicates =>
    [
        "var share = total > 0 ? 100 * value / total : 0;",
        "upper[i] = lower[i] + (t > 0 ? 100 * values[i] / t : 0);",
        "Label = string.Create(CultureInfo.InvariantCulture, $\"{value:#,0} ({(total > 0 ? 100 * value / total : 0):0}%)\"),",
        "var total = bySupplier.Sum(s => s.Total.Millions);",
        "var total = rows.Sum(r => r.Total.Millions);",
        "var share = total.Millions > 0 ? 100 * series.Total.Millions / total.Millions : 0;",
        "var overall = new YearRange(windows.Min(w => w.First.Year), windows.Max(w => w.Last.Year));",
        "windows.Add(new YearRange(first, first + length - 1));",
        ": new YearRange(arms.Years.Last.PlusYears(-4), arms.Years.Last);",
        "var ranked = totals.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Name).ToList();",
        ".OrderByDescending(d => d.DeliveredTiv.Millions).ThenBy(d => d.OrderYear)",
        "var share = volume.Millions / world.Millions;",
        // Trade figures: the coverage of TradeArms.Charts' turnover chart before TradeBalanceRule (this branch), the
        // tables' coverage and the matrix's mirror ratio written out, a balance and a mirror gap by hand.
        "var coverage = table.Rows.Select((r, i) => (i, r.Exports is { } x && r.Imports is { } m && m.Amount != 0 ? (double)(x.Amount / m.Amount) : (double?)null))",
        "coverage = (double)(xx.Amount / mm.Amount);",
        "var ratio = mirrorImports / exports;",
        "var coverage = exports / imports;",
        "var balance = r.Exports.Value.Amount - r.Imports.Value.Amount;",
        "var gap = row.ByImporter!.Value.Amount - row.ByExporter!.Value.Amount;",
        "var gap = importsByPartner - exports;",
        "text.Append($\"balance {r.Exports.Value.Amount - r.Imports.Value.Amount:0.0}\");", // a hole of an interpolated string is code
    ];

    // Known findings, each with the reason it is still there; the list may only shrink.
    private static readonly Dictionary<string, string> Pending = new(StringComparer.Ordinal)
    {
    };

    [Theory]
    [MemberData(nameof(FormerDuplicates))]
    public void Patterns_CatchTheFormerDuplicates(string line) => Assert.NotEmpty(Findings(line));

    [Theory]
    [InlineData("plot.Axes.SetLimitsY(0, 100);")]
    [InlineData("$\"({fit.SlopeInterval.Level * 100:0}% confidence band)\"")]
    [InlineData("var share = row.Percent ?? 0;")]
    [InlineData("var shown = table.Partners.Take(top).Reverse().ToList();")]
    [InlineData("var lastYear = register.Deals.Max(d => d.OrderYear);")]
    [InlineData("BalanceSummary.Number(r.GapPercent, \"+0.0;-0.0;0.0\"), r.Reason ?? \"\",")]
    [InlineData("var coverage = Balance.Summarise(table).Rows.Select((r, i) => (i, r.Coverage))")]
    [InlineData("line.LegendText = \"Coverage ratio (exports / imports), right axis\";")]
    [InlineData("page.Paragraph($\"{trade.Unit}, {trade.Reporter.Name}'s view (balance = exports - imports).\");")]
    [InlineData("ArmsOptions.Csv(r.Coverage, 6), ArmsOptions.Csv(r.NormalisedBalance, 6),")]
    public void Patterns_LeaveRenderingAlone(string line) => Assert.Empty(Findings(line));

    [Fact]
    public void NoSourceOutsideTheLibrary_ComputesASharesRankOrWindowSplit()
    {
        var src = RepositoryRoot.Combine("src");
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(src, file).Replace('\\', '/');
            if (relative.StartsWith("TradeArms.Analytics/", StringComparison.Ordinal) || relative.StartsWith("TradeArms.Matrix/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal))
            {
                continue;
            }
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                offenders.AddRange(Findings(lines[i]).Where(rule => !Pending.ContainsKey($"{relative}: {rule}")).Select(rule => $"{relative}:{i + 1}: {rule}: {lines[i].Trim()}"));
            }
        }
        Assert.True(offenders.Count == 0, "Compute these in TradeArms.Analytics and render the result:\n" + string.Join('\n', offenders));
    }

    private static IEnumerable<string> Findings(string line)
    {
        var code = line.TrimStart();
        if (code.StartsWith("//", StringComparison.Ordinal))
        {
            yield break;
        }
        if (PercentOfATotal().IsMatch(code))
        {
            yield return "a share (a division with 100)";
        }
        if (DivisionByATotal().IsMatch(code))
        {
            yield return "a share (a division by a total)";
        }
        if (SumOfVolumes().IsMatch(code))
        {
            yield return "a total of TIV summed by hand";
        }
        if (RankByVolume().IsMatch(code))
        {
            yield return "a ranking by volume";
        }
        // "balance = exports - imports" in a legend is text, in a plain or an interpolated string (its holes are code).
        var withoutText = InterpolatedText(PlainStringLiteral().Replace(code, "\"\""));
        if (AmountArithmetic().IsMatch(withoutText) || FlowArithmetic().IsMatch(withoutText))
        {
            yield return "a balance, coverage or mirror gap computed by hand (use Balance, TradeBalanceRule, MirrorRule)";
        }
        if (WindowArithmetic().IsMatch(code))
        {
            yield return "a window made by year arithmetic (use YearRange: LastYears, Split, Covering, Previous)";
        }
    }

    [GeneratedRegex(@"\b100\s*\*[^;]*/|/[^;]*\*\s*100\b")]
    private static partial Regex PercentOfATotal();

    [GeneratedRegex(@"/\s*\(?\s*\w*(total|Total|world|World)\w*\b")]
    private static partial Regex DivisionByATotal();

    [GeneratedRegex(@"\.Sum\([^;]*\.(Millions|Total|Volume)\b")]
    private static partial Regex SumOfVolumes();

    [GeneratedRegex(@"OrderByDescending\([^;]*(Millions|Tiv|Total|Volume|\.Value)\b")]
    private static partial Regex RankByVolume();

    [GeneratedRegex(@"(?<![$@])""(?:[^""\\]|\\.)*""")]
    private static partial Regex PlainStringLiteral();

    /// <summary>Blanks the text of interpolated strings (<c>$"..."</c>) and keeps their holes, which are code.</summary>
    private static string InterpolatedText(string code)
    {
        var text = code.ToCharArray();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] != '$' || text[i + 1] != '"')
            {
                continue;
            }
            var depth = 0;
            for (i += 2; i < text.Length; i++)
            {
                var c = text[i];
                if (depth == 0 && c == '"')
                {
                    break;
                }
                if (depth == 0 && c == '\\' && i + 1 < text.Length)
                {
                    text[i] = text[i + 1] = ' ';
                    i++;
                    continue;
                }
                if (c == '{' && i + 1 < text.Length && text[i + 1] == '{' && depth == 0)
                {
                    text[i] = text[i + 1] = ' ';
                    i++;
                    continue;
                }
                if (c == '{')
                {
                    depth++;
                }
                else if (c == '}' && depth > 0)
                {
                    depth--;
                }
                else if (depth == 0)
                {
                    text[i] = ' ';
                }
            }
        }
        return new string(text);
    }

    // Two amounts subtracted or divided: a balance, a coverage ratio, a mirror gap or ratio.
    [GeneratedRegex(@"\.Amount\s*\)?\s*[-/]\s*\(?\s*\w+(\.\w+|!)*\.Amount\b")]
    private static partial Regex AmountArithmetic();

    // Flows subtracted or divided by name: exports - imports, exports / imports, mirror imports / exports.
    [GeneratedRegex(@"\b\w*([Ee]xports?|[Ii]mports\w*|ByExporter|ByImporter)\b(!|\.Value|\.Amount)*\s*[-/]\s*\(?\s*\w*([Ee]xports?|[Ii]mports?|ByExporter|ByImporter)\b")]
    private static partial Regex FlowArithmetic();

    [GeneratedRegex(@"PlusYears\(\s*-|new YearRange\(\s*\w+\s*,\s*\w+\s*[+-]|\.(Min|Max)\(\s*\w+\s*=>\s*\w+\.(First|Last)\b")]
    private static partial Regex WindowArithmetic();
}
