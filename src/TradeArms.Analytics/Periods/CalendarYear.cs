using System.Globalization;

namespace TradeArms;

/// <summary>
/// A calendar year, 1 January to 31 December. SIPRI's TIV series and IMF Direction of Trade Statistics are
/// by calendar year. Not to be confused with a <see cref="FiscalYear"/> that merely starts or ends in the same year.
/// </summary>
public readonly record struct CalendarYear : IComparable<CalendarYear>, IComparable
{
    /// <summary>Creates a calendar year.</summary>
    /// <param name="year">The year number, 1 to 9998.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1..9998.</exception>
    public CalendarYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        Year = year;
    }

    /// <summary>The year number.</summary>
    public int Year { get; }

    /// <summary>1 January of the year.</summary>
    public DateOnly Start => new(Year, 1, 1);

    /// <summary>31 December of the year (inclusive).</summary>
    public DateOnly End => new(Year, 12, 31);

    /// <summary>The year as four digits, e.g. <c>2011</c> (never <c>2,011</c>).</summary>
    public override string ToString() => Year.ToString("0000", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public int CompareTo(CalendarYear other) => Year.CompareTo(other.Year);

    int IComparable.CompareTo(object? obj) => obj is CalendarYear y ? CompareTo(y)
        : throw new ArgumentException("A calendar year can only be compared with a calendar year.", nameof(obj));

    /// <summary>Is the left year earlier?</summary>
    public static bool operator <(CalendarYear left, CalendarYear right) => left.Year < right.Year;

    /// <summary>Is the left year later?</summary>
    public static bool operator >(CalendarYear left, CalendarYear right) => left.Year > right.Year;

    /// <summary>Is the left year earlier or the same?</summary>
    public static bool operator <=(CalendarYear left, CalendarYear right) => left.Year <= right.Year;

    /// <summary>Is the left year later or the same?</summary>
    public static bool operator >=(CalendarYear left, CalendarYear right) => left.Year >= right.Year;

    /// <summary>The year <paramref name="years"/> later (earlier when negative).</summary>
    public CalendarYear PlusYears(int years) => new(Year + years);

    /// <summary>Parses four digits, e.g. <c>2011</c>.</summary>
    /// <exception cref="FormatException">The text is not a year.</exception>
    public static CalendarYear Parse(string text) => TryParse(text, out var year) ? year
        : throw new FormatException($"Expected a calendar year of four digits such as '2011', found '{text}'.");

    /// <summary>Tries to parse four digits, e.g. <c>2011</c>.</summary>
    public static bool TryParse(string? text, out CalendarYear year)
    {
        year = default;
        var t = text?.Trim();
        if (t is null || t.Length != 4 || !int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1)
        {
            return false;
        }
        year = new CalendarYear(y);
        return true;
    }

    /// <summary>Converts a year number.</summary>
    public static implicit operator CalendarYear(int year) => new(year);
}
