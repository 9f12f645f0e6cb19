using System.Globalization;

namespace TradeArms;

/// <summary>
/// One flow in one period as both sides report it: the exporter's figure (FOB under the IMF DOTS convention) and the
/// importer's (CIF), and the gap between them.
/// </summary>
/// <param name="Period">The period (a calendar year, or a fiscal year aligned to one; see <see cref="MirrorComparison.Alignment"/>).</param>
/// <param name="Exporter">The country the goods leave.</param>
/// <param name="Importer">The country the goods enter.</param>
/// <param name="ByExporter">The exporter's reported exports to the importer; null when not reported.</param>
/// <param name="ByImporter">The importer's reported imports from the exporter; null when not reported.</param>
public sealed record MirrorGap(Period Period, Actor Exporter, Actor Importer, Money? ByExporter, Money? ByImporter)
{
    /// <summary>Importer's figure minus exporter's (CIF - FOB: positive is the expected direction); null when either is missing (<see cref="Trade.MirrorRule.Gap{T}"/>).</summary>
    public Money? Gap => Trade.MirrorRule.Gap(ByExporter?.Amount, ByImporter?.Amount) is { } g ? new Money(g, (ByExporter ?? ByImporter)!.Value.Unit) : null;

    /// <summary>
    /// The gap in percent of the exporter's figure ((CIF - FOB) / FOB x 100: about +6 to +10 is the freight and
    /// insurance margin); null when either figure is missing or the exporter's is 0 or negative.
    /// </summary>
    public double? GapPercent => Trade.MirrorRule.GapPercent(ByExporter?.Amount, ByImporter?.Amount);

    /// <summary>Importer's figure / exporter's (the CIF/FOB ratio; IMF DOTS assumes 1.10 when it estimates one side from the other); null when undefined.</summary>
    public double? Ratio => Trade.MirrorRule.Ratio(ByExporter?.Amount, ByImporter?.Amount);

    /// <summary>Whether the gap is defined, and if not why (<see cref="Trade.MirrorRule.Status{T}"/>).</summary>
    public Trade.MirrorStatus Status => Trade.MirrorRule.Status(ByExporter?.Amount, ByImporter?.Amount);

    /// <summary>Why the gap is missing; null when it is defined.</summary>
    public string? Reason => Status switch
    {
        Trade.MirrorStatus.NeitherReported => "neither side reported",
        Trade.MirrorStatus.ExporterMissing => $"{Exporter} reported no exports",
        Trade.MirrorStatus.ImporterMissing => $"{Importer} reported no imports",
        Trade.MirrorStatus.ExporterNotPositive => ByExporter!.Value.Amount == 0 ? "the exporter's figure is 0: no relative gap" : "the exporter's figure is negative: no relative gap",
        _ => null,
    };

    /// <summary>For example <c>2018 Russia -> Pakistan: exporter 418.32, importer 484.94, gap +66.62 US$ million (+15.9%)</c> (amounts with more than two decimals are rounded to two for reading).</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Period} {Exporter} -> {Importer}: exporter {Amount(ByExporter, "P2")}, importer {Amount(ByImporter, "P2")}, gap {Amount(Gap, "+P2")}{(ByExporter ?? ByImporter) switch { { } v => " " + v.Unit, _ => "" }}{(GapPercent is { } p ? " (" + Text.NumberText.Format(p, "+F1", null) + "%)" : "")}");

    private static string Amount(Money? m, string format) => m is { } v ? v.ToString(format, null) : "missing";
}
