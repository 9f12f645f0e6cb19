using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TradeArms;

/// <summary>
/// An inclusive range of calendar years, such as SIPRI's 5-year comparison windows: <c>2017-2021</c> holds the five
/// years 2017, 2018, 2019, 2020 and 2021.
/// </summary>
/// <remarks>
/// The algebra of windows lives here, once: <see cref="Intersect"/>, <see cref="LastYears"/> / <see cref="FirstYears"/>,
/// <see cref="Split"/> into n-year windows with a stated <see cref="WindowAlignment"/>, <see cref="Previous"/> and
/// <see cref="Next"/>. Text is parsed as economists write windows (<see cref="Parse(string)"/>).
/// </remarks>
public readonly record struct YearRange : IEnumerable<CalendarYear>, IParsable<YearRange>, ISpanFormattable
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

    /// <summary>Do the two ranges share at least one year?</summary>
    public bool Overlaps(YearRange other) => other.First <= Last && other.Last >= First;

    /// <summary>The years both ranges hold (1990-1992 for 1950-1992 and 1990-2021); null when they share none.</summary>
    public YearRange? Intersect(YearRange other) => Overlaps(other)
        ? new YearRange(First > other.First ? First : other.First, Last < other.Last ? Last : other.Last)
        : null;

    /// <summary>The smallest range holding every given range (1992-2021 for 1992-1996 ... 2017-2021).</summary>
    /// <exception cref="ArgumentException">No range is given.</exception>
    public static YearRange Covering(IEnumerable<YearRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        YearRange? cover = null;
        foreach (var r in ranges)
        {
            cover = cover is { } c ? new YearRange(c.First < r.First ? c.First : r.First, c.Last > r.Last ? c.Last : r.Last) : r;
        }
        return cover ?? throw new ArgumentException("At least one range is needed.", nameof(ranges));
    }

    /// <summary>The last <paramref name="count"/> years of the range (2017-2021 for the last 5 of 1950-2021).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1 or above <see cref="Count"/>.</exception>
    public YearRange LastYears(int count)
    {
        RequireCount(count);
        return new YearRange(Last.PlusYears(1 - count), Last);
    }

    /// <summary>The first <paramref name="count"/> years of the range.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1 or above <see cref="Count"/>.</exception>
    public YearRange FirstYears(int count)
    {
        RequireCount(count);
        return new YearRange(First, First.PlusYears(count - 1));
    }

    /// <summary>
    /// Splits the range into consecutive windows of <paramref name="length"/> years, anchored as
    /// <paramref name="alignment"/> says; the years that fill no whole window are returned as
    /// <see cref="WindowSplit.Remainder"/> (with a <see cref="WindowSplit.Note"/>), never dropped silently.
    /// </summary>
    /// <example><c>YearRange.Parse("1990-2021").Split(5, WindowAlignment.FromEnd)</c>: 1992-1996 ... 2017-2021, remainder 1990-1991.</example>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is below 1, or the alignment is unknown.</exception>
    public WindowSplit Split(int length, WindowAlignment alignment)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        if (!Enum.IsDefined(alignment))
        {
            throw new ArgumentOutOfRangeException(nameof(alignment), alignment, "Unknown window alignment.");
        }
        var whole = Count / length;
        var left = Count - whole * length;
        var start = alignment == WindowAlignment.FromEnd ? First.Year + left : First.Year;
        var windows = ImmutableArray.CreateBuilder<YearRange>(whole);
        for (var i = 0; i < whole; i++)
        {
            windows.Add(new YearRange(start + i * length, start + (i + 1) * length - 1));
        }
        YearRange? remainder = left == 0 ? null
            : alignment == WindowAlignment.FromEnd ? FirstYears(left) : LastYears(left);
        return new WindowSplit(this, length, alignment, windows.MoveToImmutable(), remainder);
    }

    /// <summary>
    /// Is there a window of the same length before this one within the supported years (from
    /// <see cref="CalendarYear.MinYear"/>)? False for <c>1700-1704</c>.
    /// </summary>
    public bool HasPrevious => First.Year - Count >= CalendarYear.MinYear;

    /// <summary>The window of the same length that ends the year before this one starts (2012-2016 for 2017-2021).</summary>
    /// <exception cref="ArgumentOutOfRangeException">That window would start before <see cref="CalendarYear.MinYear"/> (see <see cref="HasPrevious"/>).</exception>
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

    /// <summary>
    /// Formats the range: <c>G</c> (or null/empty) gives <c>2017-2021</c> (<c>2017</c> for a single year). The provider
    /// is ignored: years are always four ASCII digits.
    /// </summary>
    /// <exception cref="FormatException">The format is not <c>G</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        RequireFormat(format);
        return ToString();
    }

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)"/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        RequireFormat(format.IsEmpty ? null : format.ToString());
        return Count == 1
            ? destination.TryWrite(CultureInfo.InvariantCulture, $"{First.Year:0000}", out charsWritten)
            : destination.TryWrite(CultureInfo.InvariantCulture, $"{First.Year:0000}-{Last.Year:0000}", out charsWritten);
    }

    /// <summary>
    /// Parses a window as economists write it: <c>2017-2021</c>, <c>2017–2021</c> (en dash), <c>2017/2021</c>, a
    /// two-digit last year <c>2012-16</c> or <c>2012/16</c> (the first year with those last two digits at or after the
    /// first: <c>1998-02</c> is 1998-2002), or a single year <c>2017</c>. <c>2010-11</c> is the 2-year window
    /// 2010-2011 here, not a fiscal year: <see cref="ReadingOf"/> says so for such text.
    /// </summary>
    /// <exception cref="FormatException">The text is not a year range, or its last year is before its first.</exception>
    public static YearRange Parse(string text) => TryParse(text, out var range) ? range
        : throw new FormatException($"Expected a year range such as '2017-2021' or '2017-21' (both years included), found '{text}'.");

    // IParsable<YearRange>: explicit, so that the culture-free Parse(string) stays the one public parse (years have no culture).
    static YearRange IParsable<YearRange>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse a year range (see <see cref="Parse(string)"/>).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out YearRange range) => TryRead(text, out range, out _);

    static bool IParsable<YearRange>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out YearRange result) => TryParse(s, out result);

    /// <summary>
    /// Which reading <see cref="Parse(string)"/> takes of text that could mean something else; null when the text is
    /// unambiguous (or not a range). <c>2010-11</c> could be Pakistan's fiscal year: read as a window it is the two
    /// calendar years 2010-2011, and this says so, for a note beside the result.
    /// </summary>
    public static string? ReadingOf(string? text)
    {
        if (!TryRead(text, out var range, out var twoDigitEnd) || !twoDigitEnd || range.Count != 2)
        {
            return null;
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"'{text!.Trim()}' was read as the 2-year window {range} (calendar years {range.First} and {range.Last}), not as a fiscal year.");
    }

    private static bool TryRead(string? text, out YearRange range, out bool twoDigitEnd)
    {
        range = default;
        twoDigitEnd = false;
        if (text is null)
        {
            return false;
        }
        var t = text.Trim();
        var separator = t.IndexOfAny(['-', '–', '/']);
        if (separator < 0)
        {
            if (CalendarYear.TryParse(t, out var single))
            {
                range = new YearRange(single, single);
                return true;
            }
            return false;
        }
        var endText = t[(separator + 1)..].Trim();
        if (!CalendarYear.TryParse(t[..separator].Trim(), out var first))
        {
            return false;
        }
        CalendarYear last;
        if (endText.Length == 2 && endText.All(char.IsAsciiDigit))
        {
            var end = first.Year - first.Year % 100 + int.Parse(endText, NumberStyles.None, CultureInfo.InvariantCulture);
            if (end < first.Year)
            {
                end += 100;
            }
            if (end > 9998)
            {
                return false;
            }
            last = new CalendarYear(end);
            twoDigitEnd = true;
        }
        else if (!CalendarYear.TryParse(endText, out last))
        {
            return false;
        }
        if (last < first)
        {
            return false;
        }
        range = new YearRange(first, last);
        return true;
    }

    private void RequireCount(int count)
    {
        if (count < 1 || count > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count,
                string.Create(CultureInfo.InvariantCulture, $"{this} holds {Count} year{(Count == 1 ? "" : "s")}: ask for 1 to {Count}."));
        }
    }

    private static void RequireFormat(string? format)
    {
        if (format is not (null or "" or "G" or "g"))
        {
            throw new FormatException($"A year range has one format, 'G' (e.g. 2017-2021); found '{format}'.");
        }
    }
}
