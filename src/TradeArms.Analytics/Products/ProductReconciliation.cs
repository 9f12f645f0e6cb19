using System.Collections.Immutable;

namespace TradeArms.Products;

/// <summary>The result of checking every published product total against the sum of its published children.</summary>
/// <param name="Checked">The number of parent totals checked (those with at least one child present).</param>
/// <param name="Discrepancies">The totals that disagree beyond rounding, in file order.</param>
public sealed record ProductReconciliation(int Checked, ImmutableArray<ProductDiscrepancy> Discrepancies)
{
    /// <summary>True when every checked total agrees with its children within rounding.</summary>
    public bool Consistent => Discrepancies.IsEmpty;

    /// <summary>The discrepancies at one level of the parent (TOTAL, Chapter, Heading).</summary>
    public IEnumerable<ProductDiscrepancy> At(ProductLevel level) => Discrepancies.Where(d => d.Record.Product?.Level == level);
}
