using TradeArms.Trade;

namespace TradeArms.Tests.Trade;

public class DotsEconomyTest
{
    [Fact]
    public void Resolve_KnownNames_MapToTheCatalogueAndAreCached()
    {
        var pakistan = DotsEconomy.Resolve("Pakistan");

        Assert.Same(pakistan, DotsEconomy.Resolve(" Pakistan "));
        Assert.Equal("Pakistan", pakistan.Actor!.Name);
        Assert.Equal("PAK", pakistan.Economy!.Iso3);
        Assert.True(DotsEconomy.Resolve("World").IsAggregate);
    }

    [Fact]
    public void Resolve_UnknownNames_DoNotGrowTheProcessWideCache()
    {
        DotsEconomy.Resolve("Pakistan");
        var before = DotsEconomy.CachedNames;

        for (var i = 0; i < 10_000; i++)
        {
            var unknown = DotsEconomy.Resolve($"Made-up economy {i}");
            Assert.Null(unknown.Actor);
            Assert.Null(unknown.Economy);
        }

        // Other tests may resolve real names meanwhile, but never ten thousand of them.
        Assert.True(DotsEconomy.CachedNames < before + 100, $"{DotsEconomy.CachedNames - before} names were cached");
        Assert.Equal(DotsEconomy.Resolve("Made-up economy 1"), DotsEconomy.Resolve("Made-up economy 1"));
    }
}
