using Microsoft.Data.Analysis;
using TradeArms.Sipri;

namespace TradeArms.FactSheets;

/// <summary>
/// The statistics of SIPRI's annual fact sheet "Trends in international arms transfers", computed from a whole release:
/// the change in world volume between two multi-year windows, the top exporters and importers with their shares of the
/// world total and their changes, the share of the top 5, and each top actor's main partners.
/// </summary>
/// <remarks>
/// <para>
/// The world total is the sum of every cell of the data: all suppliers to all recipients, including non-state actors,
/// international organisations and unknown suppliers or recipients, as SIPRI's own world totals do. Only states are
/// ranked (see <see cref="FactSheetOptions.RankedKinds"/>). Soviet Union and Russia stay separate actors, as in SIPRI's
/// tables. Load a whole release (every by-recipient table) for world figures: a subset gives shares of that subset.
/// </para>
/// <para>
/// All values are kept unrounded until printed, as SIPRI rounds its published percentages from unrounded values. SIPRI's
/// tables are themselves rounded to whole TIV millions per cell, so computed shares can differ from a fact sheet by a
/// few tenths of a point. Compare only with the fact sheet of the same data release: SIPRI revises its whole database
/// every year.
/// </para>
/// </remarks>
public sealed partial class FactSheet
{
    private FactSheet(YearRange first, YearRange second, YearRange? previous, Tiv worldPrevious, Tiv worldFirst, Tiv worldSecond,
        IReadOnlyList<FactSheetEntry> exporters, IReadOnlyList<FactSheetEntry> importers, IReadOnlyList<FactSheetRegion> regions, DataSource source)
    {
        RegionalImports = regions;
        First = first;
        Second = second;
        Previous = previous;
        WorldPrevious = worldPrevious;
        WorldFirst = worldFirst;
        WorldSecond = worldSecond;
        TopExporters = exporters;
        TopImporters = importers;
        Source = source;
    }

    /// <summary>The earlier window, e.g. 2012-2016.</summary>
    public YearRange First { get; }

    /// <summary>The later window, e.g. 2017-2021.</summary>
    public YearRange Second { get; }

    /// <summary>The window of the same length before <see cref="First"/>, when the data cover it; otherwise null.</summary>
    public YearRange? Previous { get; }

    /// <summary>World volume in <see cref="Previous"/> (no deliveries when the data do not cover it).</summary>
    public Tiv WorldPrevious { get; }

    /// <summary>World volume in the first window, TIV million.</summary>
    public Tiv WorldFirst { get; }

    /// <summary>World volume in the second window, TIV million.</summary>
    public Tiv WorldSecond { get; }

    /// <summary>Percent change of the world volume from the first to the second window.</summary>
    public double? WorldChangePercent => Change(WorldFirst, WorldSecond);

    /// <summary>Percent change of the world volume from the window before to the first window; null when the data do not cover it.</summary>
    public double? WorldChangeBeforePercent => Previous is null ? null : Change(WorldPrevious, WorldFirst);

    /// <summary>The largest exporters in the second window, largest first.</summary>
    public IReadOnlyList<FactSheetEntry> TopExporters { get; }

    /// <summary>The largest importers in the second window, largest first.</summary>
    public IReadOnlyList<FactSheetEntry> TopImporters { get; }

    /// <summary>
    /// Imports by SIPRI region of the recipient (<see cref="Actor.Region"/>), in SIPRI's order, then recipients with no
    /// region when there are any. Recipients not in the actor catalogue have no region and are counted there.
    /// </summary>
    public IReadOnlyList<FactSheetRegion> RegionalImports { get; }

    /// <summary>The top 5 exporters' combined share of world exports in the second window, percent.</summary>
    public double Top5ExportersSharePercent => TopExporters.Take(5).Sum(e => e.ShareOfWorldPercent);

    /// <summary>The top 5 importers' combined share of world imports in the second window, percent.</summary>
    public double Top5ImportersSharePercent => TopImporters.Take(5).Sum(e => e.ShareOfWorldPercent);

    /// <summary>The release the figures come from; every figure is defined only with its vintage.</summary>
    public DataSource Source { get; }

    /// <summary>The measure of every volume: TIV million, a volume indicator, not money.</summary>
    public static Measure Measure => Measure.TivMillions;

    /// <summary>A fact sheet for the last two 5-year windows of the data (e.g. 2012-2016 and 2017-2021 for data to 2021).</summary>
    public static FactSheet Compute(ArmsTransfers arms, FactSheetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(arms);
        var second = arms.Years.LastYears(Math.Min(5, arms.Years.Count));
        return Compute(arms, second.Previous(), second, options);
    }

    /// <summary>A fact sheet comparing two windows.</summary>
    /// <param name="arms">A whole SIPRI release (all by-recipient tables) for world figures.</param>
    /// <param name="first">The earlier window.</param>
    /// <param name="second">The later window; it must start after <paramref name="first"/> ends.</param>
    /// <param name="options">How many actors and partners to list; null for <see cref="FactSheetOptions.Default"/>.</param>
    /// <exception cref="WindowOutsideDataException">A window reaches outside the years the data cover.</exception>
    /// <exception cref="ArgumentException">
    /// The windows are in the wrong order or of unequal length (a 7-year window against a 5-year one is no change), or
    /// the data hold no transfers in one of them (shares of the world would be undefined).
    /// </exception>
    public static FactSheet Compute(ArmsTransfers arms, YearRange first, YearRange second, FactSheetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(arms);
        options ??= FactSheetOptions.Default;
        if (options.Top < 1 || options.Partners < 0)
        {
            throw new ArgumentException($"Top must be at least 1 and Partners at least 0, found Top={options.Top}, Partners={options.Partners}.", nameof(options));
        }
        arms.Gate(first);
        arms.Gate(second);
        if (second.First <= first.Last)
        {
            throw new ArgumentException($"The second window ({second}) must start after the first ({first}) ends.", nameof(second));
        }
        if (first.Count != second.Count)
        {
            throw new ArgumentException(
                $"The windows {first} and {second} differ in length ({first.Count} and {second.Count} years): a fact sheet compares windows of equal length, as SIPRI's do.", nameof(second));
        }
        YearRange? previous = first.HasPrevious ? first.Previous() : null;
        if (previous is { } earlier && !arms.Years.Contains(earlier))
        {
            previous = null;
        }
        var exportsFirst = arms.RankExporters(first, options.RankedKinds);
        var exportsSecond = arms.RankExporters(second, options.RankedKinds);
        var importsFirst = arms.RankImporters(first, options.RankedKinds);
        var importsSecond = arms.RankImporters(second, options.RankedKinds);
        foreach (var (window, world) in new[] { (first, exportsFirst.Total), (second, exportsSecond.Total) })
        {
            if (world.Millions <= 0)
            {
                throw new ArgumentException($"The data ({arms.Source.Caption}) hold no transfers in {window}: shares of the world are undefined.", window == first ? nameof(first) : nameof(second));
            }
        }
        var worldPrevious = previous is { } p ? arms.Total(p) : Tiv.NoDeliveries;
        var exporters = Entries(exportsFirst, exportsSecond, options, actor => arms.RecipientShares(actor, second));
        var importers = Entries(importsFirst, importsSecond, options, actor => arms.SupplierShares(actor, second));
        var regions = new List<FactSheetRegion>();
        foreach (var region in Enum.GetValues<SipriRegion>().Select(r => (SipriRegion?)r).Append(null))
        {
            var before = Tiv.Sum(importsFirst.Volumes.Where(kv => kv.Key.Region == region).Select(kv => kv.Value));
            var after = Tiv.Sum(importsSecond.Volumes.Where(kv => kv.Key.Region == region).Select(kv => kv.Value));
            if (region is null && !before.HasDeliveries && !after.HasDeliveries)
            {
                continue;
            }
            regions.Add(new FactSheetRegion(region, before, after, ShareTable.PercentOf(after, importsSecond.Total)!.Value, Change(before, after)));
        }
        return new FactSheet(first, second, previous, worldPrevious, exportsFirst.Total, exportsSecond.Total, exporters, importers, regions, arms.Source);
    }

    // The top actors of the second window by the library's one ranking rule, with their first-window share and their
    // main partners from the library's share tables (shares of the actor's own total).
    private static List<FactSheetEntry> Entries(ActorRanking first, ActorRanking second, FactSheetOptions options, Func<Actor, ShareTable> partners) =>
        [.. second.Rows.Take(options.Top).Select(row =>
        {
            var before = first.VolumeOf(row.Actor);
            var main = options.Partners == 0 ? [] : partners(row.Actor).Partners
                .Where(p => p.Volume.Millions > 0)
                .Take(options.Partners)
                .Select(p => new FactSheetPartner(p.Partner!, p.Volume, p.Percent!.Value))
                .ToList();
            return new FactSheetEntry(row.Rank, row.Actor, before, row.Volume, first.PercentOf(row.Actor)!.Value, row.SharePercent, Change(before, row.Volume), main);
        })];

    private static double? Change(Tiv from, Tiv to) => from.Millions > 0 ? 100 * (to.Millions / from.Millions - 1) : null;

    /// <summary>The exporters and importers as one DataFrame: side, rank, actor, volumes, shares, change, main partners.</summary>
    public DataFrame ToDataFrame()
    {
        var rows = TopExporters.Select(e => ("exporter", e)).Concat(TopImporters.Select(e => ("importer", e))).ToList();
        return new DataFrame(
            new StringDataFrameColumn("side", rows.Select(r => r.Item1)),
            new Int32DataFrameColumn("rank", rows.Select(r => r.e.Rank)),
            new StringDataFrameColumn("actor", rows.Select(r => r.e.Actor.Name)),
            new DoubleDataFrameColumn("tiv_" + First.ToString().Replace('-', '_'), rows.Select(r => r.e.First.Millions)),
            new DoubleDataFrameColumn("tiv_" + Second.ToString().Replace('-', '_'), rows.Select(r => r.e.Second.Millions)),
            new DoubleDataFrameColumn("share_of_world_pct", rows.Select(r => r.e.ShareOfWorldPercent)),
            new DoubleDataFrameColumn("change_pct", rows.Select(r => r.e.ChangePercent)),
            new StringDataFrameColumn("main_partners", rows.Select(r => string.Join("; ", r.e.MainPartners))));
    }

    /// <summary>The fact sheet as Markdown, by the one <see cref="Rendering.MarkdownRenderer"/> (shares and changes to one decimal, as SIPRI prints).</summary>
    public string ToMarkdown() => Rendering.MarkdownRenderer.Render(this);

    /// <summary>The fact sheet as text by the one <see cref="Rendering.TableRenderer"/>: world volume, exporters, importers, regions.</summary>
    public override string ToString() => Rendering.TableRenderer.Render(this);
}
