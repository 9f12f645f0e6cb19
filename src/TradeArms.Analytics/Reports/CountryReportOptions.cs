namespace TradeArms.Reports;

/// <summary>What a <see cref="CountryReport"/> covers beyond the arms data: the years, windows, and the optional trade table and milex workbook.</summary>
public sealed class CountryReportOptions
{
    /// <summary>The years of the arms profile; null for all years of the data.</summary>
    public YearRange? Years { get; init; }

    /// <summary>The window length in years (default 5, SIPRI's comparison period).</summary>
    public int WindowLength { get; init; } = 5;

    /// <summary>Partners listed per window before "others" (default 5).</summary>
    public int Top { get; init; } = 5;

    /// <summary>A bilateral trade table of the country with a partner; null for no trade section.</summary>
    public BilateralTradeTable? Trade { get; init; }

    /// <summary>A SIPRI military expenditure workbook; null for no milex section.</summary>
    public Milex.MilexWorkbook? Milex { get; init; }

    /// <summary>
    /// How a fiscal-year trade table is put on the calendar years of the milex section (default
    /// <see cref="FiscalYearAlignment.EvenSpread"/>, SIPRI's own rule for milex; the first and last calendar years stay undefined).
    /// </summary>
    public FiscalYearAlignment TradeAlignment { get; init; } = FiscalYearAlignment.EvenSpread;

    /// <summary>The defaults: all years, 5-year windows, top 5, no trade, no milex.</summary>
    public static CountryReportOptions Default { get; } = new();
}
