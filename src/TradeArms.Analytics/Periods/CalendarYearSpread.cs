namespace TradeArms;

/// <summary>
/// Fiscal-year figures converted to calendar years by <see cref="FiscalYearAlignment.EvenSpread"/>: a value for every
/// calendar year that the fiscal years cover completely, and for each calendar year that they touch but do not cover
/// (the partial first and last years, gaps, missing figures, months claimed twice) the reason it is undefined.
/// </summary>
/// <param name="Values">The calendar-year values, by year.</param>
/// <param name="Undefined">The undefined calendar years and why, by year.</param>
/// <param name="Contributions">For each defined calendar year, the fiscal years (by start year) and the months each contributes.</param>
public sealed record CalendarYearSpread(
    IReadOnlyDictionary<int, double> Values,
    IReadOnlyDictionary<int, string> Undefined,
    IReadOnlyDictionary<int, IReadOnlyList<(int FiscalYear, int Months, int OfMonths)>> Contributions);
