using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Analysis;

namespace TradeArms;

/// <summary>
/// Both sides' reports of one pair's trade, period by period and in both directions, with the gap between the
/// importer's and the exporter's figures; made by <see cref="Mirror.Compare"/>.
/// </summary>
/// <remarks>
/// <see cref="Convention"/> states the valuation rule the gaps are read against: under the IMF's Direction of Trade
/// Statistics exports are valued FOB and imports CIF, so the importer's figure is normally the larger by the cost of
/// freight and insurance. Larger gaps, or gaps of the other sign, point to other causes: timing, goods attributed to
/// another partner (transit, re-exports), confidential items, or errors.
/// </remarks>
public sealed partial record MirrorComparison
{
    /// <summary>The valuation convention behind the comparison, in words.</summary>
    public const string Convention =
        "IMF DOTS convention: exports are valued FOB (free on board) and imports CIF (cost, insurance and freight), so the importer's figure normally exceeds the exporter's by freight and insurance, usually about 6-10% (the IMF assumes 10% when it estimates one side from the other).";

    internal MirrorComparison(BilateralTradeTable first, BilateralTradeTable second, FiscalYearAlignment? alignment, ImmutableArray<MirrorGap> rows, ImmutableArray<string> notes)
    {
        First = first.Reporter;
        Second = second.Reporter;
        Unit = first.Unit;
        FirstSource = first.Source;
        SecondSource = second.Source;
        Alignment = alignment;
        Rows = rows;
        Notes = notes;
    }

    /// <summary>The reporter of the first table.</summary>
    public Actor First { get; }

    /// <summary>The reporter of the second table (the first one's partner).</summary>
    public Actor Second { get; }

    /// <summary>The unit of every figure.</summary>
    public MoneyUnit Unit { get; }

    /// <summary>The source of the first reporter's figures.</summary>
    public DataSource FirstSource { get; }

    /// <summary>The source of the second reporter's figures.</summary>
    public DataSource SecondSource { get; }

    /// <summary>The rule that put fiscal years against calendar years; null when both tables have periods of one kind.</summary>
    public FiscalYearAlignment? Alignment { get; }

    /// <summary>Two rows per period (exports of <see cref="First"/>, then exports of <see cref="Second"/>), in period order.</summary>
    public ImmutableArray<MirrorGap> Rows { get; }

    /// <summary>What the reader should know (an alignment of fiscal years).</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>The rows of one direction: the goods <paramref name="exporter"/> sends to the other side.</summary>
    /// <exception cref="ArgumentException">The exporter is neither side.</exception>
    public IReadOnlyList<MirrorGap> Direction(Actor exporter)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        return exporter == First || exporter == Second ? [.. Rows.Where(r => r.Exporter == exporter)]
            : throw new ArgumentException($"{exporter} is neither side of the {First}-{Second} comparison.", nameof(exporter));
    }

    /// <summary>The gaps of one direction as a series in percent of the exporter's figure (missing where undefined).</summary>
    public TimeSeries GapPercentSeries(Actor exporter)
    {
        var rows = Direction(exporter);
        var importer = exporter == First ? Second : First;
        return new TimeSeries($"{exporter} -> {importer}: importer's CIF figure minus exporter's FOB figure, % of FOB", Measure.Percent,
            FirstSource, rows.Select(r => (r.Period, r.GapPercent)));
    }

    /// <summary>For example <c>Mirror comparison Pakistan-Russia, US$ million</c>.</summary>
    public string Title => string.Create(CultureInfo.InvariantCulture, $"Mirror comparison {First.Name}-{Second.Name}, {Unit}");

    /// <summary>
    /// The comparison as a text table (<see cref="Rendering.TableRenderer"/>): both directions period by period, the
    /// convention, notes and sources.
    /// </summary>
    public override string ToString() => Rendering.TableRenderer.Render(this);

    /// <summary>
    /// The rows as a DataFrame: <c>period</c>, <c>exporter</c>, <c>importer</c>, <c>by_exporter</c>, <c>by_importer</c>,
    /// <c>gap</c> (decimal, in <see cref="Unit"/>), <c>gap_percent</c> and <c>ratio</c> (double), and <c>reason</c> (why a
    /// gap is undefined, or empty); missing values are null.
    /// </summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("period", Rows.Select(r => r.Period.ToString())),
        new StringDataFrameColumn("exporter", Rows.Select(r => r.Exporter.Name)),
        new StringDataFrameColumn("importer", Rows.Select(r => r.Importer.Name)),
        new DecimalDataFrameColumn("by_exporter", Rows.Select(r => r.ByExporter?.Amount)),
        new DecimalDataFrameColumn("by_importer", Rows.Select(r => r.ByImporter?.Amount)),
        new DecimalDataFrameColumn("gap", Rows.Select(r => r.Gap?.Amount)),
        new DoubleDataFrameColumn("gap_percent", Rows.Select(r => r.GapPercent)),
        new DoubleDataFrameColumn("ratio", Rows.Select(r => r.Ratio)),
        new StringDataFrameColumn("reason", Rows.Select(r => r.Reason ?? "")));
}
