using TradeArms.Milex;
using TradeArms.Prices;
using TradeArms.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TradeArms.Tests.Milex;

public class MilexReleaseComparisonTest(ITestOutputHelper output)
{
    [SharedDataFact]
    public void India_RebasedFirst_ThenRevisions()
    {
        var c = MilexReleaseComparison.Compare(MilexWorkbookTest.Release2024, MilexWorkbookTest.Release2025, ["India"]);
        Assert.Equal(MoneyUnit.ConstantUsDollarMillions(2022), c.OlderUnit);
        Assert.Equal(MoneyUnit.ConstantUsDollarMillions(2023), c.NewerUnit);
        // The 2025 release's own restatement of 2022 at 2023 prices: constant (2023) 2022 / current 2022, both as published.
        var factor = 80348.4948025958 / 79976.789327936975;
        var y2022 = c.Rows.Single(r => r.Year == 2022);
        Assert.Equal(factor, y2022.RebaseFactor!.Value, 12);
        Assert.Equal(79976.78932793696, y2022.Older.Number);     // constant (2022) US$ m, 2024 release
        Assert.Equal(80348.4948025958, y2022.Newer.Number);      // constant (2023) US$ m, 2025 release
        Assert.Equal(79976.78932793696 * factor, y2022.Rebased!.Value, 6);
        Assert.False(y2022.IsRevised);                           // the whole difference of 371.7 is rebasing
        var y2023 = c.Rows.Single(r => r.Year == 2023);
        Assert.Equal(83334.46007156148 * factor, y2023.Rebased!.Value, 6);
        Assert.Equal(82293.332162581151 - 83334.46007156148 * factor, y2023.Revision!.Value, 6);   // -1428.5
        Assert.True(y2023.IsRevised);
        Assert.Equal(-1.706, y2023.RevisionPercent!.Value, 3);
        Assert.DoesNotContain(c.Rows, r => r.Year == 2024 || r.Year == 1948); // only the years both releases hold
    }

    [SharedDataFact]
    public void AllCountries_Counts_AndUsDeflatorAlternative()
    {
        var c = MilexReleaseComparison.Compare(MilexWorkbookTest.Release2024, MilexWorkbookTest.Release2025);
        var both = c.Rows.Count(r => r.Revision is not null);
        var revised = c.Rows.Count(r => r.IsRevised);
        var status = c.Rows.Count(r => r.StatusChanged);
        output.WriteLine($"rows {c.Rows.Count}, both figures {both}, revised {revised}, status changed {status}, only old {string.Join(";", c.OnlyInOlder)}, only new {string.Join(";", c.OnlyInNewer)}");
        Assert.Equal(174 * 75, c.Rows.Count); // 174 countries x 1949-2023
        Assert.Empty(c.OnlyInOlder);
        Assert.Empty(c.OnlyInNewer);
        Assert.Equal(7712, both);     // country-years with a figure in both releases
        Assert.Equal(1208, revised);  // of which revised beyond one part in a million after rebasing
        Assert.Equal(17, status);     // marker or colour changed

        // Rebasing by the US GDP deflator instead: one factor for all, 1.0370 (FRED GDPDEF 2023 / 2022 annual means).
        var fred = FredDeflatorReader.Read(SharedData.Path("prices", "AliceBan111__Thesis-code", "GDPDEF.csv")).Deflator;
        var us = MilexReleaseComparison.Compare(MilexWorkbookTest.Release2024, MilexWorkbookTest.Release2025, ["India"], fred);
        Assert.Equal(1.0370258172350753, us.Rows[0].RebaseFactor!.Value, 12);
        Assert.StartsWith("FRED GDPDEF", us.DeflatorName);
    }

    [SharedDataFact]
    public void OlderFirst_IsRequired() =>
        Assert.Equal("The first workbook must be the older release: found the 2025 release, then the 2024 release. (Parameter 'older')",
            Assert.Throws<ArgumentException>(() => MilexReleaseComparison.Compare(MilexWorkbookTest.Release2025, MilexWorkbookTest.Release2024)).Message);
}
