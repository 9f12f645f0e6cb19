namespace TradeArms.Register;

/// <summary>
/// The deliveries of one deal in one year, a row of SIPRI's by-delivery-year export of the Trade Register
/// (<c>Delivery year</c>, <c>Numbers delivered</c>, <c>TIV delivery values</c>).
/// </summary>
/// <param name="Year">The delivery year.</param>
/// <param name="YearIsEstimate">Is the year an estimate (<c>Yes</c>)? Null when the cell is empty.</param>
/// <param name="Number">The number delivered in the year.</param>
/// <param name="NumberIsEstimate">Is the number an estimate (<c>Yes</c>)? Null when the cell is empty.</param>
/// <param name="Tiv">The TIV delivered in the year (<c>TIV delivery values</c>), in TIV millions.</param>
/// <param name="Location">The row, <c>file:line</c>.</param>
public sealed record DealDelivery(CalendarYear Year, bool? YearIsEstimate, int Number, bool? NumberIsEstimate, Tiv Tiv, string Location);
