using System.Collections;
using System.Globalization;

namespace TradeArms;

/// <summary>
/// An inclusive range of calendar years, such as SIPRI's 5-year comparison windows: <c>2017-2021</c> holds the five
/// years 2017, 2018, 2019, 2020 and 2021.
/// </summary>
public readonly record struct YearRange : IEnumerable<CalendarYear>
{
    /// <summary>Creates the range <paramref name="first"/>..<paramref name="last"/>, both included.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The last year is before the first.</exception>
    public YearRange(CalendarYear first, CalendarYear last)
    {
        if (last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(last), last.Year,
                string.Create(CultureInfo.InvariantCulture, $"The last year ({last.Year}) is before the first ({first.Year})."));
        }
        First = first;
        Last = last;
    }

    /// <summary>The first year (included).</summary>
    public CalendarYear First { get; }

    /// <summary>The last year (included).</summary>
    public CalendarYear Last { get; }

    /// <summary>The number of years, e.g. 5 for <c>2017-2021</c>.</summary>
    public int Count => Last.Year - First.Year + 1;

    /// <summary>Does the range include the year?</summary>
    public bool Contains(CalendarYear year) => year >= First && year <= Last;

    /// <summary>Does the range include every year of <paramref name="other"/>?</summary>
    public bool Contains(YearRange other) => Contains(other.First) && Contains(other.Last);

    /// <summary>The window of the same length that ends the year before this one starts (2012-2016 for 2017-2021).</summary>
    public YearRange Previous() => new(First.PlusYears(-Count), First.PlusYears(-1));

    /// <summary>The window of the same length that starts the year after this one ends.</summary>
    public YearRange Next() => new(Last.PlusYears(1), Last.PlusYears(Count));

    /// <summary>The years in order.</summary>
    public IEnumerator<CalendarYear> GetEnumerator()
    {
        for (var y = First.Year; y <= Last.Year; y++)
        {
            yield return new CalendarYear(y);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary><c>2017-2021</c>, or <c>2017</c> for a single year.</summary>
    public override string ToString() => Count == 1 ? First.ToString() : $"{First}-{Last}";

    /// <summary>Parses <c>2017-2021</c>, <c>2017–2021</c> or a single year <c>2017</c>.</summary>
    /// <exception cref="FormatException">The text is not a year range, or its last year is before its first.</exception>
    public static YearRange Parse(string text) => TryParse(text, out var range) ? range
        : throw new FormatException($"Expected a year range such as '2017-2021' (both years included), found '{text}'.");

    /// <summary>Tries to parse a year range (see <see cref="Parse"/>).</summary>
    public static bool TryParse(string? text, out YearRange range)
    {
        range = default;
        if (text is null)
        {
            return false;
        }
        var t = text.Trim();
        var dash = t.IndexOfAny(['-', '–']);
        if (dash < 0)
        {
            if (CalendarYear.TryParse(t, out var single))
            {
                range = new YearRange(single, single);
                return true;
            }
            return false;
        }
        if (!CalendarYear.TryParse(t[..dash], out var first) || !CalendarYear.TryParse(t[(dash + 1)..], out var last) || last < first)
        {
            return false;
        }
        range = new YearRange(first, last);
        return true;
    }
}
