using System.Globalization;
using Microsoft.Data.Analysis;
using TradeArms.Text;

namespace TradeArms.Milex;

public sealed partial class MilexReleaseComparison : IAnalysisResult
{
    /// <summary>For example <c>SIPRI milex 2024 release (constant (2022) US$ million) against 2025 release (constant (2023) US$ million)</c>.</summary>
    public string Title => string.Create(CultureInfo.InvariantCulture, $"SIPRI milex {Older.Release} release ({OlderUnit}) against {Newer.Release} release ({NewerUnit})");

    Measure IAnalysisResult.Measure => Measure.WithPriceBasis(NewerUnit);

    /// <summary>How many country-years both releases hold, how many were revised beyond rounding, how many changed a marker or colour.</summary>
    IReadOnlyList<string> IAnalysisResult.Summary =>
    [
        string.Create(CultureInfo.InvariantCulture,
            $"{Rows.Count(r => r.Revision is not null)} country-years with figures in both releases, {Rows.Count(r => r.IsRevised)} revised beyond rounding, {Rows.Count(r => r.StatusChanged)} with a changed marker or colour."),
    ];

    string IAnalysisResult.Window => Rows.Count == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"{Rows.Min(r => r.Year)}-{Rows.Max(r => r.Year)}");

    DataSource IAnalysisResult.Source => Newer.Source;

    IReadOnlyList<string> IAnalysisResult.Notes =>
    [
        $"Rebasing: older figures x factor, by {DeflatorName}; revision: newer minus rebased older, in {NewerUnit}.",
        $"Older release: {Older.Source.Citation}",
        .. OnlyInOlder.Select(c => "Only in the older release: " + c),
        .. OnlyInNewer.Select(c => "Only in the newer release: " + c),
        MilexCountrySeries.StatusLegend,
    ];

    /// <summary>The comparison as a text table (<see cref="Rendering.TableRenderer"/>).</summary>
    public override string ToString() => Rendering.TableRenderer.Render(this);

    /// <summary>
    /// The rows as a DataFrame: <c>country</c>, <c>year</c>, <c>older</c>, <c>older_status</c>, <c>rebase_factor</c>,
    /// <c>rebased</c>, <c>newer</c>, <c>newer_status</c>, <c>revision</c>, <c>revision_percent</c> (values as the
    /// workbooks hold them, null when missing; statuses by <see cref="CodeText"/>: <c>value</c>, <c>estimate</c>,
    /// <c>uncertain</c>, <c>unavailable</c>, <c>didNotExist</c>). The columns of <c>tradearms milex compare --format csv</c>.
    /// </summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("country", Rows.Select(r => r.Country)),
        new Int32DataFrameColumn("year", Rows.Select(r => (int?)r.Year)),
        new DoubleDataFrameColumn("older", Rows.Select(r => r.Older.Number)),
        new StringDataFrameColumn("older_status", Rows.Select(r => CodeText.Of(r.Older.Status))),
        new DoubleDataFrameColumn("rebase_factor", Rows.Select(r => r.RebaseFactor)),
        new DoubleDataFrameColumn("rebased", Rows.Select(r => r.Rebased)),
        new DoubleDataFrameColumn("newer", Rows.Select(r => r.Newer.Number)),
        new StringDataFrameColumn("newer_status", Rows.Select(r => CodeText.Of(r.Newer.Status))),
        new DoubleDataFrameColumn("revision", Rows.Select(r => r.Revision)),
        new DoubleDataFrameColumn("revision_percent", Rows.Select(r => r.RevisionPercent)));
}
