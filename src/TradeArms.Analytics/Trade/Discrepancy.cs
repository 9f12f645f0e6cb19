using System.Globalization;

namespace TradeArms;

/// <summary>
/// A published figure that disagrees with the one computed from the same row beyond rounding.
/// </summary>
/// <param name="Period">The period of the row.</param>
/// <param name="Field">Which figure (total or balance).</param>
/// <param name="Published">The figure as published.</param>
/// <param name="Computed">The figure computed from exports and imports.</param>
/// <param name="Tolerance">The largest difference rounding can explain (see <see cref="BilateralTradeTable.Validate"/>).</param>
/// <param name="Kind">Whether it looks like a sign error or an arithmetic one.</param>
/// <param name="SourceLine">The 1-based line of the row in its source file, if known.</param>
public sealed record Discrepancy(Period Period, TradeField Field, Money Published, Money Computed, decimal Tolerance, DiscrepancyKind Kind, int? SourceLine)
{
    /// <summary>Published minus computed.</summary>
    public Money Difference => Published - Computed;

    /// <summary>For example <c>2012-13 balance: published +69.89, computed -69.86, difference 139.75 (sign reversed)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Period} {Field.ToString().ToLowerInvariant()}: published {Signed(Published.Amount)}, computed {Signed(Computed.Amount)}, difference {Signed(Difference.Amount)} {Published.Unit}{(Kind == DiscrepancyKind.SignReversed ? " (sign reversed)" : "")}");

    private static string Signed(decimal d) => Text.NumberText.Format(d, "+P", null);
}
