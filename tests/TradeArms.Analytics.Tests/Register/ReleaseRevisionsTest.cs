using TradeArms.Register;
using TradeArms.Tests.Infrastructure;
using static TradeArms.Tests.Register.SharedReleases;

namespace TradeArms.Tests.Register;

/// <summary>
/// Comparisons of the real full releases. The counts were reproduced independently by a python3 implementation of the
/// same documented matching rules (same passes, disambiguators and ambiguity rule) over the raw files:
/// <c>Reference/register_reference.py</c>.
/// </summary>
public class ReleaseRevisionsTest
{
    private static readonly Lazy<ReleaseComparison> s_2024To2025 = new(() => ReleaseComparison.Compare(Full2024, Full2025));
    private static readonly Lazy<ReleaseComparison> s_2025To2026 = new(() => ReleaseComparison.Compare(Full2025, Full2026));

    [SharedDataFact]
    public void From2024To2025_Counts()
    {
        var diff = s_2024To2025.Value;
        Assert.Equal((1764, 203, 17190, 10544, 9), (diff.Added.Length, diff.Removed.Length, diff.Changed.Length, diff.Unchanged, diff.Ambiguous.Length));
        Assert.Equal((14, 17), (diff.Ambiguous.Sum(a => a.Old.Length), diff.Ambiguous.Sum(a => a.New.Length)));
        Assert.Equal(
            [(DealMatchRule.FullKey, 21322), (DealMatchRule.WithoutDescription, 5643), (DealMatchRule.WithoutDesignation, 580),
             (DealMatchRule.WithoutWeaponNames, 162), (DealMatchRule.WithoutSupplier, 3), (DealMatchRule.WithoutOrderYear, 24)],
            diff.MatchesByRule.OrderBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value)));
        AssertEveryDealAccountedFor(diff);
        // The 2025 export leaves most 'Number delivered' uncertainty flags empty (2,595 '?' against 16,250 in 2024).
        Assert.Equal(13513, diff.Changed.Count(c => c.Changed(DealField.NumberDeliveredIsEstimate)));
        // The 2024 file has no order without deliveries; 2025 adds its pipeline of orders.
        Assert.Equal(0, Full2024.Deals.Count(d => d.NumberDelivered == 0));
    }

    [SharedDataFact]
    public void From2025To2026_Counts()
    {
        var diff = s_2025To2026.Value;
        Assert.Equal((990, 590, 18958, 9919, 27), (diff.Added.Length, diff.Removed.Length, diff.Changed.Length, diff.Unchanged, diff.Ambiguous.Length));
        Assert.Equal((48, 49), (diff.Ambiguous.Sum(a => a.Old.Length), diff.Ambiguous.Sum(a => a.New.Length)));
        Assert.Equal(
            [(DealMatchRule.FullKey, 20020), (DealMatchRule.WithoutDescription, 7215), (DealMatchRule.WithoutDesignation, 1100),
             (DealMatchRule.WithoutWeaponNames, 426), (DealMatchRule.WithoutSupplier, 20), (DealMatchRule.WithoutOrderYear, 96)],
            diff.MatchesByRule.OrderBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value)));
        AssertEveryDealAccountedFor(diff);
        Assert.Equal(20, diff.Changed.Count(c => c.Changed(DealField.Supplier)));
        Assert.Equal(7686, diff.Changed.Count(c => c.Changed(DealField.Description))); // e.g. APC -> armoured personnel carrier
    }

    [SharedDataFact]
    public void From2024To2026_Counts()
    {
        var diff = ReleaseComparison.Compare(Full2024, Full2026);
        Assert.Equal((2569, 610, 15864, 11430, 27), (diff.Added.Length, diff.Removed.Length, diff.Changed.Length, diff.Unchanged, diff.Ambiguous.Length));
        Assert.Equal((47, 53), (diff.Ambiguous.Sum(a => a.Old.Length), diff.Ambiguous.Sum(a => a.New.Length)));
        AssertEveryDealAccountedFor(diff);
    }

    private static void AssertEveryDealAccountedFor(ReleaseComparison diff)
    {
        var matched = diff.Changed.Length + diff.Unchanged;
        Assert.Equal(diff.OlderCount, matched + diff.Removed.Length + diff.Ambiguous.Sum(a => a.Old.Length));
        Assert.Equal(diff.NewerCount, matched + diff.Added.Length + diff.Ambiguous.Sum(a => a.New.Length));
        Assert.Equal(matched, diff.MatchesByRule.Values.Sum());
        foreach (var m in diff.BySupplier.Concat(diff.ByRecipient))
        {
            Assert.Equal(m.Difference, m.Added - m.Removed + m.Revised + m.Ambiguous, 6);
        }
    }

    [SharedDataFact]
    public void T34Deal_Of1966_MovesFromSovietUnionToChinaIn2026()
    {
        static DealChange T34(ReleaseComparison diff) => Assert.Single(diff.Changed, c => c.Old.Recipient.Name == "Pakistan" && c.Old.OrderYear.Year == 1966 && c.Old.Designation == "T-34-85");
        var early = T34(s_2024To2025.Value);
        Assert.False(early.Changed(DealField.Supplier));
        Assert.Equal("Soviet Union", early.New.Supplier.Name);
        var late = T34(s_2025To2026.Value);
        Assert.Equal(DealMatchRule.WithoutSupplier, late.Rule);
        Assert.Equal(new FieldChange(DealField.Supplier, "Soviet Union", "China"), late.Changes[0]);
        Assert.Equal(25, late.New.NumberOrdered);
        Assert.Equal(DealStatusKind.SecondHand, late.New.Status.Kind);
    }

    [SharedDataFact]
    public void EngineDeal_DeliveredCountGrowsReleaseByRelease()
    {
        static DealChange Rd33(ReleaseComparison diff) => Assert.Single(diff.Changed, c => c.Old.Recipient.Name == "Pakistan" && c.Old.Designation == "RD-33");
        var first = Rd33(s_2024To2025.Value);
        Assert.Equal(DealMatchRule.FullKey, first.Rule);
        Assert.Contains(new FieldChange(DealField.NumberDelivered, "194", "206"), first.Changes);
        Assert.Contains(new FieldChange(DealField.DeliveredTiv, "426.8", "453.2"), first.Changes);
        Assert.Equal(26.4, first.DeliveredTivChange, 6);
        var second = Rd33(s_2025To2026.Value);
        Assert.Contains(new FieldChange(DealField.NumberDelivered, "206", "207"), second.Changes);
        Assert.Contains(new FieldChange(DealField.DeliveredTiv, "453.2", "455.4"), second.Changes);
    }

    [SharedDataFact]
    public void ArvDescription_IsRevisedNotReplaced()
    {
        var spk5 = Assert.Single(s_2024To2025.Value.Changed, c => c.Old.Recipient.Name == "Pakistan" && c.Old.OrderYear.Year == 1966 && c.Old.Designation == "SPK-5");
        Assert.Equal(DealMatchRule.WithoutDescription, spk5.Rule);
        Assert.Equal(new FieldChange(DealField.Description, "ARV", "armoured recovery vehicle"), spk5.Changes[0]);
    }

    [SharedDataFact]
    public void TivMovement_RussiaAsSupplier_2025To2026()
    {
        // Sums of 'SIPRI TIV of delivered weapons' over Russia's deals (python3): 157677.37 -> 161494.37.
        var russia = Assert.Single(s_2025To2026.Value.BySupplier, m => m.Actor.Name == "Russia");
        Assert.Equal(157677.37, russia.Old.Millions, 6);
        Assert.Equal(161494.37, russia.New.Millions, 6);
        Assert.Equal(3817, russia.Difference, 6);
        var pakistan = Assert.Single(s_2025To2026.Value.ByRecipient, m => m.Actor.Name == "Pakistan");
        Assert.Equal(pakistan.Old.Millions, Full2025.ByRecipient(Full2025.Actor("Pakistan")).Sum(d => d.DeliveredTiv.Millions), 6);
    }
}
