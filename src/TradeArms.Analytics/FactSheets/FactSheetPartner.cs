namespace TradeArms.FactSheets;

/// <summary>One main partner of a ranked exporter or importer in the second window: its volume and share.</summary>
/// <param name="Actor">The recipient (of an exporter) or supplier (of an importer).</param>
/// <param name="Volume">The partner's transfers in the window, TIV million.</param>
/// <param name="SharePercent">Its share of the ranked actor's total in the window, percent (unrounded).</param>
public sealed record FactSheetPartner(Actor Actor, Tiv Volume, double SharePercent)
{
    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Actor.Name} {SharePercent:0.#}%");
}
