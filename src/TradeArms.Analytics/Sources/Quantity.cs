using System.Globalization;

namespace TradeArms.Sources;

/// <summary>A physical quantity a trade source reports beside the value: net weight in kg (Comtrade) or tonnes (BACI), or a count.</summary>
/// <param name="Amount">The amount.</param>
/// <param name="Unit">The unit as the source names it (<c>kg</c>, <c>t</c>, Comtrade's <c>qtyUnitAbbr</c>).</param>
/// <param name="Estimated">True when the source flags it as estimated (Comtrade <c>isNetWgtEstimated</c>, <c>isQtyEstimated</c>).</param>
public readonly record struct Quantity(decimal Amount, string Unit, bool Estimated = false)
{
    /// <summary>For example <c>853234 kg</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount} {Unit}{(Estimated ? " (estimated)" : "")}");
}
