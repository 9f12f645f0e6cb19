using System.Globalization;

namespace TradeArms;

/// <summary>
/// The calendar years in which an actor existed as SIPRI lists it: the Soviet Union to 1991, Czechia from 1993,
/// South Yemen 1967-1989. An open end (null) means the actor existed before the data begin or still exists. A year
/// outside the lifetime is "did not exist" (<see cref="TivStatus.DidNotExist"/>), never zero deliveries.
/// </summary>
public readonly record struct ActorLifetime
{
    /// <summary>Creates a lifetime; null for an open end.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The last year is before the first.</exception>
    public ActorLifetime(CalendarYear? first, CalendarYear? last)
    {
        if (first is { } f && last is { } l && l < f)
        {
            throw new ArgumentOutOfRangeException(nameof(last), l.Year,
                string.Create(CultureInfo.InvariantCulture, $"A lifetime cannot end ({l}) before it starts ({f})."));
        }
        First = first;
        Last = last;
    }

    /// <summary>The first year of existence; null when it existed before any data (or the start is not recorded).</summary>
    public CalendarYear? First { get; }

    /// <summary>The last year of existence; null while it exists.</summary>
    public CalendarYear? Last { get; }

    /// <summary>Did the actor exist in the year?</summary>
    public bool Contains(CalendarYear year) => (First is not { } f || year >= f) && (Last is not { } l || year <= l);

    /// <summary>Did the actor exist in every year of the range?</summary>
    public bool Contains(YearRange years) => Contains(years.First) && Contains(years.Last);

    /// <summary>The years of <paramref name="years"/> in which the actor existed; null when it existed in none of them.</summary>
    public YearRange? Within(YearRange years)
    {
        var first = First is { } f && f > years.First ? f : years.First;
        var last = Last is { } l && l < years.Last ? l : years.Last;
        return first <= last ? new YearRange(first, last) : null;
    }

    /// <summary>The smallest lifetime that holds this one and the range (used when data record an actor outside it).</summary>
    public ActorLifetime Widen(YearRange years) => new(
        First is { } f && years.First < f ? years.First : First,
        Last is { } l && years.Last > l ? years.Last : Last);

    /// <summary><c>1993-</c>, <c>-1991</c> or <c>1967-1989</c>.</summary>
    public override string ToString() => $"{First?.ToString() ?? ""}-{Last?.ToString() ?? ""}";

    /// <summary>Parses <c>1993-</c>, <c>-1991</c> or <c>1967-1989</c> (the catalogue's notation).</summary>
    /// <exception cref="FormatException">The text is not a lifetime.</exception>
    public static ActorLifetime Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        var dash = t.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0 || t.Length < 5)
        {
            throw new FormatException($"Expected a lifetime such as '1993-', '-1991' or '1967-1989', found '{text}'.");
        }
        CalendarYear? Year(string part) => part.Length == 0 ? null
            : CalendarYear.TryParse(part, out var y) ? y
            : throw new FormatException($"Expected a lifetime such as '1993-', '-1991' or '1967-1989', found '{text}'.");
        var first = Year(t[..dash]);
        var last = Year(t[(dash + 1)..]);
        return first is null && last is null
            ? throw new FormatException($"A lifetime needs a first or a last year, found '{text}'.")
            : new ActorLifetime(first, last);
    }
}
