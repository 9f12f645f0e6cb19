namespace TradeArms.Tests.Measures;

public class TivTest
{
    [Fact]
    public void BelowHalf_IsDistinctFromNoDeliveries()
    {
        Assert.NotEqual(Tiv.NoDeliveries, Tiv.BelowHalf);
        Assert.False(Tiv.NoDeliveries.HasDeliveries);
        Assert.True(Tiv.BelowHalf.HasDeliveries);
        Assert.Equal(0, Tiv.BelowHalf.Millions);
    }

    [Fact]
    public void Add_KeepsTheStrongerStatus()
    {
        Assert.Equal(TivStatus.BelowHalf, (Tiv.NoDeliveries + Tiv.BelowHalf).Status);
        Assert.Equal(TivStatus.Reported, (Tiv.BelowHalf + Tiv.FromMillions(3)).Status);
        Assert.Equal(TivStatus.NoDeliveries, (Tiv.NoDeliveries + Tiv.NoDeliveries).Status);
        Assert.Equal(5, (Tiv.FromMillions(2) + Tiv.FromMillions(3)).Millions);
    }

    [Fact]
    public void Sum_OfNothing_IsNoDeliveries() => Assert.Equal(Tiv.NoDeliveries, Tiv.Sum([]));

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void FromMillions_Invalid_Throws(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Tiv.FromMillions(value));

    [Fact]
    public void ToString_SaysTivMillionNeverDollars()
    {
        Assert.Equal("3798 TIV million", Tiv.FromMillions(3798).ToString());
        Assert.Equal("1.5 TIV million", Tiv.FromMillions(1.5).ToString());
        Assert.Equal("<0.5 TIV million", Tiv.BelowHalf.ToString());
        Assert.Equal("no deliveries", Tiv.NoDeliveries.ToString());
        Assert.DoesNotContain("$", Tiv.FromMillions(3798).ToString(), StringComparison.Ordinal);
    }
}
