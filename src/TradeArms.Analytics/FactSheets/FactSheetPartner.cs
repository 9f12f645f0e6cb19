namespace TradeArms.FactSheets;

/// <summary>One main partner of a ranked exporter or importer in the second window: its volume and share.</summary>
/// <param name="Actor">The recipient (of an exporter) or supplier (of an importer).</param>
/// <param name="Volume">The partner's transfers in the window, TIV million.</param>
/// <param name="SharePercent">Its share of the ranked actor's total in the window, percent (unrounded).</param>
public sealed record FactSheetPartner(Actor Actor, Tiv Volume, double SharePercent)
{
    /// <summary>The partner and its share to one decimal, as in the fact sheet's tables: <c>Russia 46.0%</c>.</summary>
    public override string ToString() => Actor.Name + " " + Text.NumberText.Format(SharePercent, "F1", null) + "%";
}
