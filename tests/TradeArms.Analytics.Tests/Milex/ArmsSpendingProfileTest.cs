using TradeArms.Milex;
using TradeArms.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TradeArms.Tests.Milex;

public class ArmsSpendingProfileTest(ITestOutputHelper output)
{
    private static ArmsSpendingProfile Pakistan()
    {
        var arms = Datasets.Sipri;
        var pakistan = arms.Actor("Pakistan");
        var imports = arms.ImportsOf(pakistan);
        var dots = Datasets.PakistanRussiaDots;
        var trade = dots.Series(Actor.Find("Pakistan"), Actor.Find("Russia"), TradeArms.Trade.DotsFlow.ImportsCif);
        return ArmsSpendingProfile.Build(MilexWorkbookTest.Release2025, "Pakistan", imports, YearRange.Parse("2000-2020"), trade);
    }

    [SharedDataFact]
    public void Pakistan_TracksKeepTheirUnits()
    {
        var p = Pakistan();
        foreach (var t in p.Tracks)
        {
            output.WriteLine($"{t.Name} [{t.Unit}]: " + string.Join(" ", t.Values.Select(v => $"{v.Key}={v.Value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}")));
        }
        foreach (var c in p.Correlations)
        {
            output.WriteLine($"{c.First} ~ {c.Second}: n={c.Years} r={c.Pearson?.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}");
        }
        foreach (var w in p.CompareWindows(YearRange.Parse("2006-2010"), YearRange.Parse("2016-2020")))
        {
            output.WriteLine($"{w.Track}: {w.FirstMean} -> {w.SecondMean} ({w.PercentChange}%)");
        }
        Assert.Equal(["TIV million", "constant (2023) US$ million", "% of GDP", "US$ million"], p.Tracks.Select(t => t.Unit));
        Assert.Equal(2216, p.Tracks[0].Values[2010]);                       // SIPRI TIV extract, Pakistan imports 2010
        Assert.Equal(10148.231114630717, p.Tracks[1].Values[2020]);         // milex 2025, constant (2023) US$ m
        Assert.Equal(0.034866790902030314 * 100, p.Tracks[2].Values[2020]); // SIPRI's fraction shown in percent
    }

    [SharedDataFact]
    public void Pakistan_Correlations_AndWindows_CheckedWithPython()
    {
        // python3 statistics.correlation over the 21 years 2000-2020 of the values above:
        // arms ~ share of GDP -0.7078779156000026, arms ~ constant US$ 0.15010007969968275.
        var p = Pakistan();
        var gdp = p.Correlations.Single(c => c.First == "arms imports" && c.Second == "military expenditure, share of GDP");
        Assert.Equal(21, gdp.Years);
        Assert.Equal(-0.7078779156000026, gdp.Pearson!.Value, 12);
        Assert.Equal(0.15010007969968275, p.Correlations.Single(c => c.First == "arms imports" && c.Second == "military expenditure").Pearson!.Value, 12);
        Assert.Equal(6, p.Correlations.Count);
        var windows = p.CompareWindows(YearRange.Parse("2006-2010"), YearRange.Parse("2016-2020"));
        Assert.Equal(1106.8, windows[0].FirstMean!.Value, 9);               // (357 + 694 + 1073 + 1194 + 2216) / 5
        Assert.Equal(805.4, windows[0].SecondMean!.Value, 9);               // (840 + 877 + 880 + 669 + 761) / 5
        Assert.Equal((805.4 - 1106.8) / 1106.8 * 100, windows[0].PercentChange!.Value, 9);
        Assert.Equal(6042.989282397521, windows[1].FirstMean!.Value, 6);
        Assert.Equal(9753.069803979462, windows[1].SecondMean!.Value, 6);
        Assert.Equal("constant (2023) US$ million", windows[1].Unit);
    }

    [SharedDataFact]
    public void FiscalTrade_AndYearsOutsideTheArmsData_AreRefused()
    {
        var arms = Datasets.Sipri;
        var imports = arms.ImportsOf(arms.Actor("Pakistan"));
        var fiscal = Datasets.PakistanRussiaTable1.Series(TradeFlow.Imports);
        Assert.StartsWith("'Pakistan imports from Russia' is by fiscal year: put it on calendar years first",
            Assert.Throws<ArgumentException>(() => ArmsSpendingProfile.Build(MilexWorkbookTest.Release2025, "Pakistan", imports, YearRange.Parse("2010-2014"), fiscal)).Message);
        var calendar = fiscal.ToCalendarYears(FiscalYearAlignment.EvenSpread);
        var p = ArmsSpendingProfile.Build(MilexWorkbookTest.Release2025, "Pakistan", imports, YearRange.Parse("2010-2015"), calendar);
        Assert.Null(p.Tracks[3].Values[2010]);                               // January-June 2010 precede FY 2010-11
        Assert.Equal((162.42 + 202.05) / 2, p.Tracks[3].Values[2011]!.Value, 9);
        Assert.Throws<WindowOutsideDataException>(() => ArmsSpendingProfile.Build(MilexWorkbookTest.Release2025, "Pakistan", imports, YearRange.Parse("2015-2024")));
    }
}
