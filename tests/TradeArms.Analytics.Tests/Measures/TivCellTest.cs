namespace TradeArms.Tests.Measures;

public class TivCellTest
{
    [Fact]
    public void Format_PrintsSipriMarks()
    {
        Assert.Equal("-", TivCell.Format(Tiv.NoDeliveries));
        Assert.Equal("<0.5", TivCell.Format(Tiv.BelowHalf));
        Assert.Equal("did not exist", TivCell.Format(Tiv.DidNotExist));
        Assert.Equal("7,068", TivCell.Format(Tiv.FromMillions(7068)));
        Assert.Equal("<0.5", TivCell.Format(Tiv.FromMillions(0.3)));
        Assert.Equal("426.8", TivCell.Format(Tiv.FromMillions(426.8), "#,0.#"));
    }

    [Fact]
    public void Format_OfASum_KeepsTheMarkOfItsStrongestTerm()
    {
        // China delivered nothing to India in 2017-2021: a sum of empty cells stays "no deliveries", not 0.
        Assert.Equal("-", TivCell.Format(Tiv.NoDeliveries + Tiv.NoDeliveries));
        Assert.Equal("<0.5", TivCell.Format(Tiv.NoDeliveries + Tiv.BelowHalf));
    }

    [Fact]
    public void Format_OnTheShippedData_ChinaToIndia2017To2021_IsADash()
    {
        var arms = Datasets.Sipri;
        Assert.Equal("-", TivCell.Format(arms.Total(YearRange.Parse("2017-2021"), arms.Actor("China"), arms.Actor("India"))));
        Assert.Equal("7,068", TivCell.Format(arms.Total(YearRange.Parse("2017-2021"), arms.Actor("Russia"), arms.Actor("India"))));
    }
}
