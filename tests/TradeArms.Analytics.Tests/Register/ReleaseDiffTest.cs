using TradeArms.Register;
using TradeArms.Rendering;
using TradeArms.Tests.Infrastructure;
using static TradeArms.Tests.Register.RegisterFiles;
using static TradeArms.Tests.Register.SharedReleases;

namespace TradeArms.Tests.Register;

/// <summary>
/// <see cref="ReleaseDiff"/> and <see cref="TivMovementTable"/>, the results behind <c>arms register-diff</c>: on
/// hand-made releases (figures added up by hand) and on SIPRI's 2024 and 2026 full registers, where the sums of
/// 'SIPRI TIV of delivered weapons' over Russia's deals to Pakistan were taken with python3's csv module over the raw
/// files: 9 deals, 814.99 (2024-10-13) and 843.59 (2026-05-18).
/// </summary>
public class ReleaseDiffTest
{
    private static readonly Lazy<ReleaseComparison> s_2024To2026 = new(() => ReleaseComparison.Compare(Full2024, Full2026));

    // Older: Mi-35M, RD-33, Su-30MKI (no deliveries), frigate, T-34-85. Newer: RD-33 one more delivery (+26.4), the
    // Su-30MKI order gone, the T-34-85 reassigned to China, a new Z-10ME (72).
    private static readonly TradeRegister Old = TradeRegisterReader.Parse(FiveDeals, "old.csv");

    private static readonly TradeRegister New = TradeRegisterReader.Parse(Full(
        Mi35,
        "Pakistan,Russia,2004,?,250,?,RD-33,turbofan,206,,2007; 2008; 2023; 2024,New,RD-93 version; for JF-17 combat aircraft from China,2.2,550,453.2",
        NoNumberOrdered,
        "Pakistan,China,1966,,25,,T-34-85,tank,25,,1966,Second hand,,0.6,15,15",
        "Pakistan,China,2022,,6,,Z-10ME,combat helicopter,6,,2024,New,,12,72,72"), "new.csv");

    private static readonly ReleaseComparison Small = ReleaseComparison.Compare(Old, New);

    [Fact]
    public void Csv_OneRowPerChangedFieldAndPerDeal()
    {
        Assert.Equal(
            "kind,rule,recipient,supplier,order_year,designation,description,field,old,new,old_location,new_location\n"
            + "changed,fullKey,Pakistan,Russia,2004,RD-33,turbofan,numberDelivered,194,206,old.csv:14,new.csv:14\n"
            + "changed,fullKey,Pakistan,Russia,2004,RD-33,turbofan,numberDeliveredIsEstimate,yes,no,old.csv:14,new.csv:14\n"
            + "changed,fullKey,Pakistan,Russia,2004,RD-33,turbofan,deliveryYears,2007; 2008; 2023,2007; 2008; 2023; 2024,old.csv:14,new.csv:14\n"
            + "changed,fullKey,Pakistan,Russia,2004,RD-33,turbofan,deliveredTiv,426.8,453.2,old.csv:14,new.csv:14\n"
            + "changed,withoutSupplier,Pakistan,Soviet Union,1966,T-34-85,tank,supplier,Soviet Union,China,old.csv:17,new.csv:16\n"
            + "added,,Pakistan,China,2022,Z-10ME,combat helicopter,,,,,new.csv:17\n"
            + "removed,,India,Russia,2024,Su-30MKI,FGA aircraft,,,,old.csv:15,\n",
            CsvRenderer.Render(Small.Select(), CsvLayout.Data));
    }

    [Fact]
    public void Summary_CountsRulesAndTheTivOfDealsAddedAndRemoved()
    {
        var diff = Small.Select();
        Assert.True(diff.HasDifferences);
        Assert.Equal(
        [
            "all deals: 1 added, 1 removed, 2 changed, 0 ambiguous groups, 2 unchanged.", // Mi-35M and the frigate
            "Matched by: fullKey 3, withoutSupplier 1.",
            "TIV delivered by the deals added: 72; by the deals removed: 0 (TIV million).",
        ], ((IAnalysisResult)diff).Summary);
        Assert.Equal("Changes in SIPRI's Trade Register, release generated 2024-10-13 (5 deals) -> 2024-10-13 (5 deals): all deals", diff.Title);
        Assert.Equal(TableRenderer.Render(diff), diff.ToString());
    }

    [Fact]
    public void Select_BySupplier_KeepsADealThatLeftIt()
    {
        // The T-34-85 was the Soviet Union's in the older release and is China's in the newer: selected for both.
        var soviet = Small.Select(supplier: Old.Actor("Soviet Union"));
        Assert.Equal(["T-34-85"], soviet.Changed.Select(c => c.Old.Designation));
        Assert.Empty(soviet.Added);
        var china = Small.Select(supplier: New.Actor("China"));
        Assert.Equal(["T-34-85"], china.Changed.Select(c => c.Old.Designation));
        Assert.Equal(["Z-10ME"], china.Added.Select(d => d.Designation));
        Assert.Empty(china.Removed);
        Assert.Equal("deals from China", china.Selection);
        Assert.Equal("deals from China: 1 added, 0 removed, 1 changed, 0 ambiguous groups.", ((IAnalysisResult)china).Summary[0]);
        var movement = Assert.Single(china.BySupplier.Movements);
        Assert.Equal((600, 687, 72, 15), (movement.Old.Millions, movement.New.Millions, movement.Added, movement.Revised)); // frigate 600; + 72 added, + 15 moved in
    }

    [Fact]
    public void Movements_RenderAsATableWithSignedChanges()
    {
        Assert.Equal(
            "TIV delivered by supplier, release generated 2024-10-13 (5 deals) -> 2024-10-13 (5 deals): all deals, largest movements first\n"
            + "Supplier        Old    New  Change  Added  Removed  Revision  Ambiguous change\n"
            + "------------  -----  -----  ------  -----  -------  --------  ----------------\n"
            + "China           600    687     +87     72        0       +15                 0\n" // frigate 600 in both; Z-10ME 72, T-34-85 15
            + "Russia        472.8  499.2   +26.4      0        0     +26.4                 0\n" // 46 + 426.8 (+ Su-30MKI none) -> 46 + 453.2
            + "Soviet Union     15      0     -15      0        0       -15                 0\n"
            + "Unit: TIV million.\n"
            + "Change = new - old = added - removed + revision (matched deals) + ambiguous change (deals not matched).\n"
            + "Source: SIPRI Arms Transfers Database, Stockholm International Peace Research Institute, https://www.sipri.org/databases/armstransfers; Generated: 13 October 2024.\n",
            TableRenderer.Render(Small.Select().BySupplier));
        var top = Small.Select().BySupplier.Largest(2);
        Assert.Equal(["China", "Russia"], top.Movements.Select(m => m.Actor.Name));
        Assert.Contains("The 2 largest of 3 movements.", ((IAnalysisResult)top).Notes);
        Assert.Same(top, top.Largest(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => top.Largest(0));
    }

    [SharedDataFact]
    public void Releases2024And2026_RussiaToPakistan()
    {
        var comparison = s_2024To2026.Value;
        var diff = comparison.Select(Full2026.Actor("Russia"), Full2026.Actor("Pakistan"));
        var rd33 = Assert.Single(diff.Changed);
        Assert.Equal("RD-33", rd33.Old.Designation);
        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        var russia = Assert.Single(diff.BySupplier.Movements);
        Assert.Equal(814.99, russia.Old.Millions, 6);
        Assert.Equal(843.59, russia.New.Millions, 6);
        Assert.Equal(28.6, russia.Revised, 6); // RD-33: 426.8 -> 455.4
        var text = TableRenderer.Render(diff.BySupplier);
        Assert.Contains("Russia    814.99  843.59   +28.6      0        0     +28.6                 0\n", text, StringComparison.Ordinal);
        var csv = CsvRenderer.Render(diff, CsvLayout.Data).Split('\n');
        Assert.Equal(5, csv.Length); // header, three changed fields, final line break
        Assert.StartsWith("changed,fullKey,Pakistan,Russia,2004,RD-33,turbofan,numberDelivered,194,207,trade-register.csv:", csv[1], StringComparison.Ordinal);
        Assert.StartsWith("changed,fullKey,Pakistan,Russia,2004,RD-33,turbofan,deliveredTiv,426.8,455.4,", csv[3], StringComparison.Ordinal);
        Assert.Equal(
            "deals from Russia to Pakistan: 0 added, 0 removed, 1 changed, 0 ambiguous groups.",
            ((IAnalysisResult)diff).Summary[0]);
        Assert.StartsWith("Matched by, over every deal of the two releases: fullKey ", ((IAnalysisResult)diff).Summary[1], StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Releases2024And2026_EveryDealIsARowAndTheAddedTivAddsUpBySupplier()
    {
        var comparison = s_2024To2026.Value;
        var diff = comparison.Select();
        Assert.Equal((2569, 610, 15864, 27), (diff.Added.Length, diff.Removed.Length, diff.Changed.Length, diff.Ambiguous.Length));
        Assert.Equal(
            diff.Changed.Sum(c => c.Changes.Length) + 2569 + 610 + diff.Ambiguous.Sum(a => a.Old.Length + a.New.Length),
            diff.ToDataFrame().Rows.Count);
        Assert.Equal("all deals: 2569 added, 610 removed, 15864 changed, 27 ambiguous groups, 11430 unchanged.", ((IAnalysisResult)diff).Summary[0]);
        // The summary's totals, against the movements by supplier (summed per actor by another path).
        var added = TradeArms.Text.NumberText.Format(diff.BySupplier.Movements.Sum(m => m.Added), "N2", null);
        var removed = TradeArms.Text.NumberText.Format(diff.BySupplier.Movements.Sum(m => m.Removed), "N2", null);
        Assert.Equal($"TIV delivered by the deals added: {added}; by the deals removed: {removed} (TIV million).", ((IAnalysisResult)diff).Summary[2]);
        var top = diff.BySupplier.Largest(10);
        Assert.Equal(10, top.ToDataFrame().Rows.Count);
        Assert.Contains($"The 10 largest of {diff.BySupplier.Movements.Length} movements.", ((IAnalysisResult)top).Notes);
    }
}
