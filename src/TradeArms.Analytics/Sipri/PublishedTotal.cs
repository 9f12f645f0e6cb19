namespace TradeArms.Sipri;

/// <summary>A total as SIPRI printed it, kept to check the sum of the cells against it.</summary>
/// <param name="Side">Which total this is.</param>
/// <param name="Supplier">The supplier (for supplier and pair totals).</param>
/// <param name="Recipient">The recipient (for recipient and pair totals).</param>
/// <param name="Year">The year, or null for a total over all years of the table.</param>
/// <param name="Value">The printed value.</param>
/// <param name="Location">File and 1-based line and column, e.g. <c>India.csv:41:64</c>.</param>
public sealed record PublishedTotal(TotalSide Side, Actor? Supplier, Actor? Recipient, CalendarYear? Year, Tiv Value, string Location);
