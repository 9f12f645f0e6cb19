namespace TradeArms.Trade;

/// <summary>Whether a mirror gap is defined, and why not (<see cref="MirrorRule.Status{T}"/>).</summary>
public enum MirrorStatus
{
    /// <summary>Both sides reported and the exporter's figure is positive: gap, ratio and percent gap are defined.</summary>
    Defined,

    /// <summary>Neither the exporter nor the importer reported the flow.</summary>
    NeitherReported,

    /// <summary>The exporter reported no exports; only the importer's figure exists.</summary>
    ExporterMissing,

    /// <summary>The importer reported no imports; only the exporter's figure exists.</summary>
    ImporterMissing,

    /// <summary>Both reported, but the exporter's figure is 0 or negative (a revision): the gap is defined, the ratio and percent gap are not.</summary>
    ExporterNotPositive,
}
