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
}
