using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeArms;

/// <summary>
/// A fiscal year under a <see cref="FiscalYearConvention"/>: FY <c>2010-11</c> in Pakistan runs from 1 July 2010
/// to 30 June 2011. It is neither the calendar year 2010 nor 2011; see <see cref="ToCalendarYear"/> for the
/// explicit alignment rules.
/// </summary>
/// <remarks>
/// Two fiscal years are equal when they have the same start year and convention. Ordering fiscal years of
/// different conventions throws: such a comparison is almost always a bug.
/// </remarks>
public readonly partial record struct FiscalYear : IComparable<FiscalYear>, IComparable
{
    /// <summary>Creates the fiscal year that starts in <paramref name="startYear"/>.</summary>
    /// <param name="startYear">The calendar year in which the fiscal year starts (2010 for <c>2010-11</c>).</param>
    /// <param name="convention">When fiscal years start.</param>
    public FiscalYear(int startYear, FiscalYearConvention convention)
    {
        if (!IsValidStart(startYear))
        {
            throw new ArgumentOutOfRangeException(nameof(startYear), startYear,
                $"Expected a fiscal year within {CalendarYear.MinYear}..{CalendarYear.MaxYear} (start year {CalendarYear.MinYear} to {CalendarYear.MaxYear - 1}).");
        }
        if (convention.StartMonth == 0)
        {
            throw new ArgumentException("The convention is not set: use e.g. FiscalYearConvention.JulyToJune.", nameof(convention));
        }
        StartYear = startYear;
        Convention = convention;
    }

    /// <summary>Do the fiscal year starting in <paramref name="startYear"/> and its end year lie within
    /// <see cref="CalendarYear.MinYear"/>..<see cref="CalendarYear.MaxYear"/>?</summary>
    public static bool IsValidStart(int startYear) => startYear >= CalendarYear.MinYear && startYear < CalendarYear.MaxYear;

    /// <summary>The calendar year in which the fiscal year starts.</summary>
    public int StartYear { get; }

    /// <summary>The calendar year in which the fiscal year ends.</summary>
    public int EndYear => StartYear + 1;

    /// <summary>When fiscal years start.</summary>
    public FiscalYearConvention Convention { get; }

    /// <summary>The first day, e.g. 1 July 2010.</summary>
    public DateOnly Start => new(StartYear, Convention.StartMonth, 1);

    /// <summary>The last day (inclusive), e.g. 30 June 2011.</summary>
    public DateOnly End => Start.AddYears(1).AddDays(-1);

    /// <summary>The label <c>2010-11</c>: start year, a hyphen, the last two digits of the end year.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{StartYear:0000}-{EndYear % 100:00}");

    /// <summary>
    /// The calendar year this fiscal year is put against under an explicit rule.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// <see cref="FiscalYearAlignment.LargerOverlap"/> for a year split evenly between two calendar years (July-June), and
    /// always for <see cref="FiscalYearAlignment.EvenSpread"/>, which splits a year rather than relabelling it.
    /// </exception>
    public CalendarYear ToCalendarYear(FiscalYearAlignment alignment)
    {
        switch (alignment)
        {
            case FiscalYearAlignment.EndYear:
                return new CalendarYear(EndYear);
            case FiscalYearAlignment.StartYear:
                return new CalendarYear(StartYear);
            case FiscalYearAlignment.LargerOverlap:
                var monthsInStartYear = 13 - Convention.StartMonth;
                if (monthsInStartYear == 6)
                {
                    throw new InvalidOperationException(
                        $"FY {this} ({Convention}) lies 6 months in {StartYear} and 6 in {EndYear}: no calendar year has the larger overlap. Choose FiscalYearAlignment.EndYear or StartYear.");
                }
                return new CalendarYear(monthsInStartYear > 6 ? StartYear : EndYear);
            case FiscalYearAlignment.EvenSpread:
                throw new InvalidOperationException(
                    $"FY {this} ({Convention}) is spread over {StartYear} and {EndYear} under EvenSpread, not put against one calendar year: convert the whole series with TimeSeries.ToCalendarYears or FiscalYearSpread.ToCalendarYears.");
            default:
                throw new ArgumentOutOfRangeException(nameof(alignment), alignment, "Unknown alignment.");
        }
    }

    /// <summary>The next fiscal year.</summary>
    public FiscalYear PlusYears(int years) => new(StartYear + years, Convention);

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The two fiscal years have different conventions.</exception>
    public int CompareTo(FiscalYear other)
    {
        if (other.Convention != Convention)
        {
            throw new InvalidOperationException(
                $"Cannot order FY {this} ({Convention}) against FY {other} ({other.Convention}): they follow different conventions.");
        }
        return StartYear.CompareTo(other.StartYear);
    }

    int IComparable.CompareTo(object? obj) => obj is FiscalYear f ? CompareTo(f)
        : throw new ArgumentException("A fiscal year can only be compared with a fiscal year.", nameof(obj));

    /// <summary>Is the left year earlier? Throws for different conventions.</summary>
    public static bool operator <(FiscalYear left, FiscalYear right) => left.CompareTo(right) < 0;

    /// <summary>Is the left year later? Throws for different conventions.</summary>
    public static bool operator >(FiscalYear left, FiscalYear right) => left.CompareTo(right) > 0;

    /// <summary>Is the left year earlier or the same? Throws for different conventions.</summary>
    public static bool operator <=(FiscalYear left, FiscalYear right) => left.CompareTo(right) <= 0;

    /// <summary>Is the left year later or the same? Throws for different conventions.</summary>
    public static bool operator >=(FiscalYear left, FiscalYear right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// Parses a fiscal-year label: <c>2010-11</c>, <c>2010/11</c>, <c>2010-2011</c>, <c>FY2010-11</c>,
    /// <c>FY2011</c> or <c>FY11</c>. A bare <c>FY</c> year names the year in which the fiscal year <em>ends</em>
    /// (FY2011 = 2010-11), as Pakistan, India and the US do. A two-digit <c>FYyy</c> means 20yy for 00-49 and
    /// 19yy for 50-99.
    /// </summary>
    /// <exception cref="FormatException">The text is not a fiscal-year label, or the two years are not consecutive.</exception>
    public static FiscalYear Parse(string text, FiscalYearConvention convention)
    {
        var result = TryParse(text, convention, out var year, out var error);
        return result ? year : throw new FormatException(error);
    }

    /// <summary>Tries to parse a fiscal-year label (see <see cref="Parse"/>).</summary>
    public static bool TryParse(string? text, FiscalYearConvention convention, out FiscalYear year) =>
        TryParse(text, convention, out year, out _);

    internal static bool TryParse(string? text, FiscalYearConvention convention, out FiscalYear year, out string error)
    {
        year = default;
        error = $"Expected a fiscal year such as '2010-11', '2010/11', 'FY2011' or 'FY11', found '{text}'.";
        if (text is null)
        {
            return false;
        }
        var t = text.Trim();
        var span = SpanPattern().Match(t);
        if (span.Success)
        {
            var start = int.Parse(span.Groups["start"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            var endText = span.Groups["end"].Value;
            var end = int.Parse(endText, NumberStyles.None, CultureInfo.InvariantCulture);
            var expectedEnd = start + 1;
            var ok = endText.Length == 2 ? end == expectedEnd % 100 : end == expectedEnd;
            if (!ok)
            {
                error = $"Expected a fiscal year of two consecutive years such as '{start:0000}-{expectedEnd % 100:00}', found '{text}'.";
                return false;
            }
            if (!IsValidStart(start))
            {
                error = $"Expected a fiscal year within {CalendarYear.MinYear}..{CalendarYear.MaxYear} such as '2010-11', found '{text}'.";
                return false;
            }
            year = new FiscalYear(start, convention);
            return true;
        }
        var fy = EndYearPattern().Match(t);
        if (fy.Success)
        {
            var digits = fy.Groups["end"].Value;
            var end = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            if (digits.Length == 2)
            {
                end += end < 50 ? 2000 : 1900;
            }
            if (!IsValidStart(end - 1))
            {
                error = $"Expected a fiscal year within {CalendarYear.MinYear}..{CalendarYear.MaxYear} such as 'FY2011', found '{text}'.";
                return false;
            }
            year = new FiscalYear(end - 1, convention);
            return true;
        }
        return false;
    }

    [GeneratedRegex(@"^(?:FY\s?)?(?<start>\d{4})\s?[-/–]\s?(?<end>\d{2}|\d{4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanPattern();

    [GeneratedRegex(@"^FY\s?(?<end>\d{4}|\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndYearPattern();
}
