using TradeArms.Charts.Tests.Infrastructure;
using TradeArms.Milex;
using TradeArms.Tests.Infrastructure;
using TradeArms.Trade;

namespace TradeArms.Charts.Tests.Builders;

/// <summary>The side-by-side panels: one per track, each in its own unit, one year axis, no second y-axis.</summary>
public class ProfileChartsTest
{
    private static ArmsSpendingProfile Pakistan()
    {
        var workbook = MilexWorkbookReader.Read(SharedData.Path("sipri-milex", "codingirl99__sipridefenseanalysis", "sipri_data_1949_2024.xlsx"));
        var trade = BilateralTradeTableReader.Read(RepositoryRoot.Combine("data", "trade", "pakistan-russia-table1.tsv"))
            .Series(TradeFlow.Total).ToCalendarYears(FiscalYearAlignment.EvenSpread);
        var arms = Datasets.Sipri;
        return ArmsSpendingProfile.Build(workbook, "Pakistan", arms.ImportsOf(arms.Actor("Pakistan")), YearRange.Parse("2000-2021"), trade);
    }

    [SharedDataFact]
    public void Panels_OnePerTrack_EachInItsUnit_OnOneYearAxis_WithoutASecondAxis()
    {
        var profile = Pakistan();
        var panels = ProfileCharts.Panels(profile);
        Assert.Equal(4, panels.Count);
        for (var i = 0; i < panels.Count; i++)
        {
            var plot = panels[i];
            Assert.Equal(profile.Tracks[i].Unit, plot.Axes.Left.Label.Text);
            // Every plottable on the left axis (null: the default, left): no second y-axis, nothing on the right one.
            Assert.All(plot.GetPlottables(), p => Assert.True(p.Axes.YAxis is null || ReferenceEquals(p.Axes.YAxis, plot.Axes.Left)));
            Assert.Equal("", plot.Axes.Right.Label.Text);
            Assert.Equal(1999.4, plot.Axes.GetLimits().Left, 6);
            Assert.Equal(2021.6, plot.Axes.GetLimits().Right, 6);
            Assert.Equal(0, plot.Axes.GetLimits().Bottom);
        }
        Assert.IsType<ScottPlot.Plottables.BarPlot>(panels[0].GetPlottables().Single());
        // Trade has figures for 2011-2014 only (even spread of five fiscal years): one run of points, no line across gaps.
        Assert.Equal(4, ((ScottPlot.Plottables.Scatter)panels[3].GetPlottables().Single()).Data.GetScatterPoints().Count);

        var tiv = SvgText.Of(ChartImage.SvgBytes(panels[0], ChartSize.Standard));
        Assert.Contains("TIV million", tiv);
        Assert.DoesNotContain(tiv, t => t.Contains("US$", StringComparison.Ordinal));
        var money = SvgText.Of(ChartImage.SvgBytes(panels[1], ChartSize.Standard));
        Assert.Contains("constant (2023) US$ million", money);
        Assert.DoesNotContain(money, t => t.Contains("TIV", StringComparison.Ordinal));
        Assert.Equal(ChartImage.SvgBytes(ProfileCharts.SideBySide(Pakistan()), ChartSize.Large), ChartImage.SvgBytes(ProfileCharts.SideBySide(profile), ChartSize.Large));
    }
}
