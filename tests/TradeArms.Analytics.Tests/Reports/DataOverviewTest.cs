using TradeArms.Reports;

namespace TradeArms.Tests.Reports;

/// <summary>The overview gathers the library's analyses of the shipped data: Table 1's check, SIPRI's totals, shares.</summary>
public class DataOverviewTest
{
    private static readonly YearRange Latest = YearRange.Parse("2017-2021");

    [Fact]
    public void ShippedData_ChecksTable1AndTheTotals_AndSharesEveryTableActor()
    {
        var overview = DataOverview.Of(Datasets.PakistanRussiaTable1, Datasets.Sipri, Latest);

        // Table 1's three published errors (2010-11 total; 2012-13 and 2013-14 balances).
        Assert.Equal(3, overview.Trade.Discrepancies.Count);
        // Every printed total of the four shipped tables agrees with its cells within rounding.
        Assert.Equal(510, overview.TotalChecks.Length);
        Assert.Empty(overview.TotalsOutsideRounding);
        Assert.Equal(["India", "Pakistan"], overview.Imports.Select(t => t.Subject.Name));
        Assert.Equal(["China", "Russia"], overview.Exports.Select(t => t.Subject.Name));
        // python over India.csv: 15,356 TIV million in 2017-2021, Russia 7,068.
        Assert.Equal(15356, overview.Imports[0].Total.Millions);
        Assert.Equal(("Russia", 7068.0), (overview.Imports[0].Rows[0].Partner!.Name, overview.Imports[0].Rows[0].Volume.Millions));
        Assert.Equal(6, overview.Imports[0].Rows.Length); // top 5 and others

        // The trade check and the four share tables, in that order; no totals section when every total agrees.
        Assert.Equal(5, ((IAnalysisResult)overview).Sections.Count);
        Assert.Same(overview.Trade, ((IAnalysisResult)overview).Sections[0]);
        var frame = overview.ToDataFrame();
        Assert.Equal(["side", "actor", "partner", "tiv", "share", "status"], frame.Columns.Select(c => c.Name));
        Assert.Equal(24, frame.Rows.Count);
        Assert.Contains("SIPRI's printed totals: 510 checked, 510 agree with the cells within rounding.", overview.Summary);
    }

    [Fact]
    public void WindowOutsideTheData_IsRefused()
    {
        var e = Assert.Throws<WindowOutsideDataException>(() => DataOverview.Of(Datasets.PakistanRussiaTable1, Datasets.Sipri, YearRange.Parse("2020-2024")));
        Assert.Contains("2020-2024", e.Message, StringComparison.Ordinal);
    }
}
