using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeArms.Sources;

/// <summary>The period of a trade observation: a calendar year, a quarter or a month.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Frequency">Annual, quarterly or monthly.</param>
/// <param name="Number">The quarter (1-4) or month (1-12); 0 for a year.</param>
public readonly partial record struct TradePeriod(int Year, TradeFrequency Frequency, int Number) : IComparable<TradePeriod>
{
    /// <summary>A calendar year.</summary>
    public static TradePeriod OfYear(int year) => new(year, TradeFrequency.Annual, 0);

    /// <summary>
    /// Parses an SDMX <c>TIME_PERIOD</c> for a frequency: <c>2020</c> (A), <c>2020-Q1</c> (Q), <c>2020-01</c> or <c>2020-M01</c> (M);
    /// Comtrade's monthly <c>202001</c> is accepted too. Returns false when the text does not fit the frequency.
    /// </summary>
    public static bool TryParse(string text, TradeFrequency frequency, out TradePeriod period)
    {
        period = default;
        var m = frequency switch
        {
            TradeFrequency.Annual => AnnualPattern().Match(text),
            TradeFrequency.Quarterly => QuarterPattern().Match(text),
            _ => MonthPattern().Match(text),
        };
        if (!m.Success)
        {
            return false;
        }
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var number = frequency == TradeFrequency.Annual ? 0 : int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (year < 1900 || year > 2100 || (frequency == TradeFrequency.Quarterly && number is < 1 or > 4) || (frequency == TradeFrequency.Monthly && number is < 1 or > 12))
        {
            return false;
        }
        period = new TradePeriod(year, frequency, number);
        return true;
    }

    /// <summary>The expected form of a period of a frequency, for messages.</summary>
    public static string Form(TradeFrequency frequency) => frequency switch
    {
        TradeFrequency.Annual => "a year such as 2020",
        TradeFrequency.Quarterly => "a quarter such as 2020-Q1",
        _ => "a month such as 2020-01",
    };

    /// <inheritdoc />
    public int CompareTo(TradePeriod other) => (Year, (int)Frequency, Number).CompareTo((other.Year, (int)other.Frequency, other.Number));

    /// <summary>True when <paramref name="left"/> comes first.</summary>
    public static bool operator <(TradePeriod left, TradePeriod right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> comes later.</summary>
    public static bool operator >(TradePeriod left, TradePeriod right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> comes first or is the same period.</summary>
    public static bool operator <=(TradePeriod left, TradePeriod right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> comes later or is the same period.</summary>
    public static bool operator >=(TradePeriod left, TradePeriod right) => left.CompareTo(right) >= 0;

    /// <summary>The span from <paramref name="first"/> to <paramref name="last"/> as results print their window: <c>2018 to 2022</c>, or one period alone (as <see cref="Period"/>'s spans).</summary>
    internal static string Span(TradePeriod first, TradePeriod last) => first == last ? first.ToString() : $"{first} to {last}";

    /// <summary><c>2020</c>, <c>2020-Q1</c> or <c>2020-01</c>.</summary>
    public override string ToString() => Frequency switch
    {
        TradeFrequency.Annual => Year.ToString("0000", CultureInfo.InvariantCulture),
        TradeFrequency.Quarterly => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-Q{Number}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Number:00}"),
    };

    [GeneratedRegex(@"^(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex AnnualPattern();

    [GeneratedRegex(@"^(?<y>\d{4})-Q(?<n>\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(?<y>\d{4})(-M?)?(?<n>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();
}
