namespace TradeArms.Sipri;

/// <summary>One SIPRI cell with deliveries: a supplier's transfers to a recipient in a year.</summary>
/// <param name="Supplier">The supplier.</param>
/// <param name="Recipient">The recipient.</param>
/// <param name="Year">The calendar year of delivery.</param>
/// <param name="Value">The TIV (never <see cref="TivStatus.NoDeliveries"/> for a stored cell).</param>
public readonly record struct TivObservation(Actor Supplier, Actor Recipient, CalendarYear Year, Tiv Value);
