namespace TradeArms.Register;

/// <summary>
/// A selection of deals: every condition given must hold (null conditions select everything). Use with
/// <see cref="TradeRegister.Select(DealQuery)"/>.
/// </summary>
public sealed record DealQuery
{
    /// <summary>Only deals from this supplier.</summary>
    public Actor? Supplier { get; init; }

    /// <summary>Only deals to this recipient.</summary>
    public Actor? Recipient { get; init; }

    /// <summary>Only deals of this armament category (ignoring case); needs a register with categories.</summary>
    public string? Category { get; init; }

    /// <summary>Only deals ordered in these years (both ends included).</summary>
    public YearRange? OrderYears { get; init; }

    /// <summary>Only deals with at least one delivery year in these years (both ends included).</summary>
    public YearRange? DeliveryYears { get; init; }

    /// <summary>Only open orders (see <see cref="ArmsDeal.IsOpenOrder"/>).</summary>
    public bool OpenOrdersOnly { get; init; }

    /// <summary>Does the deal meet every condition?</summary>
    public bool Matches(ArmsDeal deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return (Supplier is null || deal.Supplier == Supplier)
            && (Recipient is null || deal.Recipient == Recipient)
            && (Category is null || string.Equals(deal.Category?.Trim(), Category.Trim(), StringComparison.OrdinalIgnoreCase))
            && (OrderYears is not { } order || order.Contains(deal.OrderYear))
            && (DeliveryYears is not { } delivery || deal.DeliveryYears.Overlaps(delivery))
            && (!OpenOrdersOnly || deal.IsOpenOrder);
    }
}
