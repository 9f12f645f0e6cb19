namespace TradeArms;

/// <summary>
/// Where consecutive n-year windows are anchored when a range is split (<see cref="YearRange.Split"/>): years that do
/// not fill a whole window are left over at the other end and reported as <see cref="WindowSplit.Remainder"/>.
/// </summary>
public enum WindowAlignment
{
    /// <summary>
    /// The last window ends with the range, as SIPRI's fact sheets compare the latest 5-year windows
    /// (1992-2021 in 5-year windows: 1992-1996 ... 2017-2021; 1990-2021: the same windows and a remainder 1990-1991).
    /// </summary>
    FromEnd,

    /// <summary>The first window starts with the range; a remainder is left at the end.</summary>
    FromStart,
}
