using TradeArms.Charts.Tests.Infrastructure;

namespace TradeArms.Catalogue.Tests;

public class ProfileChartsTest
{
    [Theory]
    [InlineData("India", new[] { "india-imports-trend", "india-suppliers-by-window", "india-top-suppliers-2017-2021" })]
    [InlineData("RUS", new[] { "russia-exports-trend", "russia-top-recipients-2017-2021" })]
    public void ForProfile_GivesTheActorsChartsForItsRoles(string name, string[] ids)
    {
        var data = ChartData.Shipped();
        var charts = ChartCatalogue.ForProfile(data, name, YearRange.Parse("1992-2021"));
        Assert.Equal(ids, charts.Select(c => c.Id));
        foreach (var chart in charts)
        {
            var text = SvgText.Of(chart.Build(data).Svg(chart.Size));
            Assert.Contains(text, t => t.StartsWith("Source: SIPRI Arms Transfers Database", StringComparison.Ordinal));
            Assert.Contains(text, t => t.Contains("TIV", StringComparison.Ordinal));
            Assert.DoesNotContain(text, t => t.Contains("US$", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ForProfile_AnActorWithoutTransfers_SaysSo()
    {
        var e = Assert.Throws<DataCoverageException>(() => ChartCatalogue.ForProfile(ChartData.Shipped(), "Iceland"));
        Assert.Contains("hold no transfers to or from Iceland.", e.Message, StringComparison.Ordinal);
    }
}
