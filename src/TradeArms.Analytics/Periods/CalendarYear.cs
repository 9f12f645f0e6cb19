using System.Globalization;

namespace TradeArms;

/// <summary>
/// A calendar year, 1 January to 31 December. SIPRI's TIV series and IMF Direction of Trade Statistics are
/// by calendar year. Not to be confused with a <see cref="FiscalYear"/> that merely starts or ends in the same year.
/// </summary>
public readonly record struct CalendarYear : IComparable<CalendarYear>, IComparable
{
    /// <summary>The first year TradeArms accepts, 1700: historical trade statistics reach back to the 18th century
    /// (SIPRI's data start in 1950, the IMF's trade data in 1948).</summary>
    public const int MinYear = 1700;

    /// <summary>The last year TradeArms accepts, 2200 (projections included). A year outside
    /// <see cref="MinYear"/>..<see cref="MaxYear"/> in a file is an error naming its position, so a typo such as
    /// <c>9999</c> or <c>0001</c> never becomes a range of thousands of empty years.</summary>
    public const int MaxYear = 2200;

    /// <summary>The accepted range in words, for messages: <c>a year from 1700 to 2200</c>.</summary>
    public static string RangeDescription => "a year from 1700 to 2200";

    /// <summary>Creates a calendar year.</summary>
    /// <param name="year">The year number, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="MinYear"/>..<see cref="MaxYear"/>.</exception>
    public CalendarYear(int year)
    {
        if (!IsValid(year))
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Expected " + RangeDescription + ".");
        }
        Year = year;
    }

    /// <summary>Is <paramref name="year"/> within <see cref="MinYear"/>..<see cref="MaxYear"/>?</summary>
    public static bool IsValid(int year) => year is >= MinYear and <= MaxYear;

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
        : throw new FormatException($"Expected a calendar year of four digits such as '2011' ({RangeDescription}), found '{text}'.");

    /// <summary>Tries to parse four digits, e.g. <c>2011</c>; false for a year outside <see cref="MinYear"/>..<see cref="MaxYear"/>.</summary>
    public static bool TryParse(string? text, out CalendarYear year)
    {
        year = default;
        var t = text?.Trim();
        if (t is null || t.Length != 4 || !int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || !IsValid(y))
        {
            return false;
        }
        year = new CalendarYear(y);
        return true;
    }

    /// <summary>Four digits naming a year outside <see cref="MinYear"/>..<see cref="MaxYear"/> (such as <c>9999</c>)?</summary>
    public static bool IsOutOfRange(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        return t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && !IsValid(y);
    }

    /// <summary>Converts a year number.</summary>
    public static implicit operator CalendarYear(int year) => new(year);
}
