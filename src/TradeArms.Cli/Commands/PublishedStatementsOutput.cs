using System.Globalization;
using System.Text;
using TradeArms.Cli.Infrastructure;
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
            OutputFormat.Csv => Csv(report, context),
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

    private static string Json(PublishedStatementsReport report) => ArmsOptions.Json(json =>
    {
        json.WriteStartObject();
        json.WriteString("source", report.Path);
        json.WriteString("form", "publishedStatements");
        json.WriteBoolean("consistent", report.IsConsistent);
        json.WriteNumber("statements", report.Statements);
        json.WriteNumber("figuresChecked", report.Checks.Length);
        json.WriteStartArray("discrepancies");
        foreach (var c in report.Inconsistencies)
        {
            json.WriteStartObject();
            json.WriteString("period", c.Period);
            json.WriteString("field", c.Field);
            json.WriteNumber("published", c.Published);
            json.WriteNumber("computed", c.Computed);
            json.WriteNumber("difference", c.Difference);
            json.WriteNumber("tolerance", c.Tolerance);
            json.WriteString("kind", c.Field is "total" or "balance" ? "arithmetic" : "statement");
            json.WriteNumber("line", c.Line);
            json.WriteString("statement", c.Statement);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("unchecked");
        foreach (var u in report.Unchecked)
        {
            json.WriteStartObject();
            json.WriteNumber("line", u.Line);
            json.WriteString("statement", u.Statement);
            json.WriteString("reason", u.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static string Csv(PublishedStatementsReport report, CommandContext context)
    {
        var text = new StringBuilder("line,period,statement,field,published,computed,difference,tolerance,consistent\n");
        foreach (var c in report.Checks)
        {
            text.Append(string.Join(',', c.Line.ToString(CultureInfo.InvariantCulture), context.CsvField(c.Period), context.CsvField(c.Statement), c.Field,
                N(c.Published), N(c.Computed), N(c.Difference), N(c.Tolerance), c.IsConsistent ? "true" : "false")).Append('\n');
        }
        return text.ToString();
    }

    private static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
