namespace TradeArms.Sources;

/// <summary>One product of a <see cref="ProductBreakdown"/> in one period: the reporter's exports to and imports from the partner.</summary>
/// <param name="Period">The period.</param>
/// <param name="Product">The product code at the breakdown's level.</param>
/// <param name="Exports">The exports as published at that level, or summed from finer codes; null when missing.</param>
/// <param name="Imports">The imports, likewise.</param>
public sealed record ProductBreakdownRow(TradePeriod Period, string Product, Money? Exports, Money? Imports);
