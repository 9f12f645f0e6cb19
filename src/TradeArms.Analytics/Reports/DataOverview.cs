using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Analysis;
using TradeArms.Sipri;
using TradeArms.Text;

namespace TradeArms.Reports;

/// <summary>
/// What a bilateral trade table and a SIPRI dataset hold, checked (<c>tradearms overview</c>): the trade table's
/// published totals and balances against the computed ones, SIPRI's printed totals against the cells they cover, and
/// for every actor whose own SIPRI table the data hold (a by-recipient or by-supplier table, which prints its totals)
/// its partners' shares in a window. Every figure comes from the library's analyses; this only gathers them.
/// </summary>
public sealed class DataOverview : IAnalysisResult
{
    private DataOverview(ArmsTransfers arms, YearRange window, ValidationReport trade, ImmutableArray<TotalCheck> totals,
        ImmutableArray<ShareTable> imports, ImmutableArray<ShareTable> exports)
    {
        Arms = arms;
        Window = window;
        Trade = trade;
        TotalChecks = totals;
        Imports = imports;
        Exports = exports;
    }

    /// <summary>The arms-transfer data described.</summary>
    public ArmsTransfers Arms { get; }

    /// <summary>The window of the shares.</summary>
    public YearRange Window { get; }

    /// <summary>The trade table's published totals and balances against the computed ones.</summary>
    public ValidationReport Trade { get; }

    /// <summary>Every SIPRI printed total compared with the sum of its cells.</summary>
    public ImmutableArray<TotalCheck> TotalChecks { get; }

    /// <summary>The printed totals that differ from their cells beyond rounding.</summary>
    public ImmutableArray<TotalCheck> TotalsOutsideRounding => [.. TotalChecks.Where(c => !c.WithinRounding)];

    /// <summary>Suppliers' shares of each recipient whose by-recipient table the data hold, in <see cref="Window"/>.</summary>
    public ImmutableArray<ShareTable> Imports { get; }

    /// <summary>Recipients' shares of each supplier whose by-supplier table the data hold, in <see cref="Window"/>.</summary>
    public ImmutableArray<ShareTable> Exports { get; }

    /// <summary>Describes a trade table and SIPRI data.</summary>
    /// <param name="trade">The bilateral trade table.</param>
    /// <param name="arms">SIPRI's arms-transfer data.</param>
    /// <param name="window">The window of the shares.</param>
    /// <param name="top">Partners listed per actor before "others" (default 5).</param>
    /// <exception cref="WindowOutsideDataException">The window reaches outside the arms data.</exception>
    public static DataOverview Of(BilateralTradeTable trade, ArmsTransfers arms, YearRange window, int top = 5)
    {
        ArgumentNullException.ThrowIfNull(trade);
        ArgumentNullException.ThrowIfNull(arms);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        arms.Gate(window);
        var recipients = arms.PublishedTotals.Where(t => t.Side == TotalSide.RecipientImports && t.Recipient is not null && t.Year is not null)
            .Select(t => t.Recipient!).Distinct().Order();
        var suppliers = arms.PublishedTotals.Where(t => t.Side == TotalSide.SupplierExports && t.Supplier is not null && t.Year is not null)
            .Select(t => t.Supplier!).Distinct().Order();
        return new DataOverview(arms, window, trade.Validate(), [.. arms.CheckPublishedTotals()],
            [.. recipients.Select(r => arms.SupplierShares(r, window, top))], [.. suppliers.Select(s => arms.RecipientShares(s, window, top))]);
    }

    /// <inheritdoc/>
    public string Title => $"Overview: {Trade.Table.Reporter.Name}-{Trade.Table.Partner.Name} trade table and SIPRI arms transfers {Arms.Years}";

    /// <summary>The measure of the arms data: TIV million (the trade table's unit is on its section).</summary>
    public Measure Measure => Measure.TivMillions;

    string IAnalysisResult.Window => Window.ToString();

    /// <summary>The arms data's source and vintage.</summary>
    public DataSource Source => Arms.Source;

    /// <summary>The arms data's notes (releases combined, tables read).</summary>
    public IReadOnlyList<string> Notes => [.. Arms.Notes, Tiv.VolumeNote];

    /// <summary>The arms data (years, pairs, actors, files read) and the check of SIPRI's printed totals.</summary>
    public IReadOnlyList<string> Summary
    {
        get
        {
            var lines = new List<string> { Arms.ToString() + "." };
            lines.AddRange(Arms.Sources.Where(s => s.Location is not null).Select(s => $"Read {s.Location}{(s.Vintage is { } v ? " (" + v + ")" : "")}."));
            var outside = TotalsOutsideRounding.Length;
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"SIPRI's printed totals: {TotalChecks.Length} checked, {TotalChecks.Length - outside} agree with the cells within rounding{(outside == 0 ? "." : $"; {outside} do not (listed below).")}"));
            return lines;
        }
    }

    /// <summary>The trade table's check, the printed totals outside rounding (when any), and each actor's partners' shares.</summary>
    public IReadOnlyList<IAnalysisResult> Sections
    {
        get
        {
            var sections = new List<IAnalysisResult> { Trade };
            var outside = TotalsOutsideRounding;
            if (!outside.IsEmpty)
            {
                sections.Add(new ResultSection("SIPRI's printed totals that differ from their cells beyond rounding", Measure, Arms.Years.ToString(), Source, new DataFrame(
                    new StringDataFrameColumn("location", outside.Select(c => c.Total.Location)),
                    new StringDataFrameColumn("total", outside.Select(c => CodeText.Of(c.Total.Side))),
                    new StringDataFrameColumn("supplier", outside.Select(c => c.Total.Supplier?.Name ?? "all")),
                    new StringDataFrameColumn("recipient", outside.Select(c => c.Total.Recipient?.Name ?? "all")),
                    new StringDataFrameColumn("year", outside.Select(c => c.Total.Year?.ToString() ?? "all years")),
                    new DoubleDataFrameColumn("printed_tiv", outside.Select(c => (double?)c.Total.Value.Millions)),
                    new DoubleDataFrameColumn("cells_sum_tiv", outside.Select(c => (double?)c.Sum.Millions)),
                    new Int32DataFrameColumn("cells", outside.Select(c => (int?)c.Cells)),
                    new DoubleDataFrameColumn("difference", outside.Select(c => (double?)c.Difference)))));
            }
            sections.AddRange(Imports);
            sections.AddRange(Exports);
            return sections;
        }
    }

    /// <summary>
    /// The shares as one DataFrame: <c>side</c> (<c>imports</c> or <c>exports</c>), <c>actor</c>, <c>partner</c>
    /// (<c>Others</c> for the rest), <c>tiv</c>, <c>share</c> (percent) and <c>status</c> of the volume.
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var rows = Imports.Select(t => (Side: "imports", Table: t)).Concat(Exports.Select(t => (Side: "exports", Table: t)))
            .SelectMany(x => x.Table.Rows.Select(row => (x.Side, x.Table, Row: row))).ToList();
        return new DataFrame(
            new StringDataFrameColumn("side", rows.Select(r => r.Side)),
            new StringDataFrameColumn("actor", rows.Select(r => r.Table.Subject.Name)),
            new StringDataFrameColumn("partner", rows.Select(r => r.Row.Partner?.Name ?? "Others")),
            new DoubleDataFrameColumn("tiv", rows.Select(r => (double?)r.Row.Volume.Millions)),
            new DoubleDataFrameColumn("share", rows.Select(r => r.Row.Percent)),
            new StringDataFrameColumn("status", rows.Select(r => CodeText.Of(r.Row.Volume.Status))));
    }

    /// <summary>The overview as text by the one <see cref="Rendering.TableRenderer"/>.</summary>
    public override string ToString() => Rendering.TableRenderer.Render(this);
}
