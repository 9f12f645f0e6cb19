namespace TradeArms.FactSheets;

/// <summary>
/// Imports of one SIPRI region in the two windows of a <see cref="FactSheet"/>: volumes, share of the world total in the
/// second window and the change between the windows. A null region collects the recipients SIPRI assigns to none
/// (international organisations other than the African Union, unknown recipients).
/// </summary>
/// <param name="Region">The region; null for recipients without one.</param>
/// <param name="First">Imports in the first window, TIV million.</param>
/// <param name="Second">Imports in the second window, TIV million.</param>
/// <param name="ShareOfWorldPercent">Share of world imports in the second window, percent.</param>
/// <param name="ChangePercent">Percent change between the windows; null when the first window had none.</param>
public sealed record FactSheetRegion(SipriRegion? Region, Tiv First, Tiv Second, double ShareOfWorldPercent, double? ChangePercent)
{
    /// <summary>The region's name as SIPRI writes it (<c>Asia and Oceania</c>), or <c>No region</c>.</summary>
    public string Name => Region switch
    {
        SipriRegion.Africa => "Africa",
        SipriRegion.Americas => "Americas",
        SipriRegion.AsiaAndOceania => "Asia and Oceania",
        SipriRegion.Europe => "Europe",
        SipriRegion.MiddleEast => "Middle East",
        _ => "No region",
    };

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant(
        $"{Name}: {ShareOfWorldPercent:0.0}% of world imports, {(ChangePercent is { } c ? TradeArms.Text.NumberText.Format(c, "+F1", null) + "%" : "n/a")}");
}
