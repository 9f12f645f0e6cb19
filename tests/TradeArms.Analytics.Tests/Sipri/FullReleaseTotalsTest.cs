using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Sipri;

/// <summary>
/// SIPRI's printed totals (each partner row's Total column, each table's Total row, and in <c>all.csv</c> each
/// recipient's row and the world Total row) against the sums of the printed cells, over the whole 2022 release.
/// </summary>
/// <remarks>
/// SIPRI computes totals from unrounded values and rounds every cell to a whole number, so a total over n cells may
/// differ from the sum of the printed cells by up to (n + 1) / 2 (<see cref="TotalCheck.Tolerance"/>).
/// Finding: no total is off beyond rounding (0 of 18991 by-recipient totals, 0 of 5637 by-exporter totals); none is
/// off even by more than n / 2. About a quarter to a third of all totals differ from the cell sum at all, and most of
/// those (3518 of 4666 by-recipient, 1468 of 1900 by-exporter) are below the sum: rounded cells tend to overstate SIPRI's unrounded values
/// (e.g. the world total 1950-2021 is printed 2001957, the 22223 cells sum to 2003061).
/// Every count below was computed independently in python3 (csv module, cp1252): for each printed total, the sum and
/// number of the non-empty cells it covers across the loaded folder, then counts of sum != total and of
/// |total - sum| > (n + 1) / 2, grouped by kind of total.
/// </remarks>
public class FullReleaseTotalsTest(FullReleaseFixture data) : IClassFixture<FullReleaseFixture>
{
    [SharedDataFact]
    public void ByRecipient_EveryPublishedTotalAgreesWithinRounding()
    {
        var checks = data.ByRecipient.CheckPublishedTotals();

        Assert.Equal(18991, checks.Count);
        var beyond = checks.Where(c => !c.WithinRounding).ToList();
        Assert.True(beyond.Count == 0, string.Join('\n', beyond));
        Assert.All(checks, c => Assert.True(Math.Abs(c.Difference) <= c.Cells / 2.0, c.ToString()));

        // (kind, totals, totals that differ from their cell sum at all)
        Assert.Equal(
            [(TotalSide.RecipientImports, 15978, 3610), (TotalSide.Pair, 2940, 984), (TotalSide.World, 73, 72)],
            checks.GroupBy(c => c.Total.Side).Select(g => (g.Key, g.Count(), g.Count(c => c.Difference != 0))).OrderBy(t => t.Key));
    }

    [SharedDataFact]
    public void ByExporter_EveryPublishedTotalAgreesWithinRounding()
    {
        var checks = data.ByExporter.CheckPublishedTotals();

        Assert.Equal(5637, checks.Count);
        var beyond = checks.Where(c => !c.WithinRounding).ToList();
        Assert.True(beyond.Count == 0, string.Join('\n', beyond));
        Assert.Equal(
            [(TotalSide.SupplierExports, 2696, 915), (TotalSide.Pair, 2941, 985)],
            checks.GroupBy(c => c.Total.Side).Select(g => (g.Key, g.Count(), g.Count(c => c.Difference != 0))).OrderBy(t => t.Key));
    }

    [SharedDataFact]
    public void ClosestToTheLimit_IsIsraelToChina_CheckedByHand()
    {
        // China.csv line 16 (Israel): 12 non-empty cells summing to 356, Total column (74) printed 350:
        // difference -6 against a tolerance of 6.5, the largest |difference| / tolerance of the release (0.92).
        var check = data.ByRecipient.CheckPublishedTotals().MaxBy(c => Math.Abs(c.Difference) / c.Tolerance)!;

        Assert.Equal("China.csv:16:74", check.Total.Location);
        Assert.Equal(TotalSide.Pair, check.Total.Side);
        Assert.Equal("Israel", check.Total.Supplier!.Name);
        Assert.Equal(350, check.Total.Value.Millions);
        Assert.Equal(356, check.Sum.Millions);
        Assert.Equal(12, check.Cells);
        Assert.Equal(6.5, check.Tolerance);
        Assert.True(check.WithinRounding);
    }

    [SharedDataFact]
    public void WorldTotals_AreBelowTheCellSums_WithinRounding()
    {
        // all.csv Total row: 2012 printed 27976, the 451 by-recipient cells of 2012 sum to 28002;
        // 1950-2021 printed 2001957, all 22223 cells sum to 2003061 (python3, as in the class remarks).
        var world = data.ByRecipient.CheckPublishedTotals().Where(c => c.Total.Side == TotalSide.World).ToList();
        var y2012 = world.Single(c => c.Total.Year == new CalendarYear(2012));
        Assert.Equal((27976.0, 28002.0, 451), (y2012.Total.Value.Millions, y2012.Sum.Millions, y2012.Cells));
        var all = world.Single(c => c.Total.Year is null);
        Assert.Equal((2001957.0, 2003061.0, 22223), (all.Total.Value.Millions, all.Sum.Millions, all.Cells));
        Assert.Equal(71, world.Count(c => c.Difference < 0));
    }

    [SharedDataFact]
    public void AllCsvRecipientRows_AgreeWithEachRecipientsOwnTotalRow()
    {
        // Two printings of the same figure: India.csv's Total row and India's row in all.csv.
        var india = Actor.Find("India");
        var printed = data.ByRecipient.PublishedTotals
            .Where(t => t.Side == TotalSide.RecipientImports && t.Recipient == india && t.Year == new CalendarYear(2012))
            .Select(t => (t.Location, t.Value.Millions))
            .OrderBy(t => t.Location, StringComparer.Ordinal)
            .ToList();
        Assert.Equal([("India.csv:41:64", 4393.0), ("all.csv:106:64", 4393.0)], printed);

        var byFigure = data.ByRecipient.PublishedTotals
            .Where(t => t.Side == TotalSide.RecipientImports)
            .GroupBy(t => (t.Recipient, t.Year))
            .ToList();
        Assert.Equal(7989, byFigure.Count);
        Assert.All(byFigure, g => Assert.Equal(2, g.Count()));
        Assert.All(byFigure, g => Assert.Single(g.Select(t => t.Value).Distinct()));
    }
}
