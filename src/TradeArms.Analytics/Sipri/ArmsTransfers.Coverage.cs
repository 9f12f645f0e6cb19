namespace TradeArms.Sipri;

public sealed partial class ArmsTransfers
{
    /// <summary>
    /// Whether the loaded data are the whole world over a window: <see cref="ShareCoverage.Verified"/> when SIPRI's
    /// world total (the Total row of its table for "all") is loaded and every year's cells add up to it within rounding,
    /// i.e. a whole release. Fact-sheet figures (shares of world transfers, world ranks) are world figures only then.
    /// </summary>
    /// <param name="window">The years to check; must lie within <see cref="Years"/>.</param>
    /// <exception cref="WindowOutsideDataException">The window reaches beyond the loaded years.</exception>
    public ShareCoverage WorldCoverage(YearRange window)
    {
        Gate(window);
        return CheckCoverage(TotalSide.World, null, window, "world").Coverage;
    }
}
