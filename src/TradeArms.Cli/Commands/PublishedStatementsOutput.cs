using System.Globalization;
using System.Text;
using TradeArms.Cli.Infrastructure;
using TradeArms.Cli.Json;
using TradeArms.Text;
using TradeArms.Trade;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms validate</c> on a published-statements file: every figure checked, inconsistencies first.</summary>
internal static class PublishedStatementsOutput
{
    public static int Run(PublishedStatementsReport report, OutputFormat format, CommandContext context)
    {
        context.Out.Write(format switch
        {
            OutputFormat.Json => Json(report),
            OutputFormat.Csv => context.Csv(report),
            _ => Text(report),
        });
        return report.IsConsistent ? App.Ok : App.Findings;
    }

    private static string Text(PublishedStatementsReport report)
    {
        var text = new StringBuilder();
        var bad = report.Inconsistencies.ToList();
        text.Append(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(report.Path)}: {report.Statements} published statements, {report.Checks.Length} figures checked at printed precision, {bad.Count} inconsistent, {report.Unchecked.Length} clauses not checkable.\n");
        if (bad.Count > 0)
        {
            text.Append('\n');
            var rows = bad.Select(c => new[]
            {
                c.Line.ToString(CultureInfo.InvariantCulture), c.Period, c.Statement, c.Field, N(c.Published), N(c.Computed), N(c.Tolerance),
            }).ToList();
            DealOutput.Table(text, ["Line", "Period", "Statement", "Field", "Published", "Computed", "Tolerance"], rows, new HashSet<int> { 0, 4, 5, 6 });
        }
        if (!report.Unchecked.IsEmpty)
        {
            text.Append("\nNot checked:\n");
            foreach (var u in report.Unchecked)
            {
                text.Append(CultureInfo.InvariantCulture, $"  line {u.Line}: '{u.Statement}': {u.Reason}\n");
            }
        }
        return text.ToString();
    }

    private static string Json(PublishedStatementsReport report) => JsonOutput.Write(
        new StatementsJson(
            report.Path, "publishedStatements", report.IsConsistent, report.Statements, report.Checks.Length,
            [.. report.Inconsistencies.Select(c => new StatementDiscrepancyJson(
                c.Period, c.Field, c.Published, c.Computed, c.Difference, c.Tolerance, c.Field is "total" or "balance" ? "arithmetic" : "statement", c.Line, c.Statement))],
            [.. report.Unchecked.Select(u => new UncheckedJson(u.Line, u.Statement, u.Reason))]),
        CliJsonContext.Default.StatementsJson);

    /// <summary>The JSON of <c>validate</c> on published statements.</summary>
    internal sealed record StatementsJson(
        string Source, string Form, bool Consistent, int Statements, int FiguresChecked, IReadOnlyList<StatementDiscrepancyJson> Discrepancies,
        IReadOnlyList<UncheckedJson> Unchecked);

    /// <summary>A statement or sum that disagrees with the table.</summary>
    internal sealed record StatementDiscrepancyJson(
        string Period, string Field, decimal Published, decimal Computed, decimal Difference, decimal Tolerance, string Kind, int Line, string Statement);

    /// <summary>A statement that could not be checked, with the reason.</summary>
    internal sealed record UncheckedJson(int Line, string Statement, string Reason);

    private static string N(decimal value) => NumberText.Format(value, "G", null);
}
