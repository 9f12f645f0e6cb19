using TradeArms.Economies;
using TradeArms.Sources;

namespace TradeArms.Products;

/// <summary>A value summed up the HS hierarchy for one reporter, partner, flow, period and product code.</summary>
/// <param name="Reporter">The reporter, or null when its code is unmapped.</param>
/// <param name="ReporterCode">The reporter's code as written.</param>
/// <param name="Partner">The partner, or null when its code is unmapped.</param>
/// <param name="PartnerCode">The partner's code as written.</param>
/// <param name="Flow">The flow.</param>
/// <param name="Period">The period.</param>
/// <param name="Product">The code at the level summed to.</param>
/// <param name="Value">The sum, or null when no record summed had a value (missing, not zero).</param>
/// <param name="Records">How many records were summed.</param>
public sealed record ProductTotal(Economy? Reporter, string ReporterCode, Economy? Partner, string PartnerCode, SourceFlow Flow, TradePeriod Period, ProductCode Product, Money? Value, int Records);
