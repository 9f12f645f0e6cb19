using System.Numerics;

namespace TradeArms.Trade;

/// <summary>
/// The mirror rule, once for every mirror statistic of the library (<see cref="MirrorGap"/> for tables and the
/// matrix's <c>MirrorGaps</c>): for one flow under one key (exporter, importer, period, and a product where the data
/// have one), the exporter's report of its exports (FOB in IMF DOTS) against the importer's report of its imports
/// (CIF).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><b>Gap</b> = importer's figure - exporter's figure (CIF - FOB: positive is the expected direction); missing
/// when either side is missing.</item>
/// <item><b>Ratio</b> = importer's / exporter's (the CIF/FOB ratio); <b>percent gap</b> = (ratio - 1) x 100. Both are
/// undefined when either side is missing or the exporter's figure is 0 or negative (<see cref="MirrorStatus"/>).</item>
/// <item>Missing is never zero: a side that did not report has no figure, and no gap is computed against it.</item>
/// </list>
/// </remarks>
public static class MirrorRule
{
    /// <summary>Importer's figure minus exporter's; null when either is missing.</summary>
    /// <typeparam name="T">The number type (decimal for tables, double for the matrix).</typeparam>
    /// <param name="byExporter">The exporter's reported exports; null when not reported.</param>
    /// <param name="byImporter">The importer's reported imports; null when not reported.</param>
    public static T? Gap<T>(T? byExporter, T? byImporter) where T : struct, INumber<T> =>
        byExporter is { } x && byImporter is { } m ? m - x : null;

    /// <summary>Importer's figure / exporter's; null unless <see cref="Status{T}"/> is <see cref="MirrorStatus.Defined"/>.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="byExporter">The exporter's reported exports; null when not reported.</param>
    /// <param name="byImporter">The importer's reported imports; null when not reported.</param>
    public static double? Ratio<T>(T? byExporter, T? byImporter) where T : struct, INumber<T> =>
        byExporter is { } x && byImporter is { } m && x > T.Zero ? double.CreateChecked(m / x) : null;

    /// <summary>The gap in percent of the exporter's figure, (ratio - 1) x 100; null when the ratio is.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="byExporter">The exporter's reported exports; null when not reported.</param>
    /// <param name="byImporter">The importer's reported imports; null when not reported.</param>
    public static double? GapPercent<T>(T? byExporter, T? byImporter) where T : struct, INumber<T> =>
        Ratio(byExporter, byImporter) is { } r ? (r - 1) * 100 : null;

    /// <summary>Whether the gap, ratio and percent gap are defined, and if not why.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="byExporter">The exporter's reported exports; null when not reported.</param>
    /// <param name="byImporter">The importer's reported imports; null when not reported.</param>
    public static MirrorStatus Status<T>(T? byExporter, T? byImporter) where T : struct, INumber<T> => (byExporter, byImporter) switch
    {
        (null, null) => MirrorStatus.NeitherReported,
        (null, _) => MirrorStatus.ExporterMissing,
        (_, null) => MirrorStatus.ImporterMissing,
        ({ } x, _) when x <= T.Zero => MirrorStatus.ExporterNotPositive,
        _ => MirrorStatus.Defined,
    };

    /// <summary>
    /// Puts the exporters' reports against the importers' under each key, an outer join: every key either side
    /// reported comes once, in key order, with the side that did not report missing.
    /// </summary>
    /// <typeparam name="TKey">The key of one flow in the exporter's orientation: e.g. (exporter, importer, period), or
    /// with a product code added.</typeparam>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="byExporters">Each exporter's reported exports, by key.</param>
    /// <param name="byImporters">Each importer's reported imports from the exporter, by the same key.</param>
    public static IReadOnlyList<(TKey Key, T? ByExporter, T? ByImporter)> Match<TKey, T>(
        IReadOnlyDictionary<TKey, T?> byExporters, IReadOnlyDictionary<TKey, T?> byImporters)
        where TKey : notnull
        where T : struct, INumber<T>
    {
        ArgumentNullException.ThrowIfNull(byExporters);
        ArgumentNullException.ThrowIfNull(byImporters);
        return [.. byExporters.Keys.Union(byImporters.Keys).Order()
            .Select(k => (k, byExporters.GetValueOrDefault(k), byImporters.GetValueOrDefault(k)))];
    }
}
