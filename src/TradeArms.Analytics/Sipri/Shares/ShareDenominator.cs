namespace TradeArms.Sipri;

/// <summary>
/// What a share is a share of: the sum of the partner rows, or the total SIPRI printed. The two differ only by
/// rounding: SIPRI rounds every cell and every printed total to a whole number separately, so the rows of a year may
/// add up to a little more or less than the printed total (India 2012-2016: rows 19348, Total row 19342).
/// </summary>
public enum ShareDenominator
{
    /// <summary>
    /// The sum of the partner rows over the window (the default). The shares then add up to exactly 100%, the
    /// Herfindahl index is exact, and the denominator exists for any data loaded (a by-exporter table, a tidy file, a
    /// DataFrame), not only where SIPRI's Total row was loaded.
    /// </summary>
    SumOfRows,

    /// <summary>
    /// SIPRI's printed Total row, summed over the years of the window. The shares may add up to a little more or less
    /// than 100%. Needs the Total row of the subject's table (its by-recipient or by-exporter table, or SIPRI's table
    /// for "all" for a recipient's imports); without it the calculation fails rather than guess.
    /// </summary>
    SipriTotalRow,
}
