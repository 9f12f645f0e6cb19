namespace TradeArms.Milex;

/// <summary>
/// The unit of a milex sheet as its title states it: money (constant (2023) US$ million, current US$ million, current
/// US$ per person), local currency at current prices (each country's own currency, named in its row), or a fraction
/// (share of GDP or of government spending: 0.0705 = 7.05%).
/// </summary>
/// <param name="Label">For tables and JSON: <c>constant (2023) US$ million</c>, <c>local currency, current prices</c>, <c>fraction of GDP</c>.</param>
/// <param name="Money">The money unit with its price basis; null for local currency and fractions.</param>
/// <param name="IsFraction">Is it a share stored as a fraction (0.0705 = 7.05%)?</param>
public sealed record MilexUnit(string Label, MoneyUnit? Money, bool IsFraction)
{
    /// <summary>The price basis: constant (base year) or current; null for fractions.</summary>
    public PriceBasis? Basis => IsFraction ? null : Money?.Basis ?? PriceBasis.Current;

    /// <summary>The label.</summary>
    public override string ToString() => Label;
}
