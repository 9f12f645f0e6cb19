using TradeArms.Trade;

namespace TradeArms.Tests.Trade;

/// <summary>The one coverage and normalised-balance rule, by hand, and the table summary that follows it.</summary>
public class TradeBalanceRuleTest
{
    [Fact]
    public void Coverage_ByHand_AndItsUndefinedCases()
    {
        // 113 / 100 = 1.13; 0 exports cover 0% of imports.
        Assert.Equal(1.13, TradeBalanceRule.Coverage<decimal>(113m, 100m)!.Value, 12);
        Assert.Equal(0, TradeBalanceRule.Coverage<decimal>(0m, 100m));
        Assert.Null(TradeBalanceRule.Coverage<decimal>(5m, 0m));      // imports 0: undefined, never infinite
        Assert.Null(TradeBalanceRule.Coverage<decimal>(5m, -1m));     // a negative revision of imports
        Assert.Null(TradeBalanceRule.Coverage<decimal>(-4.8m, 10m));  // a negative revision of exports
        Assert.Null(TradeBalanceRule.Coverage<decimal>(null, 10m));   // missing is not zero
        Assert.False(TradeBalanceRule.TryCoverage(double.NaN, 10, out var nan));
        Assert.True(double.IsNaN(nan));
    }

    [Fact]
    public void NormalisedBalance_ByHand_AndItsUndefinedCases()
    {
        // (30 - 10) / (30 + 10) = 0.5.
        Assert.Equal(0.5, TradeBalanceRule.NormalisedBalance<decimal>(30m, 10m));
        Assert.Equal(-1, TradeBalanceRule.NormalisedBalance<double>(0, 7));
        Assert.Null(TradeBalanceRule.NormalisedBalance<double>(0, 0));
        Assert.Null(TradeBalanceRule.NormalisedBalance<double>(-1, 3));
        Assert.Null(TradeBalanceRule.NormalisedBalance<double>(1, null));
    }

    [Fact]
    public void TableSummary_NegativeExports_LeaveCoverageUndefinedWithANote()
    {
        var table = new BilateralTradeTable(Actor.Find("Pakistan"), Actor.Find("Russia"), MoneyUnit.UsDollarMillions,
            new DataSource("test"), [new TradeRow(new CalendarYear(2018), Money.UsDollarMillions(-4.8m), Money.UsDollarMillions(10m))]);
        var row = Balance.Summarise(table).Rows.Single();
        Assert.Null(row.Coverage);
        Assert.Contains("coverage undefined: exports are -4.8", row.Notes);
        Assert.Equal(Money.UsDollarMillions(-14.8m), row.Balance);
    }
}
