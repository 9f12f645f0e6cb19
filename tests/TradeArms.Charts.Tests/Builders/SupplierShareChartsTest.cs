using ScottPlot.Plottables;
using TradeArms.Charts.Tests.Infrastructure;
using TradeArms.Sipri;

namespace TradeArms.Charts.Tests.Builders;

/// <summary>
/// Stacked supplier shares on tables written by hand in SIPRI's layout: a year or a window without imports has no
/// shares, so the chart leaves it blank and says so, and never draws it as a share of zero.
/// </summary>
public class SupplierShareChartsTest
{
    // Nepal 2000-2006 (by hand): no imports in 2001, 2002 and 2004, so 2003 is a lone year between gaps.
    private static readonly ArmsTransfers Nepal = SipriTivTableReader.Parse(Table("Nepal", 2000, 2006,
        "Russia,10,,,5,,10,10,35",
        "India,10,,,5,,,10,25",
        "China,,,,,,10,,10",
        "",
        "Total,20,,,10,,20,20,70"), "Nepal-test.csv");

    [Fact]
    public void SharesOverTime_LeavesYearsWithoutImportsBlank()
    {
        var plot = ArmsCharts.SupplierSharesOverTime(Nepal, Nepal.Actor("Nepal"), YearRange.Parse("2000-2006"), top: 2);

        var fills = plot.GetPlottables().OfType<FillY>().ToList();
        // Three runs of years with imports (2000, 2003, 2005-2006), each stacking Russia, India and Others.
        Assert.Equal(9, fills.Count);
        foreach (var fill in fills)
        {
            var limits = fill.GetAxisLimits();
            Assert.False(limits.Left < 2001.5 && limits.Right > 2001.5, $"an area covers 2001 ({limits.Left}-{limits.Right})");
            Assert.False(limits.Left <= 2004 && limits.Right >= 2004, $"an area covers 2004 ({limits.Left}-{limits.Right})");
        }
        // The lone year 2003 is a band one year wide around it, stacked to 100%.
        var lone = fills.Where(f => f.GetAxisLimits().Left is > 2002 and < 2003).ToList();
        Assert.Equal(3, lone.Count);
        Assert.Equal(100, lone.Max(f => f.GetAxisLimits().Top), 9);
        var text = SvgText.Of(ChartImage.SvgBytes(plot, ChartSize.Standard));
        Assert.Contains(text, t => t.Contains("left blank: 2001-2002, 2004 (no imports)", StringComparison.Ordinal));
    }

    [Fact]
    public void SharesOverTime_HistoricalState_YearsAfterItsEndAreBlank()
    {
        // Czechoslovakia existed until 1992 (SIPRI's country list); its table runs on to 1995 with empty cells.
        var arms = SipriTivTableReader.Parse(Table("Czechoslovakia", 1990, 1995,
            "Soviet Union,100,50,,,,,150",
            "Poland,,10,20,,,,30",
            "",
            "Total,100,60,20,,,,180"), "Czechoslovakia-test.csv");

        var plot = ArmsCharts.SupplierSharesOverTime(arms, arms.Actor("Czechoslovakia"), YearRange.Parse("1990-1995"));

        Assert.All(plot.GetPlottables().OfType<FillY>(), f => Assert.True(f.GetAxisLimits().Right <= 1992));
        var text = SvgText.Of(ChartImage.SvgBytes(plot, ChartSize.Standard));
        Assert.Contains(text, t => t.Contains("left blank: 1993-1995 (no imports or did not exist)", StringComparison.Ordinal));
    }

    [Fact]
    public void SharesByWindow_WindowWithoutImports_HasNoBarAndIsNamed()
    {
        YearRange[] windows = [YearRange.Parse("2000-2000"), YearRange.Parse("2001-2002"), YearRange.Parse("2003-2006")];

        var plot = ArmsCharts.SupplierSharesByWindow(Nepal, Nepal.Actor("Nepal"), windows, top: 2);

        var bars = plot.GetPlottables().OfType<BarPlot>().SelectMany(b => b.Bars).ToList();
        // Two windows with imports, three segments each (Russia, India, Others); nothing at the empty window's position.
        Assert.Equal(6, bars.Count);
        Assert.DoesNotContain(bars, b => b.Position == 1);
        // 2003-2006: Russia 25 of 60, India 15, Others (China) 10 + ... = shares of the window's 60.
        var last = bars.Where(b => b.Position == 2).ToList();
        Assert.Equal(100, last.Max(b => b.Value), 9);
        var text = SvgText.Of(ChartImage.SvgBytes(plot, ChartSize.Standard));
        Assert.Contains(text, t => t.Contains("no imports in 2001-2002 (no bar)", StringComparison.Ordinal));
    }

    private static string Table(string recipient, int first, int last, params string[] rows)
    {
        var years = Enumerable.Range(first, last - first + 1).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return $"\"TIV of arms exports to {recipient}, {first}-{last}\",\nGenerated: 22 April 2022,\n,{string.Join(',', years)},Total\n"
            + string.Join('\n', rows) + "\n\n";
    }
}
