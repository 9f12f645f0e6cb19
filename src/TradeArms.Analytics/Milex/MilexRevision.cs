namespace TradeArms.Milex;

/// <summary>
/// One country-year of two releases' constant-US$ sheets: the older figure rebased to the newer base year, so that the
/// rebasing (a change of unit) and the revision (a change of data) are reported apart.
/// </summary>
/// <param name="Country">The country as SIPRI names it.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Older">The older release's cell, in its constant US$ (e.g. constant (2022) US$ million).</param>
/// <param name="Newer">The newer release's cell, in its constant US$ (e.g. constant (2023) US$ million).</param>
/// <param name="RebaseFactor">The factor that restates the older base year in the newer one; null where the deflator lacks it.</param>
/// <param name="Rebased">The older figure rebased (older x factor), in the newer unit; null without a figure or factor.</param>
/// <param name="Revision">Newer minus rebased older, in the newer unit; null unless both have a figure.</param>
public sealed record MilexRevision(string Country, int Year, MilexValue Older, MilexValue Newer, double? RebaseFactor, double? Rebased, double? Revision)
{
    /// <summary>The revision in percent of the rebased older figure; null where it is undefined (no figures, or 0).</summary>
    public double? RevisionPercent => Revision is { } r && Rebased is { } b && b != 0 ? r / b * 100 : null;

    /// <summary>Is the revision beyond rounding (more than one part in a million of the figure)?</summary>
    public bool IsRevised => Revision is { } r && Rebased is { } b && Math.Abs(r) > 1e-6 * Math.Max(Math.Abs(b), 1e-9);

    /// <summary>Did the cell change from a figure to a marker, a marker to a figure, or between markers or colours?</summary>
    public bool StatusChanged => Older.Status != Newer.Status;
}
