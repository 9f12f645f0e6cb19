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
    public void Pakistan_RendersAsTwoResults_EachColumnInItsUnit()
    {
        var p = Pakistan();
        var frame = p.ToDataFrame();
        Assert.Equal(["year", "arms_imports_tiv", "military_expenditure", "share_of_gdp_pct", "trade"], frame.Columns.Select(c => c.Name));
        Assert.Equal(21, frame.Rows.Count);
        Assert.Equal(Measure.Of(MoneyUnit.ConstantUsDollarMillions(2023)), p.Measure);
        var lines = p.ToString().Split('\n');
        Assert.Equal("Pakistan: arms imports and military expenditure, 2000-2020 (each column in its own unit)", lines[0]);
        // 2020: 761 TIV million, 10148.23 constant (2023) US$ m. (the workbook's 10148.231114630717), 3.5% of GDP (0.03487 x 100).
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^2020 +761 +10148\.23 +3\.5 +[0-9.,]+ *$"));
        Assert.Contains("Correlation (Pearson, years with both figures), arms imports ~ military expenditure, share of GDP: -0.708 (n = 21)", lines);
        Assert.Contains(lines, l => l.StartsWith("Columns: arms imports in TIV million; military expenditure in constant (2023) US$ million; military expenditure, share of GDP in % of GDP;", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Source of arms imports: SIPRI Arms Transfers Database", StringComparison.Ordinal));

        var windows = p.Compare(YearRange.Parse("2006-2010"), YearRange.Parse("2016-2020"));
        Assert.Equal("2006-2010 vs 2016-2020", windows.Window);
        var text = windows.ToString().Split('\n');
        Assert.Equal("Pakistan: annual mean, 2006-2010 against 2016-2020", text[0]);
        // (805.4 - 1106.8) / 1106.8 = -27.2%; (9753.07 - 6042.99) / 6042.99 = +61.4%.
        Assert.Contains(text, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^arms imports +TIV million +1,106\.8 +805\.4 +-27\.2$"));
        Assert.Contains(text, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^military expenditure +constant \(2023\) US\$ million +6,042\.99 +9,753\.07 +\+61\.4$"));
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
