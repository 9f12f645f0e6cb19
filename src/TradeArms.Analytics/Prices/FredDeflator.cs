namespace TradeArms.Prices;

/// <summary>FRED's GDPDEF as an annual <see cref="Deflator"/>, with the years left out for lack of four quarters.</summary>
/// <param name="Deflator">The annual series (mean of four quarters).</param>
/// <param name="IncompleteYears">Years with fewer than four quarterly values: no annual value.</param>
public sealed record FredDeflator(Deflator Deflator, IReadOnlyList<int> IncompleteYears);
