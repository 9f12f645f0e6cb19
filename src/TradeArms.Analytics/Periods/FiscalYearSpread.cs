using System.Globalization;

namespace TradeArms;

/// <summary>
/// <see cref="FiscalYearAlignment.EvenSpread"/>, SIPRI's rule for putting financial-year figures on calendar years:
/// each fiscal year's figure is spread evenly over its months (a transitional year of 15 months over 15), and a calendar
/// year is the sum of its twelve months. The one implementation; milex conversion and
/// <see cref="TimeSeries.ToCalendarYears"/> call it.
/// </summary>
public static class FiscalYearSpread
{
    private static readonly string[] s_months = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;

    /// <summary>Converts figures by fiscal year (labelled by start year; null = no figure) to calendar years.</summary>
    /// <param name="byFiscalYear">Figures by fiscal year; a fiscal year absent from the input is a gap, like a null figure.</param>
    /// <param name="history">When each fiscal year starts and how long it lasts.</param>
    /// <exception cref="ArgumentException">A fiscal year appears twice or a figure is not finite.</exception>
    public static CalendarYearSpread ToCalendarYears(IEnumerable<(int FiscalYear, double? Value)> byFiscalYear, FiscalYearHistory history)
    {
        ArgumentNullException.ThrowIfNull(byFiscalYear);
        ArgumentNullException.ThrowIfNull(history);
        // Month index = year * 12 + month - 1. Each month knows the fiscal year that claims it, or that two do.
        var claims = new Dictionary<int, (int FiscalYear, double? Value, int Months, int? Second)>();
        var seen = new HashSet<int>();
        foreach (var (fy, value) in byFiscalYear)
        {
            if (!seen.Add(fy))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"FY {fy} appears twice."), nameof(byFiscalYear));
            }
            if (value is { } v && !double.IsFinite(v))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"FY {fy} has {v}; use null for no figure."), nameof(byFiscalYear));
            }
            var (year, month, months) = history.Span(fy);
            var first = year * 12 + month - 1;
            for (var m = first; m < first + months; m++)
            {
                claims[m] = claims.TryGetValue(m, out var earlier) ? earlier with { Second = fy } : (fy, value, months, null);
            }
        }
        var values = new SortedDictionary<int, double>();
        var undefined = new SortedDictionary<int, string>();
        var contributions = new SortedDictionary<int, IReadOnlyList<(int, int, int)>>();
        if (claims.Count == 0)
        {
            return new CalendarYearSpread(values, undefined, contributions);
        }
        var firstYear = claims.Keys.Min() / 12;
        var lastYear = claims.Keys.Max() / 12;
        for (var y = firstYear; y <= lastYear; y++)
        {
            var total = 0.0;
            string? reason = null;
            var parts = new List<(int FiscalYear, int Months, int OfMonths)>();
            for (var m = y * 12; m < y * 12 + 12 && reason is null; m++)
            {
                var when = string.Create(CultureInfo.InvariantCulture, $"{s_months[m % 12]} {y}");
                if (!claims.TryGetValue(m, out var c))
                {
                    reason = $"{when} lies in no fiscal year of the data (partial year)";
                }
                else if (c.Second is { } second)
                {
                    reason = string.Create(CultureInfo.InvariantCulture, $"{when} lies in both FY {c.FiscalYear} and FY {second}");
                }
                else if (c.Value is not { } v)
                {
                    reason = string.Create(CultureInfo.InvariantCulture, $"FY {c.FiscalYear}, which holds {when}, has no figure");
                }
                else
                {
                    total += v / c.Months;
                    if (parts.Count > 0 && parts[^1].FiscalYear == c.FiscalYear)
                    {
                        parts[^1] = (c.FiscalYear, parts[^1].Months + 1, c.Months);
                    }
                    else
                    {
                        parts.Add((c.FiscalYear, 1, c.Months));
                    }
                }
            }
            if (reason is null)
            {
                values[y] = total;
                contributions[y] = parts;
            }
            else
            {
                undefined[y] = reason;
            }
        }
        return new CalendarYearSpread(values, undefined, contributions);
    }
}
