using System.Collections.Immutable;

namespace TradeArms.Register;

/// <summary>A deal found in both releases whose published fields differ.</summary>
/// <param name="Old">The deal in the older release.</param>
/// <param name="New">The deal in the newer release.</param>
/// <param name="Rule">The key that matched them.</param>
/// <param name="Changes">The fields that differ, with old and new values.</param>
public sealed record DealChange(ArmsDeal Old, ArmsDeal New, DealMatchRule Rule, ImmutableArray<FieldChange> Changes)
{
    /// <summary>How the TIV delivered moved: new minus old, in TIV millions.</summary>
    public double DeliveredTivChange => New.DeliveredTiv.Millions - Old.DeliveredTiv.Millions;

    /// <summary>Did this field change?</summary>
    public bool Changed(DealField field) => Changes.Any(c => c.Field == field);

    /// <summary>For example <c>Russia -> Pakistan 2004 RD-33: NumberDelivered: 194 -> 206; ...</c>.</summary>
    public override string ToString() =>
        $"{Old.Supplier} -> {Old.Recipient} {Old.OrderYear} {Old.Designation.Trim()} ({Rule}): {string.Join("; ", Changes)}";
}
