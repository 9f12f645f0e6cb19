namespace TradeArms;

/// <summary>Whether a <see cref="Period"/> is a calendar year or a fiscal year.</summary>
public enum PeriodKind
{
    /// <summary>1 January to 31 December.</summary>
    CalendarYear,

    /// <summary>Twelve months starting in another month; see <see cref="FiscalYearConvention"/>.</summary>
    FiscalYear,
}
