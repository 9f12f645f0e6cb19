using System.Collections.Immutable;

namespace TradeArms.Indicators;

/// <summary>
/// One row of an <see cref="IndicatorTable"/>: the year, the reporter (exporter), the partner or second economy and the
/// product where the indicator has them, the values in the table's columns (null = undefined) and why a value is undefined.
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="Reporter">The reporter's code (the exporter, or the first economy of a pair).</param>
/// <param name="Partner">The partner's code, or null for indicators of one economy.</param>
/// <param name="Product">The product code, or null for indicators over all products.</param>
/// <param name="Values">The values, in the order of <see cref="IndicatorTable.Columns"/>; null where undefined.</param>
/// <param name="Undefined">Why the indicator is undefined in this row (a zero denominator), or null.</param>
public sealed record IndicatorRow(int Year, string Reporter, string? Partner, string? Product, ImmutableArray<double?> Values, string? Undefined);
