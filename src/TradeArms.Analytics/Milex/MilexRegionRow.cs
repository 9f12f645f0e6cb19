namespace TradeArms.Milex;

/// <summary>One row of the regional-totals sheet.</summary>
/// <param name="Region">World, a region or a subregion as published.</param>
/// <param name="Level">0 for World, 1 for a region, 2 for a subregion.</param>
/// <param name="Values">The constant-price total of every year.</param>
/// <param name="LastYearCurrent">The last year's total at current prices.</param>
/// <param name="OmittedCountries">The countries the total leaves out, as published (empty when none).</param>
public sealed record MilexRegionRow(string Region, int Level, IReadOnlyDictionary<int, MilexValue> Values, MilexValue LastYearCurrent, string OmittedCountries);
