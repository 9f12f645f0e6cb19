using System.Text.Json;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

/// <summary>
/// <c>validate</c> on ../shared/data/trade/pakistan-russia-published-figures.tsv (one published statement per line).
/// By hand from the file: 2020-21 171.94 - 773.93 = -601.99, published balance -620.99 (tolerance 3 x 0.005);
/// Jul-Aug FY23 exports 14.005 against 21.133: (14.005 - 21.133) / 21.133 = -33.7292%, published "decline of 33%"
/// (tolerance 0.5 + 100 (0.0005/21.133 + 14.005 x 0.0005/21.133²) = 0.503934): both inconsistent. Consistent:
/// 670.09 / 202.96 - 1 = +230.1587% against "+230.15" (0.0087 within 0.005 + 0.0106); 419.34 - 484.47 = -65.13 and
/// -13.4436% against "13.45 per cent"; totals 171.94 + 773.93 = 945.87, 74 + 846 = 920, 332 + 210 = 542.
/// </summary>
public class ValidatePublishedStatementsTest
{
    private static string File => SharedData.Path("trade", "pakistan-russia-published-figures.tsv");

    [SharedDataFact]
    public void Json_ReportsTheTwoInconsistencies()
    {
        // Today's code refuses the file (it is not a trade table).
        var result = Tool.Run("validate", File, "--format", "json");
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.False(root.GetProperty("consistent").GetBoolean());
        Assert.Equal(8, root.GetProperty("figuresChecked").GetInt32());
        var d = root.GetProperty("discrepancies").EnumerateArray().ToList();
        Assert.Equal(2, d.Count);
        Assert.Equal(4, d[0].GetProperty("line").GetInt32());
        Assert.Equal("balance = exports - imports", d[0].GetProperty("statement").GetString());
        Assert.Equal(-620.99m, d[0].GetProperty("published").GetDecimal());
        Assert.Equal(-601.99m, d[0].GetProperty("computed").GetDecimal());
        Assert.Equal(0.015m, d[0].GetProperty("tolerance").GetDecimal());
        Assert.Equal(6, d[1].GetProperty("line").GetInt32());
        Assert.Equal("decline of 33%", d[1].GetProperty("statement").GetString());
        Assert.Equal(-33m, d[1].GetProperty("published").GetDecimal());
        Assert.Equal(-33.729239m, d[1].GetProperty("computed").GetDecimal());
        Assert.Equal(0.503934m, d[1].GetProperty("tolerance").GetDecimal());
        Assert.Contains(root.GetProperty("unchecked").EnumerateArray(), u => u.GetProperty("statement").GetString() == "exports +21.58 per cent");
    }

    [SharedDataFact]
    public void Csv_PercentagesWithinPrintedPrecisionAreConsistent()
    {
        var lines = Tool.Run("validate", File, "--format", "csv").Out.Split('\n');
        Assert.Equal("line,period,statement,field,published,computed,difference,tolerance,consistent", lines[0]); // the one CSV renderer, columns unchanged
        Assert.Contains(lines, l => l.StartsWith("8,", StringComparison.Ordinal) && l.Contains("+230.15 per cent,percentChange,230.15,230.158652,", StringComparison.Ordinal) && l.EndsWith(",true", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("3,", StringComparison.Ordinal) && l.Contains(",change,-65.13,-65.13,", StringComparison.Ordinal) && l.EndsWith(",true", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("3,", StringComparison.Ordinal) && l.Contains(",percentChange,-13.45,-13.443557,", StringComparison.Ordinal) && l.EndsWith(",true", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void Table_ListsLineStatementPublishedComputedTolerance()
    {
        var result = Tool.Run("validate", File);
        Assert.Equal(1, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Equal("pakistan-russia-published-figures.tsv: published statements checked at printed precision", lines[0]);
        Assert.Equal(8, lines.Count(l => l.EndsWith("  yes", StringComparison.Ordinal) || l.EndsWith("  no", StringComparison.Ordinal))); // every figure checked
        Assert.Contains(lines, l => l.StartsWith("   4  2020-21 ", StringComparison.Ordinal) && l.Contains("  balance = exports - imports  ", StringComparison.Ordinal)
            && l.EndsWith("  -620.99   -601.99      -19.00       0.02  no", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("   6  2022-07..2022-08 ", StringComparison.Ordinal) && l.Contains("  decline of 33%  ", StringComparison.Ordinal)
            && l.EndsWith("  percentChange        -33    -33.73        0.73       0.50  no", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("   8 ", StringComparison.Ordinal) && l.EndsWith("  percentChange     230.15    230.16       -0.01       0.02  yes", StringComparison.Ordinal));
        Assert.Contains("\n11 published statements, 8 figures checked at printed precision, 2 inconsistent, ", result.Out, StringComparison.Ordinal);
        Assert.Contains("\nNot checked: line 8: 'exports +21.58 per cent': the base of this percentage (exports in the earlier period) is not published here\n", result.Out, StringComparison.Ordinal);
        Assert.Equal(result.Out, TradeArms.Trade.PublishedStatements.Check(File).ToString());
    }
}
