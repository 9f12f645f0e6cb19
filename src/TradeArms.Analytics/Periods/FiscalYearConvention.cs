using System.Globalization;

namespace TradeArms;

/// <summary>
/// When a country's fiscal year starts: Pakistan's runs July to June, India's April to March.
/// A fiscal year is labelled by its start year and the last two digits of its end year (<c>2010-11</c>).
/// </summary>
public readonly record struct FiscalYearConvention
{
    /// <summary>Creates a convention from the month in which the fiscal year starts.</summary>
    /// <param name="startMonth">2 (February) to 12 (December). A year starting in January is a <see cref="CalendarYear"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The month is not 2..12.</exception>
    public FiscalYearConvention(int startMonth)
    {
        if (startMonth is < 2 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(startMonth), startMonth,
                "A fiscal year starts in month 2 to 12; a year starting in January is a CalendarYear.");
        }
        StartMonth = startMonth;
    }

    /// <summary>July to June: Pakistan, Australia, Egypt, New Zealand (state sector), ...</summary>
    public static FiscalYearConvention JulyToJune { get; } = new(7);

    /// <summary>April to March: India, Japan, the United Kingdom (government), ...</summary>
    public static FiscalYearConvention AprilToMarch { get; } = new(4);

    /// <summary>October to September: the United States federal government.</summary>
    public static FiscalYearConvention OctoberToSeptember { get; } = new(10);

    /// <summary>The month (1-12) in which the fiscal year starts.</summary>
    public int StartMonth { get; }

    /// <summary>The month (1-12) in which the fiscal year ends.</summary>
    public int EndMonth => StartMonth == 1 ? 12 : StartMonth - 1;

    /// <summary>For example <c>July-June</c>.</summary>
    public override string ToString() =>
        $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(StartMonth)}-{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(EndMonth)}";

    /// <summary>
    /// Parses a start month given as a month name (<c>July</c>, <c>Jul</c>), a month number (<c>7</c>) or a span
    /// (<c>July-June</c>), case-insensitively and independent of the current culture.
    /// </summary>
    /// <exception cref="FormatException">The text names no month.</exception>
    public static FiscalYearConvention Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        var dash = t.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            t = t[..dash].Trim();
        }
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 2 and <= 12)
        {
            return new FiscalYearConvention(number);
        }
        var names = CultureInfo.InvariantCulture.DateTimeFormat;
        for (var m = 1; m <= 12; m++)
        {
            if (string.Equals(t, names.GetMonthName(m), StringComparison.OrdinalIgnoreCase) ||
                string.Equals(t, names.GetAbbreviatedMonthName(m), StringComparison.OrdinalIgnoreCase))
            {
                if (m == 1)
                {
                    break;
                }
                return new FiscalYearConvention(m);
            }
        }
        throw new FormatException($"Expected the start month of a fiscal year (e.g. 'July', 'Jul', '7' or 'July-June'; January means calendar years), found '{text}'.");
    }
}
