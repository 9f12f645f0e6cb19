using TradeArms.Charts.Tests.Infrastructure;
using TradeArms.Register;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Charts.Tests.Builders;

public class RegisterChartsTest
{
    [Fact]
    public void DealTimeline_LabelsEachDealWithNumberOrderedAndTivDelivered()
    {
        using var folder = new TempFolder();
        var register = TradeRegisterReader.Read(HandMadeRegister.Write(folder));
        var plot = RegisterCharts.DealTimeline(register, register.Actor("Russia"), register.Actor("Pakistan"));

        var text = SvgText.Of(ChartImage.SvgBytes(plot, new ChartSize(1000, 600)));

        Assert.Contains("Russia's arms deals with Pakistan: order to last delivery", text);
        Assert.Contains(text, t => t.StartsWith("The 2 deals by TIV delivered, oldest order at the top", StringComparison.Ordinal));
        // Oldest order at the top: the RD-33 engines (2004), then the Mi-35M helicopters (2015).
        Assert.Equal(["RD-33 (250, 426.8 TIV)", "Mi-35M (4, 46 TIV)"],
            plot.Axes.Left.TickGenerator.Ticks.OrderByDescending(t => t.Position).Select(t => t.Label));
        Assert.Contains(text, t => t.StartsWith("Source: SIPRI Arms Transfers Database (2024-10-13). TIV:", StringComparison.Ordinal));
        Assert.DoesNotContain(text, t => t.Contains("US$", StringComparison.Ordinal));
    }

    [Fact]
    public void DealTimeline_IsDeterministic()
    {
        using var folder = new TempFolder();
        var path = HandMadeRegister.Write(folder);
        byte[] Render()
        {
            var register = TradeRegisterReader.Read(path);
            return ChartImage.Png(RegisterCharts.DealTimeline(register, register.Actor("Russia"), register.Actor("Pakistan")), ChartSize.Standard);
        }
        Assert.Equal(Render(), Render());
    }

    [Fact]
    public void DealTimeline_WithoutDeals_SaysSo()
    {
        using var folder = new TempFolder();
        var register = TradeRegisterReader.Read(HandMadeRegister.Write(folder));
        var e = Assert.Throws<ArgumentException>(() => RegisterCharts.DealTimeline(register, register.Actor("France"), register.Actor("Pakistan")));
        Assert.StartsWith("The register (Source: SIPRI Arms Transfers Database (2024-10-13)) has no deal of France with Pakistan.", e.Message, StringComparison.Ordinal);
    }
}
