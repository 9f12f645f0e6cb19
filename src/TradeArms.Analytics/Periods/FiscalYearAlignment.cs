namespace TradeArms;

/// <summary>
/// The documented rule by which a fiscal year is put against a calendar year. There is no right answer, only an
/// explicit one: TradeArms never aligns fiscal and calendar periods unless the caller names a rule.
/// </summary>
public enum FiscalYearAlignment
{
    /// <summary>
    /// A fiscal year counts as the calendar year in which it ends: FY <c>2010-11</c> (July 2010 - June 2011) is put
    /// against 2011. The usual choice of statistical offices that name fiscal years by end year (<c>FY2011</c>).
    /// </summary>
    EndYear,

    /// <summary>A fiscal year counts as the calendar year in which it starts: FY <c>2010-11</c> is put against 2010.</summary>
    StartYear,

    /// <summary>
    /// A fiscal year counts as the calendar year that holds more of its months: an April-March year goes to its
    /// start year (9 of 12 months), an October-September year to its end year. A July-June year is split 6/6 and
    /// has no larger overlap: aligning it by this rule throws, so the caller must choose EndYear or StartYear.
    /// </summary>
    LargerOverlap,

    /// <summary>
    /// SIPRI's rule: each fiscal year is spread evenly over its months, and a calendar year is the sum of the
    /// months that fall in it. An April-March FY 2023 gives 9/12 of itself to 2023 and 3/12 to 2024, so calendar
    /// 2024 = 3/12 x FY 2023 + 9/12 x FY 2024. A calendar year not fully covered by fiscal years with figures (the
    /// first and last years of a series, a gap, a missing figure, months claimed by two fiscal years) is undefined,
    /// never a partial sum. Only for flows (money, TIV), not for shares or indices. A single fiscal year has no one
    /// calendar year under this rule: see <see cref="FiscalYearSpread"/> and <see cref="TimeSeries.ToCalendarYears"/>.
    /// </summary>
    EvenSpread,
}
