using Microsoft.Data.Analysis;
using TradeArms.Sipri;
using static TradeArms.Tests.Sipri.SipriTables;

namespace TradeArms.Tests.Sipri;

/// <summary>Shares, concentration and rank changes on hand-made tables (every expected value computed by hand).</summary>
public class SharesTest
{
    private static readonly YearRange All = YearRange.Parse("2017-2019");

    [Fact]
    public void SupplierShares_SumOfRows_HandComputed()
    {
        // Rows sum to 80: Russia 60/80 = 75%, France 10/80 = 12.5%, Israel 12.5%, United States 0 (under 0.5) = 0%.
        var arms = India();
        var shares = arms.SupplierShares(arms.Actor("India"), All);

        Assert.Equal(ShareDenominator.SumOfRows, shares.Denominator);
        Assert.Equal(80, shares.Total.Millions);
        Assert.Equal(80, shares.SumOfRows.Millions);
        Assert.Equal(81, shares.PrintedTotal!.Value.Millions);
        Assert.Equal(["Russia", "France", "Israel", "United States"], shares.Partners.Select(p => p.Label));
        Assert.Equal([75.0, 12.5, 12.5, 0.0], shares.Partners.Select(p => p.Percent!.Value));
        Assert.Equal(100, shares.Partners.Sum(p => p.Percent!.Value), 12);
        Assert.Equal(Measure.TivMillions, shares.Measure);
        Assert.Equal(All, shares.Window);
    }

    [Fact]
    public void SupplierShares_TiesShareARank_AndTheNextRankIsSkipped()
    {
        // France and Israel both delivered 10: ranks 1, 2, 2, 4 (France before Israel by name).
        var arms = India();
        Assert.Equal([1, 2, 2, 4], arms.SupplierShares(arms.Actor("India"), All).Partners.Select(p => p.Rank!.Value));
    }

    [Fact]
    public void SupplierShares_SipriTotalRow_DiffersByRounding()
    {
        // Printed Total row 81: Russia 60/81 = 74.074%, France 10/81 = 12.346%; shares add up to 80/81 = 98.765%.
        var arms = India();
        var shares = arms.SupplierShares(arms.Actor("India"), All, denominator: ShareDenominator.SipriTotalRow);

        Assert.Equal(81, shares.Total.Millions);
        Assert.Equal(6000.0 / 81, shares.PercentOf(arms.Actor("Russia"))!.Value, 12);
        Assert.Equal(1000.0 / 81, shares.PercentOf(arms.Actor("France"))!.Value, 12);
        Assert.Equal(8000.0 / 81, shares.Partners.Sum(p => p.Percent!.Value), 10);
        Assert.Contains("SIPRI rounds cells and totals separately", shares.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SupplierShares_TopN_GroupsTheRestAsOthers()
    {
        // Top 1: Russia 60 (75%); others = France 10 + Israel 10 + United States 0 = 20 (25%), 3 suppliers.
        var arms = India();
        var shares = arms.SupplierShares(arms.Actor("India"), All, top: 1);

        Assert.Equal(2, shares.Rows.Length);
        var others = shares.Rows[1];
        Assert.True(others.IsOthers);
        Assert.Null(others.Rank);
        Assert.Equal(3, others.Partners);
        Assert.Equal(20, others.Volume.Millions);
        Assert.Equal(25, others.Percent);
        Assert.Equal("Others (3)", others.Label);
        Assert.Equal(4, shares.Partners.Length);
    }

    [Fact]
    public void SupplierShares_TopNAtLeastThePartnerCount_HasNoOthersRow()
    {
        var arms = India();
        Assert.DoesNotContain(arms.SupplierShares(arms.Actor("India"), All, top: 4).Rows, r => r.IsOthers);
        Assert.DoesNotContain(arms.SupplierShares(arms.Actor("India"), All, top: 10).Rows, r => r.IsOthers);
    }

    [Fact]
    public void SupplierShares_TopZero_IsRejected()
    {
        var arms = India();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => arms.SupplierShares(arms.Actor("India"), All, top: 0));
        Assert.StartsWith("Top N needs N of at least 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SupplierShares_SubWindow_HandComputed()
    {
        // 2018-2019: Russia 50, Israel 10, France 5 = 65: 76.923%, 15.385%, 7.692% (50/65, 10/65, 5/65).
        var arms = India();
        var shares = arms.SupplierShares(arms.Actor("India"), YearRange.Parse("2018-2019"));
        Assert.Equal(["Russia", "Israel", "France"], shares.Partners.Select(p => p.Label));
        Assert.Equal(5000.0 / 65, shares.Partners[0].Percent!.Value, 12);
        Assert.Equal(1000.0 / 65, shares.Partners[1].Percent!.Value, 12);
        Assert.Equal(500.0 / 65, shares.Partners[2].Percent!.Value, 12);
    }

    [Fact]
    public void SupplierShares_SingleYear_Works()
    {
        // 2017 alone: Russia 10, France 5, United States 0 = 15: 66.667%, 33.333%, 0%.
        var arms = India();
        var shares = arms.SupplierShares(arms.Actor("India"), YearRange.Parse("2017"));
        Assert.Equal(200.0 / 3, shares.PercentOf(arms.Actor("Russia"))!.Value, 12);
        Assert.Equal(0, shares.PercentOf(arms.Actor("Israel")));
    }

    [Fact]
    public void SupplierShares_WindowLargerThanData_IsRejected()
    {
        var arms = India();
        var e = Assert.Throws<WindowOutsideDataException>(() => arms.SupplierShares(arms.Actor("India"), YearRange.Parse("2015-2019")));
        Assert.Equal(YearRange.Parse("2017-2019"), e.Available);
        Assert.StartsWith("The window 2015-2019 is outside the data: the SIPRI data (", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SupplierShares_UnknownName_ThrowsActorNotFound()
    {
        var arms = India();
        Assert.Throws<ActorNotFoundException>(() => arms.SupplierShares(arms.Actor("Narnia"), All));
    }

    [Fact]
    public void SupplierShares_ActorWithoutDeliveries_IsEmptyWithANoteNotAnError()
    {
        var arms = India();
        var shares = arms.SupplierShares(arms.Actor("Norway"), All);

        Assert.Empty(shares.Rows);
        Assert.Equal(0, shares.Total.Millions);
        Assert.Null(shares.PercentOf(arms.Actor("Russia")));
        Assert.Null(shares.Concentration.Index);
        Assert.Equal(ShareCoverage.Unverified, shares.Coverage);
        Assert.Contains("No deliveries to Norway in 2017-2019 in the loaded data.", shares.Notes);
    }

    [Fact]
    public void SupplierShares_ByIsoCodeAndAlias_SameAsByName()
    {
        var arms = India();
        var byName = arms.SupplierShares(arms.Actor("India"), All);
        // ImmutableArray compares by reference: compare the elements.
        Assert.Equal(byName.Partners.ToList(), arms.SupplierShares(arms.Actor("IND"), All).Partners.ToList());
    }

    [Fact]
    public void Coverage_RowsAgreeWithTotalRowWithinRounding_IsVerified()
    {
        var arms = India();
        var shares = arms.SupplierShares(arms.Actor("India"), All);
        Assert.Equal(ShareCoverage.Verified, shares.Coverage);
        Assert.Empty(shares.Notes);
    }

    [Fact]
    public void Coverage_RowsShortOfTotalRow_IsIncompleteAndNamesTheYear()
    {
        // 2018 printed 40 but rows give 30 (2 cells: tolerance 1.5): a row is missing.
        var arms = SipriTivTableReader.Parse(Table("to", "India", 2017, 2019,
            "Russia,10,20,30,60", "France,5,,5,10", "Israel,,10,,10", "", "Total,15,40,35,90"), "short.csv");
        var shares = arms.SupplierShares(arms.Actor("India"), All);

        Assert.Equal(ShareCoverage.Incomplete, shares.Coverage);
        Assert.Equal(
            "The loaded rows of India's imports differ from SIPRI's printed total beyond rounding (2018: rows 30, printed 40): rows are missing, or the files are of different releases.",
            Assert.Single(shares.Notes));
    }

    [Fact]
    public void Coverage_NoPrintedTotal_IsUnverified_AndTheTotalRowDenominatorIsRefused()
    {
        var arms = TidyTivCsv.Parse("supplier,recipient,year,tiv\nRussia,India,2017,10\nFrance,India,2017,5\n", "tidy.csv");
        var india = arms.Actor("India");
        var shares = arms.SupplierShares(india, YearRange.Parse("2017"));

        Assert.Equal(ShareCoverage.Unverified, shares.Coverage);
        Assert.Null(shares.PrintedTotal);
        Assert.Equal(200.0 / 3, shares.PercentOf(arms.Actor("Russia"))!.Value, 12);
        var e = Assert.Throws<DataCoverageException>(() => arms.SupplierShares(india, YearRange.Parse("2017"), denominator: ShareDenominator.SipriTotalRow));
        Assert.Equal(
            "SIPRI's Total row of India's imports is not in the loaded data (load SIPRI's table 'TIV of arms exports to India', or its table for 'all'), so shares of SIPRI's printed Total row cannot be computed; take shares of the sum of the rows.",
            e.Message);
    }

    [Fact]
    public void RecipientShares_SupplierMarkets_HandComputed()
    {
        // Russia's exports 2017-2019: India 60, China 30, Viet Nam 10 = 100: 60%, 30%, 10%.
        var arms = RussiaExports();
        var markets = arms.RecipientShares(arms.Actor("Russia"), All);

        Assert.Equal(ShareBreakdown.ExportsByRecipient, markets.Breakdown);
        Assert.Equal("recipient", markets.PartnerRole);
        Assert.Equal(["India", "China", "Viet Nam"], markets.Partners.Select(p => p.Label));
        Assert.Equal([60.0, 30.0, 10.0], markets.Partners.Select(p => p.Percent!.Value));
        Assert.Equal(ShareCoverage.Verified, markets.Coverage);
    }

    [Fact]
    public void Herfindahl_HandComputed_OnBothScales()
    {
        // Shares of the row sum 80: 0.75, 0.125, 0.125, 0 -> 0.5625 + 0.015625 + 0.015625 = 0.59375 (5937.5 points);
        // 1 / 0.59375 = 1.68421... equal-sized suppliers. The top-N grouping plays no part.
        var arms = India();
        var hhi = arms.SupplierShares(arms.Actor("India"), All, top: 1).Concentration;

        Assert.Equal(0.59375, hhi.Index!.Value, 12);
        Assert.Equal(5937.5, hhi.Points!.Value, 9);
        Assert.Equal(1 / 0.59375, hhi.EquivalentPartners!.Value, 12);
        Assert.Equal(4, hhi.Partners);
    }

    [Fact]
    public void Herfindahl_IgnoresTheDenominatorChoice()
    {
        var arms = India();
        var india = arms.Actor("India");
        Assert.Equal(arms.SupplierShares(india, All).Concentration.Index,
            arms.SupplierShares(india, All, denominator: ShareDenominator.SipriTotalRow).Concentration.Index);
    }

    [Fact]
    public void Herfindahl_SinglePartner_IsOneOr10000()
    {
        var arms = TidyTivCsv.Parse("supplier,recipient,year,tiv\nChina,Pakistan,2020,7\n", "one.csv");
        var hhi = arms.SupplierShares(arms.Actor("Pakistan"), YearRange.Parse("2020")).Concentration;
        Assert.Equal(1, hhi.Index);
        Assert.Equal(10000, hhi.Points);
        Assert.Equal(1, hhi.EquivalentPartners);
    }

    [Fact]
    public void Herfindahl_EqualPartners_IsOneOverN()
    {
        // Four suppliers of 5 each: 4 x 0.25^2 = 0.25, 2500 points, 4 equivalent partners.
        var arms = TidyTivCsv.Parse("supplier,recipient,year,tiv\nChina,Pakistan,2020,5\nTurkey,Pakistan,2020,5\nSweden,Pakistan,2020,5\nItaly,Pakistan,2020,5\n", "eq.csv");
        var hhi = arms.SupplierShares(arms.Actor("Pakistan"), YearRange.Parse("2020")).Concentration;
        Assert.Equal(0.25, hhi.Index!.Value, 12);
        Assert.Equal(2500, hhi.Points!.Value, 9);
        Assert.Equal(4, hhi.EquivalentPartners!.Value, 12);
    }

    [Fact]
    public void Compare_HandComputed_TotalChangeSharesAndRankChanges()
    {
        // 2017: Russia 10, France 5, United States 0 = 15. 2018-2019: Russia 50, Israel 10, France 5 = 65.
        // A 1-year window against a 2-year one: the change compares per-year averages, 15 and 32.5 per year,
        // (32.5 - 15) / 15 = +116.67% (the totals would give a meaningless +333%). France: rank 2 -> 3 (RankChange -1),
        // 33.33% -> 7.69%, volume 5 per year -> 2.5 per year = -50%.
        // Israel: new (no first rank, first share 0%). United States: gone (no second rank, second share 0%).
        var arms = India();
        var comparison = arms.CompareSupplierShares(arms.Actor("India"), YearRange.Parse("2017"), YearRange.Parse("2018-2019"));

        Assert.Equal(15, comparison.FirstTotal.Millions);
        Assert.Equal(65, comparison.SecondTotal.Millions);
        Assert.True(comparison.ComparesPerYearAverages);
        Assert.Equal(350.0 / 3, comparison.PercentChange!.Value, 10);
        Assert.StartsWith("The windows differ in length (2017 has 1 year, 2018-2019 2): the change compares per-year averages (15 and 32.5 TIV million per year), not totals.", comparison.Notes[0], StringComparison.Ordinal);
        Assert.Contains("Total: 15 in 2017, 65 in 2018-2019: +116.7% (per-year averages)", comparison.ToString(), StringComparison.Ordinal);
        Assert.Equal(["Russia", "Israel", "France", "United States"], comparison.Rows.Select(r => r.Label));
        var france = comparison.Rows[2];
        Assert.Equal((2, 3, -1), (france.FirstRank!.Value, france.SecondRank!.Value, france.RankChange!.Value));
        Assert.Equal(100.0 / 3, france.FirstPercent!.Value, 12);
        Assert.Equal(500.0 / 65, france.SecondPercent!.Value, 12);
        Assert.Equal(500.0 / 65 - 100.0 / 3, france.PointChange!.Value, 12);
        Assert.Equal(-50, france.VolumePercentChange!.Value, 12);
        var israel = comparison.Rows[1];
        Assert.Null(israel.FirstRank);
        Assert.Equal(0, israel.FirstPercent);
        Assert.Null(israel.RankChange);
        Assert.Null(israel.VolumePercentChange);
        var us = comparison.Rows[3];
        Assert.Null(us.SecondRank);
        Assert.Equal(0, us.SecondPercent);
    }

    [Fact]
    public void Compare_TopN_ListsTheTopOfEitherWindowThenOthers()
    {
        // Top 1 of either window is Russia; others: 2017 France 5 + US 0 = 5 (33.33%), 2018-2019 Israel 10 + France 5 = 15 (23.08%).
        var arms = India();
        var comparison = arms.CompareSupplierShares(arms.Actor("India"), YearRange.Parse("2017"), YearRange.Parse("2018-2019"), top: 1);

        Assert.Equal(["Russia", "Others (3)"], comparison.Rows.Select(r => r.Label));
        var others = comparison.Rows[1];
        Assert.Equal(5, others.FirstVolume.Millions);
        Assert.Equal(15, others.SecondVolume.Millions);
        Assert.Equal(100.0 / 3, others.FirstPercent!.Value, 12);
        Assert.Equal(1500.0 / 65, others.SecondPercent!.Value, 12);
    }

    [Fact]
    public void Compare_FromAnEmptyWindow_ChangeIsUndefinedWithAReason()
    {
        var arms = SipriTivTableReader.Parse(Table("to", "India", 2017, 2019, "Russia,,,10,10", "", "Total,,,10,10"), "t.csv");
        var comparison = arms.CompareSupplierShares(arms.Actor("India"), YearRange.Parse("2017-2018"), YearRange.Parse("2019"));
        Assert.Null(comparison.PercentChange);
        Assert.Equal("the total of 2017-2018 is 0", comparison.Reason);
    }

    [Fact]
    public void ShareTable_ToString_IsAPrintableTable()
    {
        var arms = India();
        var text = arms.SupplierShares(arms.Actor("India"), All, top: 2).ToString();
        Assert.Equal(
            "India's arms imports by supplier, 2017-2019 (TIV million; shares of the sum of supplier rows)\n" +
            // The one TableRenderer: the DataFrame's columns in words with units, the summary lines, then unit, window and source.
            "Rank  Supplier  Partners  TIV (million)  Share (%)\n" +
            "----  --------  --------  -------------  ---------\n" +
            "   1  Russia           1             60       75.0\n" +
            "   2  France           1             10       12.5\n" +
            " n/a  Others           2             10       12.5\n" +
            "Total: 80 TIV million (100.0%).\n" +
            "Concentration: HHI 0.594 (5938 on the 0-10000 scale; 4 suppliers, equivalent to 1.7 equal ones)\n" +
            // Volumes 60, 10, 10, <0.5 (as 0): Theil 0.75 ln 3 + 0.25 ln 0.5 = 0.6507; Gini 2 (0 + 20 + 30 + 240) / 320 - 5/4 = 0.5625.
            "Concentration beyond HHI: CR1 0.750, CR3 1.000, Theil 0.651, Gini 0.563 over 4 partners\n" +
            "Coverage: every year agrees with SIPRI's printed total within rounding.\n" +
            "Unit: TIV million.\n" +
            "Window: 2017-2019.\n" +
            "Source: SIPRI Arms Transfers Database, Stockholm International Peace Research Institute, https://www.sipri.org/databases/armstransfers; Generated: 22 April 2022.\n",
            text);
    }

    [Fact]
    public void ShareTable_ToDataFrame_HasTypedColumns()
    {
        var arms = India();
        var frame = arms.SupplierShares(arms.Actor("India"), All, top: 1).ToDataFrame();

        Assert.Equal(["rank", "supplier", "partners", "tiv", "share", "status"], frame.Columns.Select(c => c.Name));
        Assert.Equal("reported", frame.Columns["status"][0]);
        Assert.IsType<Int32DataFrameColumn>(frame.Columns["rank"]);
        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal("Russia", frame.Columns["supplier"][0]);
        Assert.Equal(75.0, frame.Columns["share"][0]);
        Assert.Null(frame.Columns["rank"][1]);
        Assert.Equal("Others", frame.Columns["supplier"][1]);
        Assert.Equal(3, frame.Columns["partners"][1]);
    }

    [Fact]
    public void ShareComparison_ToDataFrame_HasBothWindows()
    {
        var arms = India();
        var frame = arms.CompareSupplierShares(arms.Actor("India"), YearRange.Parse("2017"), YearRange.Parse("2018-2019")).ToDataFrame();
        Assert.Equal(["supplier", "partners", "first_tiv", "first_share", "first_rank", "second_tiv", "second_share", "second_rank", "rank_change",
            "first_status", "second_status"], frame.Columns.Select(c => c.Name));
        Assert.Equal(-1, frame.Columns["rank_change"][2]);
        Assert.Null(frame.Columns["first_rank"][1]);
    }

    [Fact]
    public void WorldShare_WithoutSipriWorldTotal_SaysWhatIsMissing()
    {
        var arms = India();
        var e = Assert.Throws<DataCoverageException>(() => arms.WorldExportShare(arms.Actor("Russia"), All));
        Assert.StartsWith("A share of world exports needs SIPRI's world total", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WorldShare_HandComputed_WithTheAllTable()
    {
        // By hand: SIPRI's "all" table prints the world total 35, 40, 40 = 115 (and each recipient's total); Russia's
        // table gives its exports 20, 40, 40 = 100; France's gives 15 (India, 2017). Russia 100/115 = 86.957%,
        // France 15/115 = 13.043%. With only Russia's table loaded the rows sum to 100, not the world's 115.
        var all = Table("to", "all", 2017, 2019, "India,25,20,30,75", "China,10,10,10,30", "Viet Nam,,10,,10", "", "Total,35,40,40,115");
        var russia = Table("from", "Russia", 2017, 2019, "India,10,20,30,60", "China,10,10,10,30", "Viet Nam,,10,,10", "", "Total,20,40,40,100");
        var france = Table("from", "France", 2017, 2019, "India,15,,,15", "", "Total,15,,,15");
        var builder = new ArmsTransfersBuilder();
        SipriTivTableReader.ParseInto(builder, all, "all.csv", SipriReadOptions.Default);
        SipriTivTableReader.ParseInto(builder, russia, "RUS.csv", SipriReadOptions.Default);
        var partial = builder.Build();
        var rus = partial.Actor("Russia");

        // Only Russia's cells are loaded: the printed world total is usable, the sum of rows is not.
        var printed = partial.WorldExportShare(rus, All, ShareDenominator.SipriTotalRow);
        Assert.Equal(100.0 / 115 * 100, printed.Percent!.Value, 12);
        var e = Assert.Throws<DataCoverageException>(() => partial.WorldExportShare(rus, All));
        Assert.StartsWith("The loaded rows do not add up to SIPRI's world total, so their sum is not the world:", e.Message, StringComparison.Ordinal);

        SipriTivTableReader.ParseInto(builder, france, "FRA.csv", SipriReadOptions.Default);
        var complete = builder.Build();
        var share = complete.WorldExportShare(complete.Actor("Russia"), All);
        Assert.Equal(115, share.World.Millions);
        Assert.Equal(100.0 / 115 * 100, share.Percent!.Value, 12);
        Assert.Equal(15.0 / 115 * 100, complete.WorldExportShare(complete.Actor("France"), All).Percent!.Value, 12);
        Assert.Equal(["supplier", "window", "tiv", "world_tiv", "share"], share.ToDataFrame().Columns.Select(c => c.Name));
    }

    [Fact]
    public void WorldShare_SupplierNotCompletelyLoaded_IsRefused()
    {
        var all = Table("to", "all", 2017, 2017, "India,25,25", "", "Total,25,25");
        var india = Table("to", "India", 2017, 2017, "Russia,10,10", "", "Total,10,10");
        var builder = new ArmsTransfersBuilder();
        SipriTivTableReader.ParseInto(builder, all, "all.csv", SipriReadOptions.Default);
        SipriTivTableReader.ParseInto(builder, india, "India.csv", SipriReadOptions.Default);
        var arms = builder.Build();
        var e = Assert.Throws<DataCoverageException>(() => arms.WorldExportShare(arms.Actor("Russia"), YearRange.Parse("2017"), ShareDenominator.SipriTotalRow));
        Assert.Equal("Russia's exports are not completely loaded, so its share of the world cannot be computed: load its by-exporter table ('TIV of arms exports from Russia') or the whole release.", e.Message);
    }

    [Fact]
    public void SovietUnion_StaysASeparateSupplier_UnlessMerged()
    {
        // India 1990-1993 (by hand): Soviet Union 100 (1990) + 50 (1991); Russia 30 (1992) + 20 (1993); France 50 (1993). Rows 250.
        var arms = SipriTivTableReader.Parse(Table("to", "India", 1990, 1993,
            "Soviet Union,100,50,,,150", "Russia,,,30,20,50", "France,,,,50,50", "", "Total,100,50,30,70,250"), "India.csv");
        var window = YearRange.Parse("1990-1993");
        var separate = arms.SupplierShares(arms.Actor("India"), window);
        Assert.Equal(60, separate.PercentOf(arms.Actor("Soviet Union")));
        Assert.Equal(20, separate.PercentOf(arms.Actor("Russia")));

        var merged = arms.WithSovietUnionAsRussia();
        var shares = merged.SupplierShares(merged.Actor("India"), window);
        Assert.Equal(80, shares.PercentOf(merged.Actor("Russia")));
        Assert.Equal(0, shares.PercentOf(merged.Actor("Soviet Union")));
        // India's own printed totals still hold after the merge, so coverage is still checked.
        Assert.Equal(ShareCoverage.Verified, shares.Coverage);
    }

    [Fact]
    public void Total_ActorAbsentFromTheData_IsNoDeliveriesNotEverything()
    {
        // Before the fix an actor without an id in the data widened the selection to all suppliers (80).
        var arms = India();
        Assert.Equal(Tiv.NoDeliveries, arms.Total(All, supplier: arms.Actor("Norway")));
        Assert.Equal(Tiv.NoDeliveries, arms.Total(All, recipient: arms.Actor("Norway")));
        Assert.Equal(80, arms.Total(All).Millions);
    }

    [Fact]
    public void OnlyDeliveriesUnderHalf_SharesAndHhiAreUndefinedNotZeroOrNaN()
    {
        // SIPRI printed "0" (under 0.5) for the only deliveries of the window: the volume is 0, so no share is defined.
        var arms = SipriTivTableReader.Parse(Table("to", "Pakistan", 1951, 1952, "United States,,0,0", "", "Total,,0,0"), "p.csv");
        var shares = arms.SupplierShares(arms.Actor("Pakistan"), YearRange.Parse("1951-1952"));

        var us = Assert.Single(shares.Partners);
        Assert.Equal(TivStatus.BelowHalf, us.Volume.Status);
        Assert.Null(us.Percent);
        Assert.Null(shares.Concentration.Index);
        Assert.Equal(1, shares.Concentration.Partners);
        Assert.Matches(@"\n\s+1\s+United States\s+1\s+<0\.5\s+n/a\nTotal: <0\.5 TIV million \(n/a\)\.\n", shares.ToString());
        Assert.Equal("HHI undefined (every delivery in 1951-1952 is under 0.5 TIV million)", shares.Concentration.ToString());
    }
}
