namespace TradeArms.Matrix.Tests;

/// <summary>
/// <see cref="PairColumn"/> and <see cref="PairPeriodColumn"/> share one core (<see cref="PairValues"/>): storage,
/// name, measure, the defined count and the lookup by actor labels, on the matrix of the shipped IMF DOTS extract.
/// </summary>
public class PairValuesTest
{
    private static readonly BilateralTradeMatrix Dots = BilateralTradeMatrix.From(Datasets.PakistanRussiaDots);

    [Fact]
    public void BothColumns_LookUpPairsByLabel_AndCountNaNAsUndefined()
    {
        var cagr = Dots.Cagr(TradeFlow.Exports, new CalendarYear(2015), new CalendarYear(2020));
        var balance = Dots.Summarize().Balance;
        PairValues[] columns = [cagr, balance];
        foreach (var column in columns)
        {
            Assert.Same(Dots, column.Matrix);
            Assert.Equal(column.Values.ToArray().Count(v => !double.IsNaN(v)), column.DefinedCount);
            Assert.Contains($"{column.DefinedCount:N0} defined", column.ToString(), StringComparison.Ordinal);
        }
        Assert.Equal(Dots.PairCount, cagr.Values.Length);
        Assert.Equal(Dots.PairCount * Dots.PeriodCount, balance.Values.Length);

        var pair = Dots.IndexOfPair(Dots.IndexOfActor("Pakistan"), Dots.IndexOfActor("Russian Federation"));
        Assert.True(pair >= 0);
        Assert.Equal(cagr[pair], cagr["Pakistan", "Russian Federation"]);
        var t = Dots.IndexOfPeriod(new CalendarYear(2018));
        Assert.Equal(balance[pair, t], balance["Pakistan", "Russian Federation", new CalendarYear(2018)]);
        // Balance = exports - imports, as the matrix holds them.
        Assert.Equal(Dots["Pakistan", "Russian Federation", new CalendarYear(2018), TradeFlow.Exports]!.Value - Dots["Pakistan", "Russian Federation", new CalendarYear(2018), TradeFlow.Imports]!.Value,
            balance["Pakistan", "Russian Federation", new CalendarYear(2018)]!.Value, 9);

        Assert.Null(cagr["Pakistan", "Atlantis"]);
        Assert.Null(balance["Atlantis", "Pakistan", new CalendarYear(2018)]);
        Assert.Null(balance["Pakistan", "Russian Federation", new CalendarYear(1900)]);
        Assert.Throws<ArgumentOutOfRangeException>(() => balance[Dots.PairCount, 0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => balance[pair, Dots.PeriodCount]);
    }
}
