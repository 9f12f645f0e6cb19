namespace TradeArms.Milex;

/// <summary>
/// A country's local-currency financial-year figures put on calendar years by
/// <see cref="FiscalYearAlignment.EvenSpread"/>, the rule SIPRI states for its calendar-year sheet.
/// </summary>
/// <param name="Country">The country as SIPRI names it.</param>
/// <param name="History">The fiscal-year history from the sheet's FY column.</param>
/// <param name="Values">Every calendar year the financial years touch: a converted figure whose status is the weakest of
/// its parts (uncertain over estimate over value), or a marker: <c>unavailable</c> for an undefined year, <c>didNotExist</c>
/// where a fiscal year touching it is marked <c>xxx</c>.</param>
/// <param name="Undefined">Why each undefined calendar year is undefined.</param>
public sealed record MilexCalendarConversion(string Country, FiscalYearHistory History, IReadOnlyDictionary<int, MilexValue> Values, IReadOnlyDictionary<int, string> Undefined);
