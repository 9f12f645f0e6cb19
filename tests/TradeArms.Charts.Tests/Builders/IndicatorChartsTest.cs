using TradeArms.Charts.Tests.Infrastructure;
using TradeArms.Indicators;

namespace TradeArms.Charts.Tests.Builders;

public class IndicatorChartsTest
{
    // A to B: 01 10, 02 30; B to A: 01 20, 03 10 (2020); 2021 the same with A's 02 exports at 10.
    private static ProductFlows Flows()
    {
        var b = new ProductFlowsBuilder(MoneyUnit.UsDollarMillions, new DataSource("test table"));
        foreach (var (year, a02) in new[] { (2020, 30.0), (2021, 10.0) })
        {
            b.Add(year, "A", "B", "01", 10);
            b.Add(year, "A", "B", "02", a02);
            b.Add(year, "B", "A", "01", 20);
            b.Add(year, "B", "A", "03", 10);
            b.Add(year, "C", "A", "01", 5);
        }
        return b.Build();
    }

    [Fact]
    public void RcaBars_ShowProductsAndTheLineAtOne()
    {
        var text = SvgText.Of(ChartImage.SvgBytes(IndicatorCharts.RcaBars(RevealedComparativeAdvantage.Compute(Flows()), "A", 2020), ChartSize.Standard));
        Assert.Contains("Revealed comparative advantage of A, 2020 (top 2 products)", text);
        Assert.Contains("RCA = 1 (no revealed advantage)", text);
        Assert.Contains("02", text);
    }

    [Fact]
    public void GlOverTime_AndComplementarityHeatmap()
    {
        var gl = SvgText.Of(ChartImage.SvgBytes(IndicatorCharts.GlOverTime(GrubelLloyd.EveryPair(Flows(), aquino: true), "B", "A"), ChartSize.Standard));
        Assert.Contains("Intra-industry trade of B with A (Grubel-Lloyd)", gl);
        Assert.Contains("Aquino-adjusted", gl);
        var heat = SvgText.Of(ChartImage.SvgBytes(IndicatorCharts.ComplementarityHeatmap(Complementarity.Compute(Flows()), 2020), ChartSize.Standard));
        // x_A = (1/4, 3/4), m_B = (1/4, 3/4): complementarity 1.00.
        Assert.Contains("1.00", heat);
        Assert.Throws<ArgumentException>(() => IndicatorCharts.RcaBars(GrubelLloyd.EveryPair(Flows()), "A", 2020));
    }
}
