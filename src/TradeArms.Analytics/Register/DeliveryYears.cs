using System.Collections.Immutable;

namespace TradeArms.Register;

/// <summary>
/// The years in which a deal's weapons were delivered, as SIPRI's <c>Year(s) of delivery</c> column gives them
/// (<c>1979; 1980; 1981</c>), parsed into sorted, distinct calendar years, with the text kept as published.
/// </summary>
/// <remarks>
/// <para>Accepted forms, separated by <c>;</c> or <c>,</c>: a year (<c>1960</c>), an inclusive range (<c>1960-1962</c>,
/// three years), a year or range marked uncertain with <c>?</c> (<c>1960?</c>, <c>?1960</c>), and a lone <c>?</c> (delivered,
/// years unknown). The empty text means no delivery year (an order with nothing delivered yet).</para>
/// <para>Every <c>?</c> sets <see cref="IsUncertain"/>; SIPRI's full register writes none, its by-delivery-year export
/// flags each year instead (see <see cref="DealDelivery.YearIsEstimate"/>).</para>
/// <para>Two values are equal when their published texts are equal (ordinal): the text determines the years.</para>
/// </remarks>
public readonly struct DeliveryYears : IEquatable<DeliveryYears>
{
    private readonly ImmutableArray<CalendarYear> _years;
    private readonly string? _text;

    private DeliveryYears(ImmutableArray<CalendarYear> years, string text, bool isUncertain)
    {
        _years = years;
        _text = text;
        IsUncertain = isUncertain;
    }

    /// <summary>No delivery year (the empty cell).</summary>
    public static DeliveryYears None { get; }

    /// <summary>The years, ascending and distinct; empty for <see cref="None"/> and for a lone <c>?</c>.</summary>
    public ImmutableArray<CalendarYear> Years => _years.IsDefault ? [] : _years;

    /// <summary>The text as published (<c>2007; 2008; 2010</c>), or as composed by the reader for SIPRI's by-delivery-year export.</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>Did the text mark any year as uncertain (<c>?</c>)?</summary>
    public bool IsUncertain { get; }

    /// <summary>Is there no delivery year at all (the empty cell)?</summary>
    public bool IsEmpty => Text.Trim().Length == 0;

    /// <summary>The first delivery year, or null when no year is known.</summary>
    public CalendarYear? First => Years.IsEmpty ? null : Years[0];

    /// <summary>The last delivery year, or null when no year is known.</summary>
    public CalendarYear? Last => Years.IsEmpty ? null : Years[^1];

    /// <summary>Is <paramref name="year"/> one of the delivery years?</summary>
    public bool Contains(CalendarYear year) => Years.BinarySearch(year) >= 0;

    /// <summary>Does any delivery year fall inside <paramref name="range"/>?</summary>
    public bool Overlaps(YearRange range) => Years.Any(range.Contains);

    /// <summary>The years written the way SIPRI's full register writes them: <c>2007; 2008; 2010</c>.</summary>
    /// <param name="years">The years, in any order; duplicates are removed.</param>
    public static DeliveryYears FromYears(IEnumerable<CalendarYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var sorted = years.Distinct().Order().ToImmutableArray();
        return sorted.IsEmpty ? None : new DeliveryYears(sorted, string.Join("; ", sorted), false);
    }

    /// <summary>Parses SIPRI's list of delivery years (see the remarks for the accepted forms).</summary>
    /// <exception cref="FormatException">The text is not a list of years; the message names the part that is not.</exception>
    public static DeliveryYears Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var years, out var bad) ? years
            : throw new FormatException($"Expected delivery years such as '1979; 1980' or '1979-1981', found '{bad}' in '{text}'.");
    }

    /// <summary>Tries to parse SIPRI's list of delivery years (see <see cref="Parse"/>).</summary>
    public static bool TryParse(string? text, out DeliveryYears years) => TryParse(text, out years, out _);

    internal static bool TryParse(string? text, out DeliveryYears years, out string? badPart)
    {
        years = None;
        badPart = null;
        if (text is null)
        {
            return false;
        }
        if (text.Trim().Length == 0)
        {
            years = text.Length == 0 ? None : new DeliveryYears([], text, false);
            return true;
        }
        var list = new List<CalendarYear>();
        var uncertain = false;
        foreach (var raw in text.Split([';', ','], StringSplitOptions.TrimEntries))
        {
            var part = raw;
            if (part == "?")
            {
                uncertain = true;
                continue;
            }
            if (part.StartsWith('?') || part.EndsWith('?'))
            {
                uncertain = true;
                part = part.Trim('?').Trim();
            }
            var dash = part.IndexOfAny(['-', '–']);
            if (dash < 0)
            {
                if (!Year(part, out var single))
                {
                    badPart = raw;
                    return false;
                }
                list.Add(single);
                continue;
            }
            if (!Year(part[..dash].Trim(), out var first) || !Year(part[(dash + 1)..].Trim(), out var last) || last < first)
            {
                badPart = raw;
                return false;
            }
            for (var y = first.Year; y <= last.Year; y++)
            {
                list.Add(new CalendarYear(y));
            }
        }
        years = new DeliveryYears([.. list.Distinct().Order()], text, uncertain);
        return true;
    }

    private static bool Year(string text, out CalendarYear year) => CalendarYear.TryParse(text, out year);

    /// <inheritdoc />
    public bool Equals(DeliveryYears other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DeliveryYears other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>Are the two lists the same text?</summary>
    public static bool operator ==(DeliveryYears left, DeliveryYears right) => left.Equals(right);

    /// <summary>Are the two lists different texts?</summary>
    public static bool operator !=(DeliveryYears left, DeliveryYears right) => !left.Equals(right);

    /// <summary>The text as published.</summary>
    public override string ToString() => Text;
}
