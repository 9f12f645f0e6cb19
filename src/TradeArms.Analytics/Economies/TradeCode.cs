namespace TradeArms.Economies;

/// <summary>
/// A trade source's own code for an economy where it is not simply the M49 code, with the years it is valid in
/// (UN Comtrade: Pakistan 588 until 1971, then 586; India 356 until 1974, then 699; USSR 810 until 1991).
/// </summary>
/// <param name="System">The code system.</param>
/// <param name="Code">The code as the source writes it (<c>699</c>, <c>G001</c>).</param>
/// <param name="Alpha">The source's three-character code where it has one (Comtrade's <c>W00</c>, <c>S19</c>), or null.</param>
/// <param name="Label">The source's name for the code (<c>India, excl. Sikkim</c>).</param>
/// <param name="Economy">The economy the code stands for.</param>
/// <param name="FirstYear">The first year the code is valid, or null when the source gives none.</param>
/// <param name="LastYear">The last year the code is valid, or null when the source gives none.</param>
public sealed record TradeCode(EconomyCodeSystem System, string Code, string? Alpha, string Label, Economy Economy, int? FirstYear, int? LastYear)
{
    /// <summary>True when the code is valid in <paramref name="year"/> (always, for a code without dates).</summary>
    public bool ValidIn(int year) => (FirstYear is null || year >= FirstYear) && (LastYear is null || year <= LastYear);
}
