namespace TradeArms.Matrix.Tests;

/// <summary>
/// The matrix's coverage and normalised balance and the tables' follow one rule (<see cref="Trade.TradeBalanceRule"/>):
/// on the shipped IMF DOTS extract, Pakistan's and Russia's reports give the same figures in both layers.
/// </summary>
public class OneCoverageRuleTest
{
    [Fact]
    public void ShippedDots_MatrixAndTable_GiveTheSameCoverage()
    {
        var dots = Datasets.PakistanRussiaDots;
        var summary = BilateralTradeMatrix.From(dots).Summarize();
        var checkedPeriods = 0;
        foreach (var (reporter, partner, label, partnerLabel) in new[] { ("Pakistan", "Russia", "Pakistan", "Russian Federation"), ("Russia", "Pakistan", "Russian Federation", "Pakistan") })
        {
            foreach (var row in Balance.Summarise(dots.Table(Actor.Find(reporter), Actor.Find(partner))).Rows)
            {
                var coverage = summary.Coverage[label, partnerLabel, row.Period];
                var normalised = summary.NormalisedBalance[label, partnerLabel, row.Period];
                Assert.Equal(row.Coverage is null, coverage is null);
                Assert.Equal(row.NormalisedBalance is null, normalised is null);
                if (row.Coverage is { } c)
                {
                    Assert.Equal(c, coverage!.Value, 12);
                    Assert.Equal(row.NormalisedBalance!.Value, normalised!.Value, 12);
                    checkedPeriods++;
                }
            }
        }
        Assert.Equal(58, checkedPeriods);
        // Russia's 2012 report (PROVENANCE): exports 209.95, imports 332.20: coverage 0.632.
        Assert.Equal(0.632, summary.Coverage["Russian Federation", "Pakistan", new CalendarYear(2012)]!.Value, 3);
    }

    [Fact]
    public void NegativeFlows_AreUndefinedInTheMatrixAsInTables()
    {
        Assert.True(double.IsNaN(TradeMeasures.Coverage(-4.8, 10)));
        Assert.True(double.IsNaN(TradeMeasures.Coverage(5, 0)));
        Assert.True(double.IsNaN(TradeMeasures.NormalisedBalance(-1, 3)));
        Assert.Equal(0.5, TradeMeasures.NormalisedBalance(30, 10));
    }
}
