using System.Collections.Immutable;

namespace TradeArms;

/// <summary>
/// One period of a <see cref="BalanceSummary"/>, reporter's view: the flows in money, and the ratios derived from them.
/// A figure that cannot be computed is null and <see cref="Notes"/> says why; it is never 0 or infinite.
/// </summary>
/// <param name="Period">The period.</param>
/// <param name="Exports">The reporter's exports to the partner; null when missing.</param>
/// <param name="Imports">The reporter's imports from the partner; null when missing.</param>
/// <param name="Balance">Exports - imports (positive: a surplus); null when a flow is missing.</param>
/// <param name="Turnover">Exports + imports; null when a flow is missing.</param>
/// <param name="CumulativeBalance">The balance summed from the first period of the summary to this one; null from the first period whose balance is missing (or absent) on.</param>
/// <param name="Coverage">Exports / imports as a ratio (1.13: exports cover 113% of imports); null when imports are missing, 0 or negative.</param>
/// <param name="NormalisedBalance">(exports - imports) / (exports + imports), in [-1, 1]; null when a flow is missing or negative, or both are 0.</param>
/// <param name="ExportShare">Exports in percent of turnover; null when undefined (as <paramref name="NormalisedBalance"/>).</param>
/// <param name="ImportShare">Imports in percent of turnover; null when undefined.</param>
/// <param name="Notes">Why a figure is missing, e.g. <c>coverage undefined: imports are 0</c>.</param>
public sealed record BalancePeriod(Period Period, Money? Exports, Money? Imports, Money? Balance, Money? Turnover, Money? CumulativeBalance,
    double? Coverage, double? NormalisedBalance, double? ExportShare, double? ImportShare, ImmutableArray<string> Notes);
