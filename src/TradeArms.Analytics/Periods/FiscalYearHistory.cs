using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeArms;

/// <summary>
/// How a country's fiscal years ran over time, as SIPRI's financial-year sheet states it in its column "Fiscal Year
/// (Jan-Dec if not stated)": empty (calendar years), one span (<c>Jul-Jun</c>, <c>Apr-Mar</c>, <c>Oct-Sep</c>), or a
/// history such as <c>Till: 1957 Apr-Mar, 1958: Apr-Jun, From 1959: Jul-Jun</c>. Fiscal years are labelled by the year
/// in which they start ("Financial years are always treated as starting in the specified year").
/// </summary>
/// <remarks>
/// A transitional year (<c>1958: Apr-Jun</c>) starts in its month of the labelled year and runs until the first fiscal
/// year of the next stretch starts: Pakistan's FY 1958 is April 1958 to June 1959 (15 months), Rwanda's
/// <c>2009: Jan-Jun</c> January 2009 to June 2010 (18 months). Its stated last month must agree.
/// </remarks>
public sealed partial class FiscalYearHistory
{
    private FiscalYearHistory(string text, IReadOnlyList<FiscalYearSegment> segments)
    {
        Text = text;
        Segments = segments;
    }

    /// <summary>Calendar years (January-December) throughout.</summary>
    public static FiscalYearHistory Calendar { get; } = new("", [new FiscalYearSegment(null, null, 1, 12)]);

    /// <summary>One convention throughout, e.g. July-June.</summary>
    public static FiscalYearHistory Of(FiscalYearConvention convention) =>
        new(convention.ToString(), [new FiscalYearSegment(null, null, convention.StartMonth, 12)]);

    /// <summary>The text as given.</summary>
    public string Text { get; }

    /// <summary>The stretches in time order.</summary>
    public IReadOnlyList<FiscalYearSegment> Segments { get; }

    /// <summary>Is it January-December throughout?</summary>
    public bool IsCalendar => Segments.Count == 1 && Segments[0].StartMonth == 1 && Segments[0].Months == 12;

    /// <summary>The first month and the length in months of the fiscal year labelled <paramref name="year"/>.</summary>
    public (int Year, int Month, int Months) Span(int year)
    {
        var segment = Segments.First(s => s.Contains(year));
        return (year, segment.StartMonth, segment.Months);
    }

    /// <summary>The stretches in words.</summary>
    public override string ToString() => string.Join(", ", Segments);

    /// <summary>Parses SIPRI's fiscal-year column (see the class remarks).</summary>
    /// <exception cref="FormatException">The text is not a span or a history (e.g. <c>See footnote</c>).</exception>
    public static FiscalYearHistory Parse(string text) => TryParse(text, out var history, out var error) ? history : throw new FormatException(error);

    /// <summary>Tries to parse SIPRI's fiscal-year column; <paramref name="error"/> says why not.</summary>
    public static bool TryParse(string? text, out FiscalYearHistory history, out string error)
    {
        history = Calendar;
        error = $"Expected a fiscal year such as 'Jul-Jun', or a history such as 'Till: 1957 Apr-Mar, 1958: Apr-Jun, From 1959: Jul-Jun', found '{text}'.";
        var t = text?.Trim() ?? "";
        if (t.Length == 0)
        {
            return true;
        }
        if (TrySpan(t, out var start, out var months))
        {
            if (months != 12)
            {
                error = $"Expected a span of twelve months such as 'Jul-Jun', found '{text}'.";
                return false;
            }
            history = new FiscalYearHistory(t, [new FiscalYearSegment(null, null, start, 12)]);
            return true;
        }
        var parts = new List<(int? First, int? Last, int Start, int Months)>();
        foreach (var raw in t.Split(','))
        {
            var part = raw.Trim();
            Match m;
            if ((m = TillPattern().Match(part)).Success)
            {
                parts.Add((null, Year(m, "last"), 0, 0));
            }
            else if ((m = SinglePattern().Match(part)).Success)
            {
                parts.Add((Year(m, "first"), Year(m, "first"), 0, 0));
            }
            else if ((m = FromPattern().Match(part)).Success)
            {
                parts.Add((Year(m, "first"), m.Groups["last"].Success ? Year(m, "last") : null, 0, 0));
            }
            else
            {
                return false;
            }
            if (!TrySpan(m.Groups["span"].Value, out var s, out var n))
            {
                return false;
            }
            parts[^1] = (parts[^1].First, parts[^1].Last, s, n);
        }
        var segments = new List<FiscalYearSegment>();
        for (var i = 0; i < parts.Count; i++)
        {
            var (first, last, s, n) = parts[i];
            if ((first is null && i > 0) || (last is null && i < parts.Count - 1) ||
                (i > 0 && (parts[i - 1].Last is not { } previous || first != previous + 1)))
            {
                error = $"Expected the stretches of a fiscal-year history in order, each starting the year after the previous one ends, found '{text}'.";
                return false;
            }
            if (first is { } f && last == f && i < parts.Count - 1)
            {
                // A transitional year runs until the next stretch's first fiscal year starts.
                var next = parts[i + 1];
                var length = (f + 1) * 12 + next.Start - (f * 12 + s);
                var statedEnd = (s + n - 2) % 12 + 1;
                var computedEnd = (s + length - 2) % 12 + 1;
                if (length < 1 || length > 24 || statedEnd != computedEnd)
                {
                    error = string.Create(CultureInfo.InvariantCulture,
                        $"Expected the transitional year {f} to end the month before the next fiscal year starts, found '{text}'.");
                    return false;
                }
                n = length;
            }
            else if (n != 12)
            {
                error = $"Expected a span of twelve months outside a single transitional year, found '{text}'.";
                return false;
            }
            segments.Add(new FiscalYearSegment(first, last, s, n));
        }
        if (segments[0].FirstYear is not null || segments[^1].LastYear is not null)
        {
            error = $"Expected a history that starts with 'Till:' and ends with 'From', found '{text}'.";
            return false;
        }
        history = new FiscalYearHistory(t, segments);
        return true;
    }

    private static bool TrySpan(string text, out int start, out int months)
    {
        start = months = 0;
        var m = SpanPattern().Match(text);
        if (!m.Success)
        {
            return false;
        }
        var names = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;
        start = Array.FindIndex(names, n => string.Equals(n, m.Groups["from"].Value, StringComparison.OrdinalIgnoreCase)) + 1;
        var end = Array.FindIndex(names, n => string.Equals(n, m.Groups["to"].Value, StringComparison.OrdinalIgnoreCase)) + 1;
        if (start == 0 || end == 0 || start > 12 || end > 12)
        {
            return false;
        }
        months = (end - start + 12) % 12 + 1;
        return true;
    }

    private static int Year(Match m, string group) => int.Parse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<from>[A-Za-z]{3})\s*-\s*(?<to>[A-Za-z]{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex SpanPattern();

    [GeneratedRegex(@"^Till:?\s*(?<last>\d{4})\s+(?<span>[A-Za-z]{3}\s*-\s*[A-Za-z]{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex TillPattern();

    [GeneratedRegex(@"^(?<first>\d{4}):\s*(?<span>[A-Za-z]{3}\s*-\s*[A-Za-z]{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex SinglePattern();

    [GeneratedRegex(@"^From:?\s*(?<first>\d{4})(?:\s+Till:?\s*(?<last>\d{4}))?:?\s+(?<span>[A-Za-z]{3}\s*-\s*[A-Za-z]{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex FromPattern();
}
