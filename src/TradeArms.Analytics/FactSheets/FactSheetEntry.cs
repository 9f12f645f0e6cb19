namespace TradeArms.FactSheets;

/// <summary>
/// One exporter or importer of a <see cref="FactSheet"/>: its rank in the second window, volumes in both windows, share of
/// the world total and change between the windows, and its main partners. Values are unrounded; round only to print.
/// </summary>
/// <param name="Rank">1 for the largest in the second window.</param>
/// <param name="Actor">The exporter or importer.</param>
/// <param name="First">Its volume in the first window, TIV million.</param>
/// <param name="Second">Its volume in the second window, TIV million.</param>
/// <param name="ShareOfWorldFirstPercent">Its share of the world total in the first window, percent.</param>
/// <param name="ShareOfWorldPercent">Its share of the world total in the second window, percent.</param>
/// <param name="ChangePercent">Percent change from the first to the second window; null when the first window had no deliveries (undefined from zero).</param>
/// <param name="MainPartners">Its largest partners in the second window with their shares of its total.</param>
public sealed record FactSheetEntry(
    int Rank,
    Actor Actor,
    Tiv First,
    Tiv Second,
    double ShareOfWorldFirstPercent,
    double ShareOfWorldPercent,
    double? ChangePercent,
    IReadOnlyList<FactSheetPartner> MainPartners)
{
    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant(
        $"{Rank}. {Actor.Name}: {ShareOfWorldPercent:0.0}% of world, {(ChangePercent is { } c ? TradeArms.Text.NumberText.Format(c, "+F1", null) + "%" : "n/a (none in the first window)")}");
}
