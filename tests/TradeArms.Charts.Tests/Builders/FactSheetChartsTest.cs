using TradeArms.Charts.Tests.Infrastructure;
using TradeArms.FactSheets;
using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Charts.Tests.Builders;

public class FactSheetChartsTest
{
    // The shipped India and Pakistan tables as a two-recipient "release": enough to draw and check the chart.
    private static readonly Lazy<FactSheet> Sheet = new(() => FactSheet.Compute(
        SipriTivTableReader.Read(RepositoryRoot.Combine("data", "sipri", "by-recipient-2022-04-22"))));

    [Fact]
    public void TopImporters_LabelsEachActorWithShareAndChange()
    {
        var text = SvgText.Of(ChartImage.SvgBytes(FactSheetCharts.TopImporters(Sheet.Value), ChartSize.Standard));
        Assert.Contains("Largest arms importers, share of world imports, 2017-2021 vs 2012-2016", text);
        Assert.Contains("India", text);
        Assert.Contains("Pakistan", text);
        // India: 15,356 of 19,427 in 2017-2021 = 79.0%; 2012-2016 -> 2017-2021 volume change -21% (python).
        Assert.Contains("79.0% (-21% volume)", text);
        Assert.Contains("Share of world imports (%)", text);
        Assert.Contains(text, t => t.StartsWith("Source: SIPRI Arms Transfers Database (2022-04-22).", StringComparison.Ordinal));
        Assert.DoesNotContain(text, t => t.Contains("US$", StringComparison.Ordinal));
    }

    [Fact]
    public void TopExporters_RendersDeterministically()
    {
        var first = ChartImage.Png(FactSheetCharts.TopExporters(Sheet.Value), ChartSize.Standard);
        var second = ChartImage.Png(FactSheetCharts.TopExporters(Sheet.Value), ChartSize.Standard);
        Assert.Equal(first, second);
        Assert.Equal((800, 500), PngInfo.Size(first));
    }

    [Fact]
    public void BarLabels_UseTheBundledFont()
    {
        var svg = System.Text.Encoding.UTF8.GetString(ChartImage.SvgBytes(FactSheetCharts.TopExporters(Sheet.Value), ChartSize.Standard));
        var families = System.Text.RegularExpressions.Regex.Matches(svg, "font-family=\"([^\"]*)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(["DejaVu Sans"], families);
    }
}
