using System.Collections.Immutable;

namespace TradeArms.Register;

/// <summary>
/// Deals that share a match key in both releases but cannot be paired one to one without guessing: reported, neither
/// matched nor counted as added or removed.
/// </summary>
/// <param name="Rule">The key under which they collided.</param>
/// <param name="Key">The key's values, e.g. <c>India | Ukraine | 2018 | ship engine | ship engine</c>.</param>
/// <param name="Old">The unpaired deals of the older release.</param>
/// <param name="New">The unpaired deals of the newer release.</param>
public sealed record AmbiguousMatch(DealMatchRule Rule, string Key, ImmutableArray<ArmsDeal> Old, ImmutableArray<ArmsDeal> New)
{
    /// <inheritdoc />
    public override string ToString() => $"{Rule} {Key}: {Old.Length} old, {New.Length} new";
}
