using TradeArms.Trade;

namespace TradeArms.Matrix.Tests;

/// <summary>
/// The matrix's mirror gaps and the tables' mirror comparison follow one rule (<see cref="MirrorRule"/>): on the
/// shipped IMF DOTS extract of Pakistan and Russia, the same gap and ratio for every year, and the same undefined cases.
/// </summary>
public class OneMirrorRuleTest
{
    [Fact]
    public void ShippedDots_MatrixAndTables_GiveTheSameGaps()
    {
        var dots = Datasets.PakistanRussiaDots;
        var matrix = BilateralTradeMatrix.From(dots);
        var gaps = matrix.MirrorGaps();
        var comparison = dots.Mirror(Actor.Find("Pakistan"), Actor.Find("Russia"));
        var names = new Dictionary<Actor, string> { [Actor.Find("Pakistan")] = "Pakistan", [Actor.Find("Russia")] = "Russian Federation" };
        var compared = 0;
        foreach (var row in comparison.Rows)
        {
            var (exporter, importer) = (names[row.Exporter], names[row.Importer]);
            var gap = gaps.Gap[exporter, importer, row.Period];
            Assert.Equal(row.Gap is null, gap is null);
            if (row.Gap is { } g)
            {
                Assert.Equal((double)g.Amount, gap!.Value, 6);
            }
            Assert.Equal(row.Ratio is null, gaps.Ratio[exporter, importer, row.Period] is null);
            if (row.Ratio is { } r)
            {
                Assert.Equal(r, gaps.Ratio[exporter, importer, row.Period]!.Value, 12);
                compared++;
            }
        }
        // 29 years x 2 directions, every one reported by both sides.
        Assert.Equal(58, compared);
        // PROVENANCE: 2018 Russia -> Pakistan, 418.32 (Russia's exports) against 484.94 (Pakistan's imports).
        Assert.Equal(484.938791 / 418.321735, gaps.Ratio["Russian Federation", "Pakistan", new CalendarYear(2018)]!.Value, 12);
    }

    [Fact]
    public void NegativeExporterFigure_HasAGapButNoRatio_InBothLayers()
    {
        // DOTS prints a few negative revisions (-4.8 in DOTS_221.xlsx): the rule gives no ratio for them, in the matrix too.
        var builder = new TradeMatrixBuilder(MoneyUnit.UsDollarMillions, new DataSource("test", null, null, null));
        var y = new CalendarYear(2000);
        builder.Add("AAA", "BBB", y, TradeFlow.Exports, -4.8);
        builder.Add("BBB", "AAA", y, TradeFlow.Imports, 1);
        var gaps = builder.Build().MirrorGaps();
        Assert.Equal(5.8, gaps.Gap["AAA", "BBB", y]!.Value, 12);
        Assert.Null(gaps.Ratio["AAA", "BBB", y]);
    }
}
