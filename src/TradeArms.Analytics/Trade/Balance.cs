using System.Globalization;

namespace TradeArms;

/// <summary>
/// Trade-balance measures of a <see cref="BilateralTradeTable"/>, reporter's view: balance, turnover, coverage ratio,
/// normalised balance, cumulative balance and each flow's share of turnover, as <see cref="TimeSeries"/> in the right
/// <see cref="Measure"/> (money in the table's unit, ratio, percent) and as a per-period <see cref="BalanceSummary"/>.
/// </summary>
/// <remarks>
/// <para>Everything is computed in <see cref="decimal"/> from the table's <see cref="Money"/> amounts; series hold the
/// result as <see cref="double"/>. Published totals and balances are not used (see <see cref="BilateralTradeTable.Validate"/>).</para>
/// <para>Undefined values are missing (null), never 0 or infinity: every figure is missing where a flow it needs is
/// missing; coverage where imports are 0 or negative; normalised balance and shares where a flow is negative or both
/// are 0. Negative flows (corrections) are kept in balance and turnover. <see cref="Summarise"/> says why, period by
/// period.</para>
/// </remarks>
public static class Balance
{
    /// <summary>Exports - imports per period, in the table's unit (positive: a surplus for the reporter).</summary>
    public static TimeSeries Of(BilateralTradeTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Series(TradeFlow.Balance);
    }

    /// <summary>Turnover (total trade): exports + imports per period, in the table's unit.</summary>
    public static TimeSeries Turnover(BilateralTradeTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Series(TradeFlow.Total).WithName($"{table.Reporter}-{table.Partner} turnover (exports + imports)");
    }

    /// <summary>The coverage ratio exports / imports per period (<see cref="Measure.Ratio"/>); missing where a flow is missing, imports are 0 or negative, or exports negative (<see cref="Trade.TradeBalanceRule"/>).</summary>
    public static TimeSeries Coverage(BilateralTradeTable table) =>
        Derived(table, $"{Name(table)} coverage ratio (exports / imports)", Measure.Ratio, p => p.Coverage);

    /// <summary>
    /// The normalised balance (exports - imports) / (exports + imports) per period, in [-1, 1] (<see cref="Measure.Ratio"/>):
    /// -1 when the reporter only imports, +1 when it only exports. Missing where a flow is missing or negative, or both are 0.
    /// </summary>
    public static TimeSeries Normalised(BilateralTradeTable table) =>
        Derived(table, $"{Name(table)} normalised balance ((X - M) / (X + M))", Measure.Ratio, p => p.NormalisedBalance);

    /// <summary>A flow's share of turnover per period, in percent: <see cref="TradeFlow.Exports"/> or <see cref="TradeFlow.Imports"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The flow is not exports or imports.</exception>
    public static TimeSeries ShareOfTurnover(BilateralTradeTable table, TradeFlow flow) => flow switch
    {
        TradeFlow.Exports => Derived(table, $"{Name(table)} exports, share of turnover", Measure.Percent, p => p.ExportShare),
        TradeFlow.Imports => Derived(table, $"{Name(table)} imports, share of turnover", Measure.Percent, p => p.ImportShare),
        _ => throw new ArgumentOutOfRangeException(nameof(flow), flow, "A share of turnover is defined for exports and imports."),
    };

    /// <summary>
    /// The cumulative balance: the balance summed from <paramref name="from"/> to each period up to
    /// <paramref name="to"/>, in the table's unit. From the first period whose balance is missing, or that is absent
    /// from the table (a gap), the sum is missing: it cannot be known.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="from">The first period summed; null for the table's first.</param>
    /// <param name="to">The last period; null for the table's last.</param>
    /// <exception cref="ArgumentException">A period is not in the table, or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static TimeSeries Cumulative(BilateralTradeTable table, Period? from = null, Period? to = null)
    {
        var (first, last) = Range(table, from, to);
        var rows = SummariseRange(table, first, last).Rows;
        return new TimeSeries($"{Name(table)} cumulative balance from {first}", Measure.Of(table.Unit), table.Source,
            rows.Select(r => (r.Period, r.CumulativeBalance is { } c ? (double?)c.Amount : null)));
    }

    /// <summary>
    /// The balance summed over <paramref name="from"/>..<paramref name="to"/> (both included); null when a period's
    /// balance is missing or a period is absent from the table.
    /// </summary>
    /// <exception cref="ArgumentException">A period is not in the table, or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static Money? CumulativeOver(BilateralTradeTable table, Period from, Period to)
    {
        var (first, last) = Range(table, from, to);
        return SummariseRange(table, first, last).Rows[^1].CumulativeBalance;
    }

    /// <summary>Every balance measure, period by period, with the reason for each missing figure.</summary>
    public static BalanceSummary Summarise(BilateralTradeTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Rows.IsEmpty ? new BalanceSummary(table, []) : SummariseRange(table, table.Rows[0].Period, table.Rows[^1].Period);
    }

    private static BalanceSummary SummariseRange(BilateralTradeTable table, Period first, Period last)
    {
        var periods = new List<BalancePeriod>();
        Money? cumulative = new Money(0, table.Unit);
        string? broken = null;
        var expected = first;
        foreach (var row in table.Rows.Where(r => r.Period >= first && r.Period <= last))
        {
            var notes = new List<string>();
            if (broken is null && row.Period != expected)
            {
                broken = $"cumulative balance undefined from {expected}: the table has no period {expected}";
            }
            expected = row.Period.PlusYears(1);
            var x = row.Exports;
            var m = row.Imports;
            if (x is null)
            {
                notes.Add("exports missing");
            }
            if (m is null)
            {
                notes.Add("imports missing");
            }
            var balance = row.Balance;
            if (broken is null && balance is null)
            {
                broken = $"cumulative balance undefined from {row.Period}: no balance for {row.Period}";
            }
            cumulative = broken is null ? cumulative + balance!.Value : null;
            if (broken is not null)
            {
                notes.Add(broken);
            }
            var coverage = Trade.TradeBalanceRule.Coverage(x?.Amount, m?.Amount);
            if (coverage is null && x is { } cx && m is { } cm)
            {
                notes.Add(cm.Amount <= 0 ? $"coverage undefined: imports are {Amount(cm)}" : $"coverage undefined: exports are {Amount(cx)}");
            }
            var normalised = Trade.TradeBalanceRule.NormalisedBalance(x?.Amount, m?.Amount);
            double? exportShare = null, importShare = null;
            if (x is { } xa && m is { } ma)
            {
                if (normalised is null)
                {
                    notes.Add(xa.Amount < 0 || ma.Amount < 0
                        ? $"normalised balance and shares undefined: a flow is negative (exports {Amount(xa)}, imports {Amount(ma)})"
                        : "normalised balance and shares undefined: exports and imports are both 0");
                }
                else
                {
                    var turnover = xa.Amount + ma.Amount;
                    exportShare = (double)(xa.Amount / turnover * 100);
                    importShare = (double)(ma.Amount / turnover * 100);
                }
            }
            periods.Add(new BalancePeriod(row.Period, x, m, balance, row.Total, cumulative, coverage, normalised, exportShare, importShare, [.. notes]));
        }
        return new BalanceSummary(table, [.. periods]);
    }

    private static (Period First, Period Last) Range(BilateralTradeTable table, Period? from, Period? to)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Rows.IsEmpty)
        {
            throw new ArgumentException($"The {table.Reporter}-{table.Partner} table has no periods.", nameof(table));
        }
        var first = from ?? table.Rows[0].Period;
        var last = to ?? table.Rows[^1].Period;
        foreach (var (p, name) in new[] { (first, nameof(from)), (last, nameof(to)) })
        {
            if (!table.Rows.Any(r => r.Period == p))
            {
                throw new ArgumentException($"The {table.Reporter}-{table.Partner} table has no period {p}; it covers {table.Rows[0].Period}..{table.Rows[^1].Period}.", name);
            }
        }
        if (last < first)
        {
            throw new ArgumentException($"The last period ({last}) is before the first ({first}).", nameof(to));
        }
        return (first, last);
    }

    private static TimeSeries Derived(BilateralTradeTable table, string name, Measure measure, Func<BalancePeriod, double?> value)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new TimeSeries(name, measure, table.Source, Summarise(table).Rows.Select(p => (p.Period, value(p))));
    }

    private static string Name(BilateralTradeTable table) => $"{table.Reporter}-{table.Partner}";

    private static string Amount(Money m) => m.Amount.ToString(CultureInfo.InvariantCulture);
}
