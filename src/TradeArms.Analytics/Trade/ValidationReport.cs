using System.Text;

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

    /// <summary>A readable summary, one line per discrepancy.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Table.Reporter.Name).Append('-').Append(Table.Partner.Name).Append(" trade (").Append(Table.Unit).Append("): ");
        if (IsConsistent)
        {
            text.Append("all ").Append(FiguresChecked.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" published totals and balances agree within rounding.");
            return text.ToString();
        }
        text.Append(Discrepancies.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" discrepanc").Append(Discrepancies.Count == 1 ? "y" : "ies").Append(':');
        foreach (var d in Discrepancies)
        {
            text.AppendLine().Append("  ").Append(d);
        }
        return text.ToString();
    }
}
