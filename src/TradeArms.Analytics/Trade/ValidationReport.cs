namespace TradeArms;

/// <summary>
/// Every disagreement between the published and the computed figures of a <see cref="BilateralTradeTable"/>.
/// An empty report means the table is consistent within rounding.
/// </summary>
/// <param name="Table">The table validated.</param>
/// <param name="Discrepancies">The disagreements, in period order, total before balance.</param>
public sealed partial record ValidationReport(BilateralTradeTable Table, IReadOnlyList<Discrepancy> Discrepancies)
{
    /// <summary>True when every published figure agrees with its computed value within rounding.</summary>
    public bool IsConsistent => Discrepancies.Count == 0;

    /// <summary>The number of published total and balance figures checked.</summary>
    public int FiguresChecked => Table.Rows.Sum(r => (r.PublishedTotal is null || r.Total is null ? 0 : 1) + (r.PublishedBalance is null || r.Balance is null ? 0 : 1));

    /// <summary>The report as text by the one <see cref="Rendering.TableRenderer"/>: one row per discrepancy, the counts, unit, periods and source.</summary>
    public override string ToString() => Rendering.TableRenderer.Render(this);
}
