using TradeArms.Trade;

namespace TradeArms.Matrix;

/// <summary>
/// Mirror statistics for every pair (A, B) and period: A's reported exports to B against B's reported imports from A.
/// In IMF DOTS exports are valued FOB and imports CIF, so the mirror imports exceed the exports by freight and
/// insurance even when both sides report perfectly (a CIF/FOB ratio around 1.0-1.1); larger gaps point at
/// misreporting, re-exports or timing. Gap and ratio follow <see cref="MirrorRule"/>, the one mirror rule of the
/// library (tables' <see cref="MirrorGap"/> use it too).
/// </summary>
public sealed class MirrorGaps
{
    internal MirrorGaps(BilateralTradeMatrix matrix)
    {
        Matrix = matrix;
        var periods = matrix.PeriodCount;
        var n = matrix.PairCount * periods;
        var exports = GC.AllocateUninitializedArray<double>(n);
        var mirror = GC.AllocateUninitializedArray<double>(n);
        var gap = GC.AllocateUninitializedArray<double>(n);
        var ratio = GC.AllocateUninitializedArray<double>(n);
        for (var pair = 0; pair < matrix.PairCount; pair++)
        {
            var start = pair * periods;
            var x = matrix.Block(pair, TradeFlow.Exports);
            var back = matrix.IndexOfPair(matrix.PartnerOf(pair), matrix.ReporterOf(pair));
            var m = back >= 0 ? matrix.Block(back, TradeFlow.Imports) : default;
            for (var t = 0; t < periods; t++)
            {
                var e = x[t];
                var i = back >= 0 ? m[t] : double.NaN;
                exports[start + t] = e;
                mirror[start + t] = i;
                double? byExporter = double.IsNaN(e) ? null : e, byImporter = double.IsNaN(i) ? null : i;
                gap[start + t] = MirrorRule.Gap(byExporter, byImporter) ?? double.NaN;
                ratio[start + t] = MirrorRule.Ratio(byExporter, byImporter) ?? double.NaN;
            }
        }
        var money = Measure.Of(matrix.Unit);
        Exports = new PairPeriodColumn(matrix, "exports as reported by the exporter", money, exports);
        MirrorImports = new PairPeriodColumn(matrix, "imports as reported by the partner", money, mirror);
        Gap = new PairPeriodColumn(matrix, "mirror gap (partner's imports - exports)", money, gap);
        Ratio = new PairPeriodColumn(matrix, "mirror ratio (partner's imports / exports)", Measure.Ratio, ratio);
    }

    /// <summary>The matrix.</summary>
    public BilateralTradeMatrix Matrix { get; }

    /// <summary>A's exports to B, as A reports them (FOB in DOTS).</summary>
    public PairPeriodColumn Exports { get; }

    /// <summary>B's imports from A, as B reports them (CIF in DOTS); missing where B reports nothing on A.</summary>
    public PairPeriodColumn MirrorImports { get; }

    /// <summary>Mirror imports - exports; missing where either is.</summary>
    public PairPeriodColumn Gap { get; }

    /// <summary>Mirror imports / exports; missing where either is missing or the exports are 0 or negative (<see cref="MirrorRule.Ratio{T}"/>).</summary>
    public PairPeriodColumn Ratio { get; }
}
