using System.Collections.Immutable;

namespace TradeArms.Register;

public sealed partial class TradeRegister
{
    /// <summary>
    /// The largest deals of a pair by TIV delivered, largest first (ties: earlier order year, then designation), cut
    /// at <paramref name="top"/>: the one ranking of deals that charts and notebooks show.
    /// </summary>
    /// <param name="supplier">The supplier.</param>
    /// <param name="recipient">The recipient.</param>
    /// <param name="top">How many deals to keep; at least 1.</param>
    public ImmutableArray<ArmsDeal> LargestDeals(Actor supplier, Actor recipient, int top)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        return [.. Between(supplier, recipient)
            .OrderByDescending(d => d.DeliveredTiv.Millions).ThenBy(d => d.OrderYear).ThenBy(d => d.Designation, StringComparer.Ordinal)
            .Take(top)];
    }
}
