using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Published;

/// <summary>
/// Shares and changes published in SIPRI's fact sheet "Trends in International Arms Transfers, 2021" (March 2022,
/// 2017-2021 against 2012-2016), recomputed from the 2022 release: the shipped extract (India.csv and Pakistan.csv
/// generated 22 April 2022) and, where the whole world is needed, the full by-recipient download in ../shared/data.
/// </summary>
/// <remarks>
/// The fact sheet prints rounded percentages, so they are checked within half a point (or half of the last printed
/// digit). The exact values are also pinned: they were cross-checked with python3's csv module over India.csv and
/// Pakistan.csv (sum of the supplier rows of each year of the window, divided by the sum over all supplier rows).
/// </remarks>
public class SipriFactSheetTest
{
    private static readonly YearRange Recent = YearRange.Parse("2017-2021");
    private static readonly YearRange Earlier = YearRange.Parse("2012-2016");
    private static ArmsTransfers Arms => Datasets.Sipri;

    [Theory]
    // Fact sheet: Russia 46%, France 27%, United States 12% of India's imports, 2017-2021.
    // python3: 7068/15356*100 = 46.02761135712425, 4198/15356*100 = 27.337848398020316, 1863/15356*100 = 12.132065642094295.
    [InlineData("Russia", 46, 46.02761135712425)]
    [InlineData("France", 27, 27.337848398020316)]
    [InlineData("United States", 12, 12.132065642094295)]
    public void India2017To2021_SupplierShares_MatchTheFactSheet(string supplier, double published, double exact)
    {
        var shares = Arms.SupplierShares(Arms.Actor("India"), Recent, top: 3);
        var share = shares.PercentOf(Arms.Actor(supplier))!.Value;
        Assert.InRange(share, published - 0.5, published + 0.5);
        Assert.Equal(exact, share, 10);
        Assert.Equal(15356, shares.Total.Millions);
        Assert.Equal(ShareCoverage.Verified, shares.Coverage);
        Assert.Equal(["Russia", "France", "United States", "Others (11)"], shares.Rows.Select(r => r.Label));
    }

    [Fact]
    public void India2017To2021_TotalRowDenominator_GivesTheSameShares()
    {
        // India's Total row sums to 15356 in 2017-2021, like its supplier rows: the two denominators agree here.
        var shares = Arms.SupplierShares(Arms.Actor("India"), Recent, denominator: ShareDenominator.SipriTotalRow);
        Assert.Equal(15356, shares.Total.Millions);
        Assert.Equal(46.02761135712425, shares.PercentOf(Arms.Actor("Russia"))!.Value, 10);
    }

    [Fact]
    public void Pakistan2017To2021_ChinaShare_MatchesTheFactSheet()
    {
        // Fact sheet: China 72% of Pakistan's imports. python3: 2931/4071*100 = 71.99705232129698 (supplier rows);
        // 2931/4069*100 = 72.03244040304743 (SIPRI's Total row, 2 lower by rounding).
        var pakistan = Arms.Actor("Pakistan");
        var china = Arms.Actor("China");
        var byRows = Arms.SupplierShares(pakistan, Recent).PercentOf(china)!.Value;
        var byTotalRow = Arms.SupplierShares(pakistan, Recent, denominator: ShareDenominator.SipriTotalRow).PercentOf(china)!.Value;

        Assert.InRange(byRows, 71.5, 72.5);
        Assert.InRange(byTotalRow, 71.5, 72.5);
        Assert.Equal(71.99705232129698, byRows, 10);
        Assert.Equal(72.03244040304743, byTotalRow, 10);
    }

    [Fact]
    public void India_ComparedWithTheEarlierWindow_MatchesTheFactSheet()
    {
        // Fact sheet: India's imports fell by 21% from 2012-2016 to 2017-2021; Russia's share fell from 69% to 46%.
        // python3: (15356 - 19348) / 19348 * 100 = -20.632623526979533; 13318/19348*100 = 68.83398800909654.
        var comparison = Arms.CompareSupplierShares(Arms.Actor("India"), Earlier, Recent, top: 3);

        Assert.Equal(-20.632623526979533, comparison.PercentChange!.Value, 10);
        Assert.InRange(comparison.PercentChange!.Value, -21.5, -20.5);
        var russia = comparison.Rows.Single(r => r.Label == "Russia");
        Assert.Equal(68.83398800909654, russia.FirstPercent!.Value, 10);
        Assert.Equal((1, 1), (russia.FirstRank!.Value, russia.SecondRank!.Value));
        // France: 393 (2.03%, 5th) -> 4198 (27.34%, 2nd). python3: sorted 2012-2016 supplier sums put France 5th.
        var france = comparison.Rows.Single(r => r.Label == "France");
        Assert.Equal((5, 2, 3), (france.FirstRank!.Value, france.SecondRank!.Value, france.RankChange!.Value));
        // Top 3 of 2017-2021 (Russia, France, United States) and of 2012-2016 (Russia, United States, Israel); python3:
        // 17 distinct suppliers delivered in either window, so 13 are grouped as others.
        Assert.Equal(["Russia", "France", "United States", "Israel", "Others (13)"], comparison.Rows.Select(r => r.Label));
    }

    [Fact]
    public void Concentration_IndiaAndPakistan2017To2021_MatchIndependentComputation()
    {
        // python3: sum((v / total) ** 2) over every supplier row with deliveries in 2017-2021:
        // India 0.30905389403295075 (14 suppliers), Pakistan 0.5301949714599756 (13 suppliers).
        var india = Arms.SupplierShares(Arms.Actor("India"), Recent).Concentration;
        var pakistan = Arms.SupplierShares(Arms.Actor("Pakistan"), Recent).Concentration;
        Assert.Equal(0.30905389403295075, india.Index!.Value, 12);
        Assert.Equal(14, india.Partners);
        Assert.Equal(0.5301949714599756, pakistan.Index!.Value, 12);
        Assert.Equal(13, pakistan.Partners);
    }

    [Fact]
    public void RussiaToIndia2012_IsThePapers3Point8Billion()
    {
        // The paper's "3.8 billion" in 2012 is SIPRI's 3798 TIV million (a volume indicator, not US$).
        var russia = Arms.Actor("Russia");
        var india = Arms.Actor("India");
        Assert.Equal(3798, Arms.Total(YearRange.Parse("2012"), russia, india).Millions);
        Assert.Equal(3798, Arms.Series(russia, india)[2012].Millions);
    }

    [Fact]
    public void ShippedExtract_HasNoWorldTotal_SoWorldSharesAreRefused()
    {
        var e = Assert.Throws<DataCoverageException>(() => Arms.WorldExportShare(Arms.Actor("Russia"), Recent));
        Assert.StartsWith("A share of world exports needs SIPRI's world total", e.Message, StringComparison.Ordinal);
    }

    [SharedDataTheory]
    // Fact sheet: United States 39%, Russia 19%, France 11%, China 4.6%, Germany 4.5% of world exports, 2017-2021.
    // python3 over the 260 by-recipient tables (supplier rows 2017-2021) and all.csv (world Total row):
    // United States 52512, Russia 25300, France 14496, China 6271, Germany 6152; rows sum 136095; Total row 136022.
    [InlineData("United States", 39, 0.5, 52512)]
    [InlineData("Russia", 19, 0.5, 25300)]
    [InlineData("France", 11, 0.5, 14496)]
    [InlineData("China", 4.6, 0.05, 6271)]
    [InlineData("Germany", 4.5, 0.05, 6152)]
    public void WorldShares2017To2021_FullRelease_MatchTheFactSheet(string supplier, double published, double tolerance, double tiv)
    {
        var arms = FullRelease.Value;
        var actor = arms.Actor(supplier);
        var byRows = arms.WorldExportShare(actor, Recent);
        var byTotalRow = arms.WorldExportShare(actor, Recent, ShareDenominator.SipriTotalRow);

        Assert.Equal(tiv, byRows.Exports.Millions);
        Assert.Equal(136095, byRows.World.Millions);
        Assert.Equal(136022, byTotalRow.World.Millions);
        Assert.Equal(tiv / 136095 * 100, byRows.Percent!.Value, 10);
        Assert.InRange(byRows.Percent!.Value, published - tolerance, published + tolerance);
        Assert.InRange(byTotalRow.Percent!.Value, published - tolerance, published + tolerance);
    }

    private static readonly Lazy<ArmsTransfers> FullRelease = new(() => SipriTivTableReader.Read(SharedData.Path("sipri-tiv", "by-recipient-2022-04-22")));
}
