namespace TradeArms;

/// <summary>
/// Mirror statistics: the same trade as each side reports it. Pakistan's reported exports to Russia are compared with
/// Russia's reported imports from Pakistan, and Pakistan's imports from Russia with Russia's exports to Pakistan.
/// The gaps follow <see cref="Trade.MirrorRule"/>, the one mirror rule of the library.
/// </summary>
public static class Mirror
{
    /// <summary>
    /// Compares two tables of one pair, one reported by each side (<paramref name="first"/>'s reporter is
    /// <paramref name="second"/>'s partner and the other way round), period by period and in both directions.
    /// </summary>
    /// <param name="first">One side's table, e.g. Pakistan's report of its trade with Russia.</param>
    /// <param name="second">The other side's, e.g. Russia's report of its trade with Pakistan.</param>
    /// <param name="alignment">
    /// How to put a fiscal-year table against calendar years; required when exactly one table is by fiscal year (or the
    /// two use different fiscal conventions), ignored otherwise. The aligned periods are relabelled, not pro-rated, so
    /// the gaps then include the shift of the reporting period as well as the valuation; the result notes this.
    /// </param>
    /// <exception cref="ArgumentException">The tables are not the two sides of one pair, or their periods differ in kind and no alignment was given.</exception>
    /// <exception cref="UnitMismatchException">The tables are in different units.</exception>
    /// <exception cref="InvalidOperationException">The alignment cannot place a fiscal year (LargerOverlap with July-June years).</exception>
    public static MirrorComparison Compare(BilateralTradeTable first, BilateralTradeTable second, FiscalYearAlignment? alignment = null)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Reporter != second.Partner || first.Partner != second.Reporter)
        {
            throw new ArgumentException(
                $"A mirror comparison needs both sides of one pair: the first table is {first.Reporter}'s report on {first.Partner}, the second {second.Reporter}'s report on {second.Partner}.",
                nameof(second));
        }
        if (first.Unit != second.Unit)
        {
            throw new UnitMismatchException($"The tables are in different units ({first.Unit} and {second.Unit}); convert one first.");
        }
        var notes = new List<string>();
        var a = Periods(first);
        var b = Periods(second);
        var sameKind = a.Keys.Concat(b.Keys).Select(p => p.Start.Month).Distinct().Count() <= 1;
        if (!sameKind)
        {
            if (alignment is not { } rule)
            {
                throw new ArgumentException(
                    $"{Describe(first)} and {Describe(second)}: fiscal and calendar years are different periods. Pass a FiscalYearAlignment to put them against each other explicitly.",
                    nameof(alignment));
            }
            foreach (var t in new[] { first, second }.Where(t => t.PeriodKind == PeriodKind.FiscalYear))
            {
                notes.Add($"{t.Reporter}'s figures are by fiscal year, relabelled as calendar years by {rule} ({t.Rows[0].Period} as {t.Rows[0].Period.ToCalendarYear(rule)}) and not pro-rated: the gaps include the shift of the reporting period, not only the valuation.");
            }
            a = Align(first, rule);
            b = Align(second, rule);
        }
        // Key (period, direction): direction 0 is the goods first's reporter sends, 1 those second's reporter sends.
        var byExporters = new Dictionary<(Period, int), decimal?>();
        var byImporters = new Dictionary<(Period, int), decimal?>();
        foreach (var (p, r) in a)
        {
            byExporters[(p, 0)] = r.Exports?.Amount;
            byImporters[(p, 1)] = r.Imports?.Amount;
        }
        foreach (var (p, r) in b)
        {
            byExporters[(p, 1)] = r.Exports?.Amount;
            byImporters[(p, 0)] = r.Imports?.Amount;
        }
        var rows = new List<MirrorGap>();
        foreach (var ((p, direction), x, m) in Trade.MirrorRule.Match(byExporters, byImporters))
        {
            var (exporter, importer) = direction == 0 ? (first.Reporter, first.Partner) : (second.Reporter, second.Partner);
            rows.Add(new MirrorGap(p, exporter, importer, Amount(x, first.Unit), Amount(m, first.Unit)));
        }
        return new MirrorComparison(first, second, sameKind ? null : alignment, [.. rows], [.. notes]);
    }

    private static Money? Amount(decimal? amount, MoneyUnit unit) => amount is { } v ? new Money(v, unit) : null;

    private static Dictionary<Period, TradeRow> Periods(BilateralTradeTable table) => table.Rows.ToDictionary(r => r.Period);

    private static Dictionary<Period, TradeRow> Align(BilateralTradeTable table, FiscalYearAlignment rule) =>
        table.Rows.ToDictionary(r => (Period)r.Period.ToCalendarYear(rule));

    private static string Describe(BilateralTradeTable t) =>
        $"{t.Reporter}'s table is by {(t.PeriodKind == PeriodKind.FiscalYear ? $"fiscal year ({t.Rows[0].Period.FiscalYear.Convention})" : "calendar year")}";
}
