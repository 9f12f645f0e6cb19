using System.Collections.Immutable;

namespace TradeArms;

/// <summary>
/// A bilateral trade table: one reporter, one partner, one unit, and per period the reporter's exports to and
/// imports from the partner, plus the total and balance where the source printed them. Published figures are kept
/// exactly as published; <see cref="Validate"/> reports every one that disagrees with the computed figure.
/// </summary>
/// <example>
/// <code>
/// var table = Datasets.PakistanRussiaTable1;        // FY2010-11 .. 2014-15, US$ million
/// foreach (var d in table.Validate().Discrepancies)
///     Console.WriteLine(d);                          // 2010-11 total: published +346.99, computed +345.99, ...
/// </code>
/// </example>
public sealed partial class BilateralTradeTable
{
    /// <summary>Creates a table.</summary>
    /// <param name="reporter">The reporting country (its view: exports are its exports).</param>
    /// <param name="partner">The partner country.</param>
    /// <param name="unit">The unit of every figure.</param>
    /// <param name="source">Where the figures come from.</param>
    /// <param name="rows">The rows; sorted by period on construction.</param>
    /// <exception cref="ArgumentException">Periods repeat or are of different kinds, or reporter equals partner.</exception>
    /// <exception cref="UnitMismatchException">A figure is not in <paramref name="unit"/>.</exception>
    public BilateralTradeTable(Actor reporter, Actor partner, MoneyUnit unit, DataSource source, IEnumerable<TradeRow> rows)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(rows);
        if (reporter == partner)
        {
            throw new ArgumentException($"The reporter and the partner are both {reporter}.", nameof(partner));
        }
        var list = rows.ToList();
        foreach (var row in list)
        {
            foreach (var value in new[] { row.Exports, row.Imports, row.PublishedTotal, row.PublishedBalance })
            {
                if (value is { } v && v.Unit != unit)
                {
                    throw new UnitMismatchException($"The table is in {unit}, but {row.Period} has a figure in {v.Unit}.");
                }
            }
        }
        if (list.Select(r => r.Period.Kind).Distinct().Count() > 1 ||
            list.Where(r => r.Period.Kind == PeriodKind.FiscalYear).Select(r => r.Period.FiscalYear.Convention).Distinct().Count() > 1)
        {
            throw new ArgumentException("A table holds periods of one kind: all calendar years, or all fiscal years of one convention.", nameof(rows));
        }
        var duplicate = list.GroupBy(r => r.Period).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The period {duplicate.Key} appears more than once.", nameof(rows));
        }
        list.Sort((a, b) => a.Period.CompareTo(b.Period));
        Reporter = reporter;
        Partner = partner;
        Unit = unit;
        Source = source;
        Rows = [.. list];
    }

    /// <summary>The reporting country: exports are its exports to <see cref="Partner"/>.</summary>
    public Actor Reporter { get; }

    /// <summary>The partner country.</summary>
    public Actor Partner { get; }

    /// <summary>The unit of every figure (e.g. US$ million).</summary>
    public MoneyUnit Unit { get; }

    /// <summary>Citation and vintage.</summary>
    public DataSource Source { get; }

    /// <summary>The rows, in period order.</summary>
    public ImmutableArray<TradeRow> Rows { get; }

    /// <summary>The kind of the periods (calendar or fiscal years); calendar years for an empty table.</summary>
    public PeriodKind PeriodKind => Rows.IsEmpty ? PeriodKind.CalendarYear : Rows[0].Period.Kind;

    /// <summary>
    /// The calendar years the table's periods cover, from the first period's start to the last one's end (a table of
    /// July-June fiscal years 2010-11..2014-15 covers 2010-2015); null for a table without periods.
    /// </summary>
    public YearRange? Years => Rows.IsEmpty ? null
        : new YearRange(new CalendarYear(Rows[0].Period.Start.Year), new CalendarYear(Rows[^1].Period.End.Year));

    /// <summary>
    /// The rows of the periods that lie wholly within <paramref name="window"/>: the one window gate of the trade table.
    /// Every windowed query starts here, so a window outside the data is refused once, the same way everywhere.
    /// </summary>
    /// <param name="window">The years asked for.</param>
    /// <exception cref="WindowOutsideDataException">The window reaches outside <see cref="Years"/> (or the table has no periods).</exception>
    public BilateralTradeTable Within(YearRange window)
    {
        var dataset = $"the {Reporter}-{Partner} table ({Describe()})";
        WindowOutsideDataException.ThrowIfOutside(window, Years ?? throw new WindowOutsideDataException(window, null, dataset), dataset);
        return new BilateralTradeTable(Reporter, Partner, Unit, Source,
            Rows.Where(r => r.Period.Start.Year >= window.First.Year && r.Period.End.Year <= window.Last.Year));
    }

    /// <summary>The row of a period.</summary>
    /// <exception cref="KeyNotFoundException">The table has no such period.</exception>
    public TradeRow this[Period period] => Rows.FirstOrDefault(r => r.Period == period)
        ?? throw new KeyNotFoundException($"The {Reporter}-{Partner} table has no period {period}; it covers {Describe()}.");

    /// <summary>
    /// Compares every published total and balance with the one computed from exports and imports and returns each
    /// disagreement beyond rounding.
    /// </summary>
    /// <remarks>
    /// The tolerance is derived from the published precision: every printed figure is rounded to its own number of
    /// decimals d, so it is off by at most half a unit of its last digit (0.5 x 10^-d). A computed total
    /// X + M can then differ from the published total by at most the sum of the three half-units
    /// (0.015 for figures printed with two decimals); a difference beyond that is reported. Rows where exports or
    /// imports are missing, or where nothing was published, are not checked.
    /// </remarks>
    public ValidationReport Validate()
    {
        var found = new List<Discrepancy>();
        foreach (var row in Rows)
        {
            foreach (var field in new[] { TradeField.Total, TradeField.Balance })
            {
                if (row.Published(field) is not { } published || row.Computed(field) is not { } computed)
                {
                    continue;
                }
                var tolerance = HalfUnit(published.Amount) + HalfUnit(row.Exports!.Value.Amount) + HalfUnit(row.Imports!.Value.Amount);
                var difference = Math.Abs(published.Amount - computed.Amount);
                if (difference <= tolerance)
                {
                    continue;
                }
                var kind = Math.Abs(published.Amount + computed.Amount) <= tolerance ? DiscrepancyKind.SignReversed : DiscrepancyKind.Arithmetic;
                found.Add(new Discrepancy(row.Period, field, published, computed, tolerance, kind, row.SourceLine));
            }
        }
        return new ValidationReport(this, found);
    }

    /// <summary>For example <c>Pakistan-Russia, US$ million, 2010-11..2014-15 (5 periods)</c>.</summary>
    public override string ToString() => $"{Reporter}-{Partner}, {Unit}, {Describe()}";

    private string Describe() => Rows.IsEmpty ? "no periods"
        : $"{Rows[0].Period}..{Rows[^1].Period} ({Rows.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)} periods)";

    private static decimal HalfUnit(decimal printed) => 0.5m / Pow10(printed.Scale);

    private static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= 10m;
        }
        return result;
    }
}
