using System.Globalization;
using TradeArms.Sources;

namespace TradeArms.Products;

/// <summary>
/// A published product total that disagrees, beyond rounding, with the sum of its published children (a chapter
/// against its headings, TOTAL against its chapters), for one reporter, partner, flow and period.
/// </summary>
/// <param name="Record">The record of the parent code (its line, reporter, partner, flow, period).</param>
/// <param name="Published">The parent's published value.</param>
/// <param name="Computed">The sum of the children's published values.</param>
/// <param name="Children">How many children were summed.</param>
/// <param name="Tolerance">Half a unit of the last printed digit for each figure involved.</param>
public sealed record ProductDiscrepancy(TradeRecord Record, Money Published, Money Computed, int Children, decimal Tolerance)
{
    /// <summary>Published minus computed.</summary>
    public decimal Difference => Published.Amount - Computed.Amount;

    /// <summary>For example <c>line 1234: 9999 (HS2017) 2018 CHN exports to USA: published 1407176086, sum of 1 children 1446000894 US$ (difference -38824808)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"line {Record.Line}: {Record.Product} {Record.Period} {Record.ReporterCode} {Record.Flow.ToString().ToLowerInvariant()} with {Record.PartnerCode}: published {Published.Amount}, sum of {Children} children {Computed} (difference {Difference}, tolerance {Tolerance})");
}
