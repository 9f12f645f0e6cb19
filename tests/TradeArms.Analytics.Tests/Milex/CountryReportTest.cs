using TradeArms.Reports;
using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Milex;

/// <summary>The country report assembles the library's results; the fact sheet only from a whole release.</summary>
public class CountryReportTest
{
    [Fact]
    public void ShippedExtract_IsNotAWholeRelease_NoFactSheet_AndTheNoteSaysWhy()
    {
        var arms = Datasets.Sipri;
        Assert.Equal(ShareCoverage.Unverified, arms.WorldCoverage(YearRange.Parse("2017-2021")));
        var report = CountryReport.Build(arms, arms.Actor("Pakistan"), new CountryReportOptions { Trade = Datasets.PakistanRussiaTable1 });
        Assert.Null(report.FactSheet);
        Assert.Contains(report.Notes, n => n.Contains("whole SIPRI release", StringComparison.Ordinal));
        Assert.Equal(report.Arms.AsRecipient!.PartnersByWindow[^1].Total, arms.SupplierShares(arms.Actor("Pakistan"), YearRange.Parse("2017-2021")).Total);
        Assert.Equal(3, report.TradeValidation!.Discrepancies.Count);
        Assert.Equal(5, report.Balance!.Rows.Length);
        Assert.Null(report.Spending);
    }

    [Fact]
    public void TradeTableOfAnotherCountry_IsRefused()
    {
        var arms = Datasets.Sipri;
        var e = Assert.Throws<DataCoverageException>(() => CountryReport.Build(arms, arms.Actor("India"), new CountryReportOptions { Trade = Datasets.PakistanRussiaTable1 }));
        Assert.Contains("is not India's", e.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void WholeRelease_IsVerified_AndGivesTheFactSheet()
    {
        var arms = SipriTivTableReader.Read(SharedData.Path("sipri-tiv", "by-recipient-2022-04-22"));
        Assert.Equal(ShareCoverage.Verified, arms.WorldCoverage(YearRange.Parse("2017-2021")));
        var report = CountryReport.Build(arms, arms.Actor("Pakistan"));
        Assert.NotNull(report.FactSheet);
        Assert.Equal(YearRange.Parse("2017-2021"), report.FactSheet.Second);
        // SIPRI's fact sheet of March 2022: Pakistan 8th largest importer in 2017-2021, 3.0% of world imports.
        Assert.Equal(8, report.AsTopImporter!.Rank);
        Assert.Equal(3.0, report.AsTopImporter.ShareOfWorldPercent, 1);
    }

    [SharedDataFact]
    public void Milex_OnlyBesideImportsTheDataHold_AndOnlyInTheCountrysLifetime()
    {
        var arms = Datasets.Sipri;
        var milex = global::TradeArms.Milex.MilexWorkbookReader.Read(MilexFiles.Release2025);
        // The extract has Russia's exports, not its imports: no section against zeros that only mean "not loaded".
        var russia = CountryReport.Build(arms, arms.Actor("Russia"), new CountryReportOptions { Milex = milex });
        Assert.Null(russia.Spending);
        Assert.Contains(russia.Notes, n => n.Contains("hold no imports of Russia", StringComparison.Ordinal));
        var pakistan = CountryReport.Build(arms, arms.Actor("Pakistan"), new CountryReportOptions { Milex = milex, Trade = Datasets.PakistanRussiaTable1 });
        Assert.Equal(pakistan.Arms.Years, pakistan.Spending!.Years);
        Assert.Equal(4, pakistan.Spending.Tracks.Count);
        Assert.Equal((YearRange.Parse("1950-1954"), YearRange.Parse("2017-2021")), pakistan.SpendingWindowRanges);
    }
}
