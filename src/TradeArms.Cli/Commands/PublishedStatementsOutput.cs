using TradeArms.Cli.Infrastructure;
using TradeArms.Cli.Json;
using TradeArms.Rendering;
using TradeArms.Trade;

namespace TradeArms.Cli.Commands;

/// <summary><c>tradearms validate</c> on a published-statements file: every figure checked, by the one table renderer.</summary>
internal static class PublishedStatementsOutput
{
    public static int Run(PublishedStatementsReport report, OutputFormat format, CommandContext context)
    {
        context.Out.Write(format switch
        {
            OutputFormat.Json => Json(report),
            OutputFormat.Csv => context.Csv(report),
            _ => TableRenderer.Render(report),
        });
        return report.IsConsistent ? App.Ok : App.Findings;
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
}
