namespace TradeArms;

/// <summary>
/// A reporting period of a table: a <see cref="TradeArms.CalendarYear"/> or a <see cref="TradeArms.FiscalYear"/>.
/// Tables hold periods of one kind (and one fiscal convention); ordering periods of different kinds throws.
/// </summary>
public readonly record struct Period : IComparable<Period>, IComparable
{
    private readonly int _startYear;
    private readonly int _startMonth;

    private Period(int startYear, int startMonth)
    {
        _startYear = startYear;
        _startMonth = startMonth;
    }

    /// <summary>The period of a calendar year.</summary>
    public static Period Of(CalendarYear year) => new(year.Year, 1);

    /// <summary>The period of a fiscal year.</summary>
    public static Period Of(FiscalYear year) => new(year.StartYear, year.Convention.StartMonth);

    /// <summary>Is this a calendar or a fiscal year?</summary>
    public PeriodKind Kind => _startMonth == 1 ? PeriodKind.CalendarYear : PeriodKind.FiscalYear;

    /// <summary>The first day of the period.</summary>
    public DateOnly Start => new(_startYear, _startMonth == 0 ? 1 : _startMonth, 1);

    /// <summary>The last day of the period (inclusive).</summary>
    public DateOnly End => Start.AddYears(1).AddDays(-1);

    /// <summary>The calendar year; throws for a fiscal year (use <see cref="ToCalendarYear"/> with a rule).</summary>
    /// <exception cref="InvalidOperationException">The period is a fiscal year.</exception>
    public CalendarYear CalendarYear => Kind == PeriodKind.CalendarYear ? new CalendarYear(_startYear)
        : throw new InvalidOperationException($"FY {this} is not a calendar year: align it explicitly with ToCalendarYear(FiscalYearAlignment).");

    /// <summary>The fiscal year; throws for a calendar year.</summary>
    /// <exception cref="InvalidOperationException">The period is a calendar year.</exception>
    public FiscalYear FiscalYear => Kind == PeriodKind.FiscalYear ? new FiscalYear(_startYear, new FiscalYearConvention(_startMonth))
        : throw new InvalidOperationException($"{this} is a calendar year, not a fiscal year.");

    /// <summary>
    /// The calendar year of this period: itself for a calendar year; for a fiscal year, the year chosen by
    /// <paramref name="alignment"/>.
    /// </summary>
    public CalendarYear ToCalendarYear(FiscalYearAlignment alignment) =>
        Kind == PeriodKind.CalendarYear ? CalendarYear : FiscalYear.ToCalendarYear(alignment);

    /// <summary>The period <paramref name="years"/> later.</summary>
    public Period PlusYears(int years) => new(_startYear + years, _startMonth);

    /// <summary>The span of periods in order, as the trade results print their window: <c>2010-11 to 2014-15</c>, one period alone, or empty.</summary>
    internal static string Span(IReadOnlyList<Period> periods) =>
        periods.Count == 0 ? "" : periods.Count == 1 ? periods[0].ToString() : $"{periods[0]} to {periods[^1]}";

    /// <summary>The label: <c>2011</c> for a calendar year, <c>2010-11</c> for a fiscal year.</summary>
    public override string ToString() => Kind == PeriodKind.CalendarYear ? CalendarYear.ToString() : FiscalYear.ToString();

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The periods are of different kinds or fiscal conventions.</exception>
    public int CompareTo(Period other)
    {
        if (other._startMonth != _startMonth)
        {
            throw new InvalidOperationException(
                $"Cannot order {Describe()} against {other.Describe()}: align fiscal and calendar periods explicitly first.");
        }
        return _startYear.CompareTo(other._startYear);
    }

    int IComparable.CompareTo(object? obj) => obj is Period p ? CompareTo(p)
        : throw new ArgumentException("A period can only be compared with a period.", nameof(obj));

    /// <summary>Is the left period earlier? Throws for periods of different kinds.</summary>
    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    /// <summary>Is the left period later? Throws for periods of different kinds.</summary>
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    /// <summary>Is the left period earlier or the same? Throws for periods of different kinds.</summary>
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    /// <summary>Is the left period later or the same? Throws for periods of different kinds.</summary>
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    /// <summary>Converts a calendar year.</summary>
    public static implicit operator Period(CalendarYear year) => Of(year);

    /// <summary>Converts a fiscal year.</summary>
    public static implicit operator Period(FiscalYear year) => Of(year);

    /// <summary>
    /// Parses a period label: four digits are a calendar year; a fiscal label (<c>2010-11</c>, <c>FY2011</c>, ...)
    /// needs <paramref name="fiscalConvention"/>.
    /// </summary>
    /// <exception cref="FormatException">The label is neither, or it is fiscal and no convention was given.</exception>
    public static Period Parse(string text, FiscalYearConvention? fiscalConvention = null)
    {
        if (CalendarYear.TryParse(text, out var year))
        {
            return Of(year);
        }
        var probe = fiscalConvention ?? FiscalYearConvention.JulyToJune;
        if (FiscalYear.TryParse(text, probe, out var fy, out var error))
        {
            if (fiscalConvention is null)
            {
                throw new FormatException($"'{text}' is a fiscal year, but no fiscal-year convention was given (e.g. FiscalYearConvention.JulyToJune).");
            }
            return Of(fy);
        }
        throw new FormatException(error.Replace("Expected a fiscal year", "Expected a calendar year such as '2011' or a fiscal year", StringComparison.Ordinal));
    }

    private string Describe() => Kind == PeriodKind.CalendarYear ? $"calendar year {this}" : $"FY {this} ({FiscalYear.Convention})";
}
