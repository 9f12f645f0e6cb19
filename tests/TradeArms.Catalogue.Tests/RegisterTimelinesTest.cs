using TradeArms.Charts.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Catalogue.Tests;

public class RegisterTimelinesTest
{
    [Fact]
    public void Catalogue_WithARegister_AddsATimelineForEachPairItHolds()
    {
        using var folder = new TempFolder();
        var data = ChartData.Shipped().WithRegister(HandMadeRegister.Write(folder));
        var ids = ChartCatalogue.For(data).Select(c => c.Id).ToList();

        Assert.Equal([.. ChartCatalogue.Standard.Select(c => c.Id), "deals-russia-pakistan", "deals-russia-india", "deals-china-pakistan"], ids);
        var timeline = ChartCatalogue.For(data).Single(c => c.Id == "deals-russia-india");
        Assert.Equal("Generated: 13 October 2024", timeline.Source(data).Vintage);
        Assert.Equal((1000, 600), PngInfo.Size(timeline.Build(data).Png(timeline.Size)));
        Assert.Equal(ChartCatalogue.Standard, ChartCatalogue.For(ChartData.Shipped()));
    }
}
