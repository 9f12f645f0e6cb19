using TradeArms.Rendering;
using TradeArms.Tests.Infrastructure;
using TradeArms.Trade;

namespace TradeArms.Tests.Trade;

/// <summary>
/// The text of <see cref="ValidationReport"/> and <see cref="PublishedStatementsReport"/> is the one table renderer's
/// (their <c>ToString()</c>), with no layout of their own. Figures by hand: see <see cref="Table1Test"/> (Table 1) and
/// the Cli test of the published statements (-620.99 printed for 171.94 - 773.93 = -601.99; "decline of 33%" for
/// (14.005 - 21.133) / 21.133 = -33.7292%).
/// </summary>
public class ValidationTextTest
{
    [Fact]
    public void ValidationReport_ToString_IsTheTableRenderersText()
    {
        var report = Datasets.PakistanRussiaTable1.Validate();
        var text = report.ToString();
        Assert.Equal(TableRenderer.Render(report), text);
        var lines = text.Split('\n');
        Assert.Equal("Pakistan-Russia trade (US$ million): published totals and balances against the computed ones", lines[0]);
        Assert.Equal("2010-11  total                     346.99                  345.99                      1.00  arithmetic       9                     0.02", lines[3]);
        Assert.Equal("2013-14  balance                    48.04                  -48.04                     96.08  signReversed    12                     0.02", lines[5]);
        Assert.Contains("3 of 10 published figures disagree beyond rounding; published figures are kept as published.", lines);
    }

    [Fact]
    public void ValidationReport_Consistent_IsAnEmptyTableThatSaysSo()
    {
        var table = BilateralTradeTableReader.Parse("# reporter: Pakistan\n# partner: Russia\n# unit: US$ million\nYear,Exports,Imports,Total\n2012,1.5,2.5,4.0\n", "ok.csv");
        var text = table.Validate().ToString().Split('\n');
        Assert.StartsWith("Period  Field  Published (US$ million)", text[1], StringComparison.Ordinal);
        Assert.StartsWith("------", text[2], StringComparison.Ordinal);
        Assert.Equal("Unit: US$ million.", text[3]);
        Assert.Contains("All 1 published totals and balances agree within rounding.", text); // 1.5 + 2.5 = 4.0
    }

    [SharedDataFact]
    public void PublishedStatements_ToString_ListsEveryCheckedFigure()
    {
        var report = PublishedStatements.Check(SharedData.Path("trade", "pakistan-russia-published-figures.tsv"));
        var lines = report.ToString().Split('\n');
        Assert.Equal(TableRenderer.Render(report), report.ToString());
        Assert.Equal("Line  Period                                      Statement                                        Field          Published  Computed  Difference  Tolerance  Consistent", lines[1]);
        Assert.Equal(8, lines.Skip(3).TakeWhile(l => !l.StartsWith("Unit:", StringComparison.Ordinal)).Count());
        Assert.Contains(lines, l => l.StartsWith("   4  2020-21 ", StringComparison.Ordinal) && l.EndsWith("balance          -620.99   -601.99      -19.00       0.02  no", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("   6  2022-07..2022-08 ", StringComparison.Ordinal) && l.EndsWith("percentChange        -33    -33.73        0.73       0.50  no", StringComparison.Ordinal));
        Assert.Equal(2, lines.Count(l => l.EndsWith("  no", StringComparison.Ordinal)));
    }
}
