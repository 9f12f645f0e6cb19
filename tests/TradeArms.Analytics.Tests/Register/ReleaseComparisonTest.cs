using TradeArms.Register;
using static TradeArms.Tests.Register.RegisterFiles;

namespace TradeArms.Tests.Register;

/// <summary>Release comparison on hand-made releases; every expected figure is worked out by hand from the rows.</summary>
public class ReleaseComparisonTest
{
    private static readonly TradeRegister Old = TradeRegisterReader.Parse(FiveDeals, "old.csv");

    // The newer release: Mi-35M unchanged; RD-33 with one more delivery year; Su-30MKI order gone; the frigate's
    // description revised; the T-34-85 deal reassigned from the Soviet Union to China; a new Z-10ME deal.
    private static readonly TradeRegister New = TradeRegisterReader.Parse(Full(
        Mi35,
        "Pakistan,Russia,2004,?,250,?,RD-33,turbofan,206,,2007; 2008; 2023; 2024,New,RD-93 version; for JF-17 combat aircraft from China,2.2,550,453.2",
        "Pakistan,China,2020,,,,Type-054A/P,guided-missile frigate,2,,2021; 2022,New,,300,0,600",
        "Pakistan,China,1966,,25,,T-34-85,tank,25,,1966,Second hand,,0.6,15,15",
        "Pakistan,China,2022,,6,,Z-10ME,combat helicopter,6,,2024,New,,12,72,72"), "new.csv");

    private static readonly ReleaseComparison Diff = ReleaseComparison.Compare(Old, New);

    [Fact]
    public void Compare_FindsAddedRemovedChangedAndUnchanged()
    {
        Assert.Equal(["Z-10ME"], Diff.Added.Select(d => d.Designation));
        Assert.Equal(["Su-30MKI"], Diff.Removed.Select(d => d.Designation));
        Assert.Equal(["RD-33", "Type-054A/P", "T-34-85"], Diff.Changed.Select(c => c.Old.Designation));
        Assert.Equal(1, Diff.Unchanged);
        Assert.Empty(Diff.Ambiguous);
        Assert.Equal(5, Diff.OlderCount);
        Assert.Equal(5, Diff.NewerCount);
        Assert.Equal(new DateOnly(2024, 10, 13), Diff.Older.Generated);
        Assert.Equal(2, Diff.MatchesByRule[DealMatchRule.FullKey]);
        Assert.Equal(1, Diff.MatchesByRule[DealMatchRule.WithoutDescription]);
        Assert.Equal(1, Diff.MatchesByRule[DealMatchRule.WithoutSupplier]);
    }

    [Fact]
    public void Compare_ListsEachChangedFieldWithOldAndNewValues()
    {
        var rd33 = Diff.Changed[0];
        Assert.Equal(DealMatchRule.FullKey, rd33.Rule);
        Assert.Equal(
        [
            new FieldChange(DealField.NumberDelivered, "194", "206"),
            new FieldChange(DealField.NumberDeliveredIsEstimate, "yes", "no"),
            new FieldChange(DealField.DeliveryYears, "2007; 2008; 2023", "2007; 2008; 2023; 2024"),
            new FieldChange(DealField.DeliveredTiv, "426.8", "453.2"),
        ], rd33.Changes.ToArray());
        Assert.Equal(26.4, rd33.DeliveredTivChange, 9);
        Assert.True(rd33.Changed(DealField.NumberDelivered));
        Assert.False(rd33.Changed(DealField.Supplier));

        var frigate = Diff.Changed[1];
        Assert.Equal(DealMatchRule.WithoutDescription, frigate.Rule);
        Assert.Equal([new FieldChange(DealField.Description, "frigate", "guided-missile frigate")], frigate.Changes.ToArray());

        var t34 = Diff.Changed[2];
        Assert.Equal(DealMatchRule.WithoutSupplier, t34.Rule);
        Assert.Equal([new FieldChange(DealField.Supplier, "Soviet Union", "China")], t34.Changes.ToArray());
        Assert.Equal("Soviet Union -> Pakistan 1966 T-34-85 (WithoutSupplier): Supplier: Soviet Union -> China", t34.ToString());
    }

    [Fact]
    public void Compare_SummarisesHowTivDeliveredMovedBySupplier()
    {
        // China: 600 -> 600 + 15 + 72 = 687 (added 72, revised +15 for the T-34-85 deal that moved in).
        // Russia: 46 + 426.8 = 472.8 -> 46 + 453.2 = 499.2 (revised +26.4; the removed Su-30MKI order had no deliveries).
        // Soviet Union: 15 -> nothing (revised -15).
        Assert.Equal(["China", "Russia", "Soviet Union"], Diff.BySupplier.Select(m => m.Actor.Name));
        var china = Diff.BySupplier[0];
        Assert.Equal(600, china.Old.Millions);
        Assert.Equal(687, china.New.Millions);
        Assert.Equal(87, china.Difference, 9);
        Assert.Equal(72, china.Added);
        Assert.Equal(0, china.Removed);
        Assert.Equal(15, china.Revised, 9);
        var russia = Diff.BySupplier[1];
        Assert.Equal(472.8, russia.Old.Millions, 9);
        Assert.Equal(499.2, russia.New.Millions, 9);
        Assert.Equal(26.4, russia.Revised, 9);
        var soviet = Diff.BySupplier[2];
        Assert.Equal(TivStatus.NoDeliveries, soviet.New.Status);
        Assert.Equal(-15, soviet.Revised, 9);
        Assert.Equal("Soviet Union: 15 -> 0 (-15: added 0, removed 0, revised -15, ambiguous 0)", soviet.ToString());
    }

    [Fact]
    public void Compare_MovementAddsUpForEveryActor()
    {
        foreach (var m in Diff.BySupplier.Concat(Diff.ByRecipient))
        {
            Assert.Equal(m.Difference, m.Added - m.Removed + m.Revised + m.Ambiguous, 9);
        }
        var pakistan = Diff.ByRecipient.Single(m => m.Actor.Name == "Pakistan");
        Assert.Equal(1087.8, pakistan.Old.Millions, 9); // 46 + 426.8 + 600 + 15
        Assert.Equal(1186.2, pakistan.New.Millions, 9); // 46 + 453.2 + 600 + 15 + 72
    }

    [Fact]
    public void Compare_DuplicateKeys_AreSeparatedByNumberOrdered()
    {
        var old = TradeRegisterReader.Parse(Full(
            "Egypt,France,2015,,10,,Rafale,FGA aircraft,10,,2016,New,first,50,500,500",
            "Egypt,France,2015,,20,,Rafale,FGA aircraft,20,,2017,New,second,50,1000,1000"), "old.csv");
        var @new = TradeRegisterReader.Parse(Full(
            "Egypt,France,2015,,20,,Rafale,FGA aircraft,20,,2017,New,second batch,50,1000,1000",
            "Egypt,France,2015,,10,,Rafale,FGA aircraft,10,,2016,New,first batch,50,500,500"), "new.csv");
        var diff = ReleaseComparison.Compare(old, @new);
        Assert.Equal(2, diff.Changed.Length);
        Assert.Equal([new FieldChange(DealField.Comments, "first", "first batch")], diff.Changed[0].Changes.ToArray());
        Assert.Equal([new FieldChange(DealField.Comments, "second", "second batch")], diff.Changed[1].Changes.ToArray());
        Assert.Empty(diff.Ambiguous);
    }

    [Fact]
    public void Compare_IdenticalTwins_ArePairedNotAmbiguous()
    {
        const string Twin = "Argentina,United Kingdom,1978,,8,,ship engine,ship engine,8,,1981,New,for 2 ships,1,8,8";
        var diff = ReleaseComparison.Compare(TradeRegisterReader.Parse(Full(Twin, Twin), "old.csv"), TradeRegisterReader.Parse(Full(Twin, Twin), "new.csv"));
        Assert.Equal(2, diff.Unchanged);
        Assert.Empty(diff.Changed);
        Assert.Empty(diff.Ambiguous);
    }

    [Fact]
    public void Compare_UndecidableDuplicates_AreReportedAsAmbiguous()
    {
        // Two engine deals under one key; both gain a delivery year and new comments: no field singles out a partner.
        var old = TradeRegisterReader.Parse(Full(
            "India,Ukraine,2018,?,8,,ship engine,ship engine,2,,2020,New,for frigate 1,1.5,12,3",
            "India,Ukraine,2018,?,8,,ship engine,ship engine,2,,2020,New,for frigate 2,1.5,12,3"), "old.csv");
        var @new = TradeRegisterReader.Parse(Full(
            "India,Ukraine,2018,?,8,,ship engine,ship engine,4,,2020; 2021,New,for frigate A,1.5,12,6",
            "India,Ukraine,2018,?,8,,ship engine,ship engine,4,,2020; 2021,New,for frigate B,1.5,12,6"), "new.csv");
        var diff = ReleaseComparison.Compare(old, @new);
        var ambiguous = Assert.Single(diff.Ambiguous);
        Assert.Equal(DealMatchRule.FullKey, ambiguous.Rule);
        Assert.Equal("India | Ukraine | 2018 | ship engine | ship engine", ambiguous.Key);
        Assert.Equal(2, ambiguous.Old.Length);
        Assert.Equal(2, ambiguous.New.Length);
        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        Assert.Empty(diff.Changed);
        var ukraine = Assert.Single(diff.BySupplier);
        Assert.Equal(6, ukraine.Ambiguous, 9); // (6 + 6) - (3 + 3)
        Assert.Equal(6, ukraine.Difference, 9);
    }

    [Fact]
    public void Compare_RenamedWeapon_IsMatchedByNumbersAndYears()
    {
        var old = TradeRegisterReader.Parse(Full("South Korea,United States,1991,,120,,F-16C Block-50/52,FGA aircraft,120,,1994; 1995,New,,31,3720,3720"), "old.csv");
        var @new = TradeRegisterReader.Parse(Full("South Korea,United States,1991,,120,,F-16C Block-50,fighter/ground-attack aircraft,120,,1994; 1995,New,,31,3720,3720"), "new.csv");
        var change = Assert.Single(ReleaseComparison.Compare(old, @new).Changed);
        Assert.Equal(DealMatchRule.WithoutWeaponNames, change.Rule);
        Assert.Equal([DealField.Designation, DealField.Description], change.Changes.Select(c => c.Field));
    }

    [Fact]
    public void Compare_ByDeliveryYearExports_MatchByDealId()
    {
        var old = TradeRegisterReader.Parse(FiveRows, "old.csv");
        var @new = TradeRegisterReader.Parse(ByYear(Rd33In2008, Mi35In2018, Rd33In2007, Mi17In2002, Il28In1968,
            "35034,Russia,Pakistan,RD-33 (6200),turbofan,Engines,2004,Yes,3,Yes,2009,No,New,2.2,2.2,6.6,No"), "new.csv");
        var diff = ReleaseComparison.Compare(old, @new);
        var change = Assert.Single(diff.Changed);
        Assert.Equal(DealMatchRule.DealId, change.Rule);
        Assert.Equal([DealField.NumberDelivered, DealField.DeliveryYears, DealField.DeliveredTiv], change.Changes.Select(c => c.Field));
        Assert.Equal(3, diff.Unchanged);
    }

    [Fact]
    public void Compare_DifferentFormats_IsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => ReleaseComparison.Compare(Old, TradeRegisterReader.Parse(FiveRows, "by-year.csv")));
        Assert.Equal("Compare registers of one format: the older is Full, the newer ByDeliveryYear; their fields differ (comments and number ordered against category and deal id). (Parameter 'newer')", e.Message);
    }
}
