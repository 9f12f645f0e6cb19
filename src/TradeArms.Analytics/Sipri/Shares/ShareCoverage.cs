namespace TradeArms.Sipri;

/// <summary>
/// Whether the partner rows loaded for a share calculation are all the rows SIPRI has: checked, year by year, against
/// the total SIPRI printed for the subject (its Total row), within rounding.
/// </summary>
public enum ShareCoverage
{
    /// <summary>In every year of the window the loaded rows add up to SIPRI's printed total within rounding.</summary>
    Verified,

    /// <summary>
    /// SIPRI's printed total for the subject is not in the loaded data (e.g. Viet Nam's imports when only Russia's and
    /// China's export tables are loaded): the shares are shares of the deliveries loaded, which may be only some of them.
    /// </summary>
    Unverified,

    /// <summary>
    /// In some year the loaded rows differ from SIPRI's printed total beyond rounding: rows are missing (or the files
    /// are of different releases). The notes of the result name the years.
    /// </summary>
    Incomplete,
}
