using System.Globalization;
using TradeArms.Milex;
using TradeArms.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TradeArms.Tests.Milex;

/// <summary>
/// SIPRI's calendar-year sheet is its financial-year sheet spread evenly over months. For every country whose fiscal
/// year is not the calendar year, the even spread of its financial-year figures must reproduce SIPRI's calendar-year
/// figures within rounding, or appear in the exception list below with the reason.
/// </summary>
public class EvenSpreadAgainstSipriTest(ITestOutputHelper output)
{
    internal static List<string> Compare(MilexWorkbook wb, out int compared, out int countries)
    {
        var exceptions = new List<string>();
        compared = 0;
        countries = 0;
        var calendar = wb[MilexMeasure.LocalCurrencyCalendarYears];
        foreach (var row in wb[MilexMeasure.LocalCurrencyFinancialYears].Rows.Where(r => r.FiscalYearText is { Length: > 0 }))
        {
            MilexCalendarConversion conversion;
            try
            {
                conversion = wb.CalendarYearsFromFinancialYears(row.Country);
            }
            catch (DataCoverageException)
            {
                exceptions.Add($"{row.Country}: FY column '{row.FiscalYearText}' states no history");
                continue;
            }
            countries++;
            var sipri = calendar.Find(row.Country)!;
            foreach (var (year, published) in sipri.Values)
            {
                var ours = conversion.Values.GetValueOrDefault(year);
                if (published.Number is not { } p)
                {
                    continue;
                }
                if (ours.Number is not { } o)
                {
                    exceptions.Add(string.Create(CultureInfo.InvariantCulture, $"{row.Country} {year}: SIPRI {p:0.###}, spread undefined ({conversion.Undefined.GetValueOrDefault(year, "year outside the financial years")})"));
                    continue;
                }
                compared++;
                if (Math.Abs(o - p) > Math.Max(1e-6 * Math.Abs(p), 0.5))
                {
                    exceptions.Add(string.Create(CultureInfo.InvariantCulture, $"{row.Country} {year}: SIPRI {p:0.###}, spread {o:0.###}"));
                }
            }
        }
        return exceptions;
    }

    // Why each exception differs:
    // - Morocco, Ghana, Myanmar, Kuwait: the FY column points to a footnote ("See footnote", "It's complicated") and
    //   states no history to spread.
    // - Zimbabwe 1997, Sri Lanka 1971, Taiwan 1999, Sweden 1995-1996: a transitional year ("1997: Jul-Dec",
    //   "1971: Oct-Dec") followed by calendar years. SIPRI's calendar figures spread it over 18 months (15 for Sri Lanka)
    //   ending in December of the next year (CY 1997 = 6/12 x FY 1996 + 6/18 x FY 1997), against the column, which says
    //   the next year is a fiscal year of its own (Sweden's FY 1996 is printed 0; Taiwan's CY 2000 equals FY 2000).
    // - Haiti 1996 and 2012: SIPRI prints 0 for the calendar year; the spread of FY 1995 (Oct 1995-Sep 1996, 41.738
    //   million gourdes) and FY 2012 (from Oct 2012, 180 million) is not 0.
    // - Australia: SIPRI prints 0 for its first calendar year(s), where the spread is undefined (January-June 1948/49
    //   lie before the first financial year) or, in the 2024 release, 57 million for 1949.
    private static readonly string[] s_shared =
    [
        "Zimbabwe 1997: SIPRI 311400000, spread 617400000",
        "Haiti 1996: SIPRI 0, spread 31303500",
        "Haiti 2012: SIPRI 0, spread 45000000",
    ];

    private static readonly string[] s_transition =
    [
        "Sri Lanka 1971: SIPRI 191450000, spread 372250000",
        "Taiwan 1999: SIPRI 282216666666.667, spread 551350000000",
    ];

    private static readonly string[] s_sweden =
    [
        "Sweden 1995: SIPRI 33194166666.667, spread 62041500000",
        "Sweden 1996: SIPRI 28847333333.333, spread 0",
    ];

    [SharedDataFact]
    public void Release2025_ReproducesSipriCalendarYears_ExceptTheListed() => Check(MilexWorkbookTest.Release2025, 2743,
    [
        "Morocco: FY column 'See footnote' states no history",
        "Ghana: FY column 'It's complicated (see footnote)' states no history",
        .. s_shared,
        "Australia 1949: SIPRI 0, spread undefined (Jan 1949 lies in no fiscal year of the data (partial year))",
        .. s_transition,
        "Myanmar: FY column 'See footnote' states no history",
        .. s_sweden,
        "Kuwait: FY column 'See footnote' states no history",
    ]);

    [SharedDataFact]
    public void Release2024_ReproducesSipriCalendarYears_ExceptTheListed() => Check(MilexWorkbookTest.Release2024, 2697,
    [
        "Morocco: FY column 'It's complicated (see footnote)' states no history",
        "Ghana: FY column 'It's complicated (see footnote)' states no history",
        .. s_shared,
        "Australia 1948: SIPRI 0, spread undefined (Jan 1948 lies in no fiscal year of the data (partial year))",
        "Australia 1949: SIPRI 0, spread 57000000",
        .. s_transition,
        "Myanmar: FY column 'It's complicated (see footnote)' states no history",
        .. s_sweden,
        "Kuwait: FY column 'It's complicated (see footnote)' states no history",
    ]);

    private void Check(MilexWorkbook workbook, int years, string[] expected)
    {
        var exceptions = Compare(workbook, out var compared, out var countries);
        output.WriteLine($"{countries} countries, {compared} years compared");
        output.WriteLine(string.Join("\n", exceptions));
        Assert.Equal(years, compared);
        Assert.Equal(49, countries);
        Assert.Equal(expected, exceptions);
    }
}
