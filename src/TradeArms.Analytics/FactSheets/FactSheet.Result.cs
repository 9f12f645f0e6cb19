using System.Globalization;
using Microsoft.Data.Analysis;
using TradeArms.Text;

namespace TradeArms.FactSheets;

public sealed partial class FactSheet : IAnalysisResult
{
    /// <summary>For example <c>Trends in international arms transfers, 2017-2021 vs 2012-2016</c>.</summary>
    public string Title => $"Trends in international arms transfers, {Second} vs {First}";

    Measure IAnalysisResult.Measure => Measure;

    string IAnalysisResult.Window => $"{First} vs {Second}";

    IReadOnlyList<string> IAnalysisResult.Notes => [Tiv.VolumeNote];

    /// <summary>The world volume in both windows and its change (and the change before, when the data reach back).</summary>
    public IReadOnlyList<string> Summary =>
    [
        string.Create(CultureInfo.InvariantCulture, $"World volume: {WorldSecond:N0} {Tiv.UnitLabel} in {Second}, {WorldFirst:N0} in {First} ({Signed(WorldChangePercent)})")
        + (WorldChangeBeforePercent is { } before ? string.Create(CultureInfo.InvariantCulture, $"; {First} vs {Previous}: {Signed(before)}") : "")
        + ".",
    ];

    /// <summary>The largest exporters, the largest importers and the imports by region, each a table of its own.</summary>
    public IReadOnlyList<IAnalysisResult> Sections =>
    [
        Entries("Largest exporters", "exporter", "main_recipients", TopExporters, Top5ExportersSharePercent, "exports"),
        Entries("Largest importers", "importer", "main_suppliers", TopImporters, Top5ImportersSharePercent, "imports"),
        new ResultSection($"Imports by region, {Second}", Measure, $"{First} vs {Second}", Source, new DataFrame(
            new StringDataFrameColumn("region", RegionalImports.Select(r => r.Name)),
            new DoubleDataFrameColumn("share_of_world_pct", RegionalImports.Select(r => (double?)r.ShareOfWorldPercent)),
            new DoubleDataFrameColumn("change_pct", RegionalImports.Select(r => r.ChangePercent)))),
    ];

    private ResultSection Entries(string title, string role, string partners, IReadOnlyList<FactSheetEntry> entries, double top5, string flow) => new(
        $"{title}, {Second}", Measure, $"{First} vs {Second}", Source,
        new DataFrame(
            new Int32DataFrameColumn("rank", entries.Select(e => (int?)e.Rank)),
            new StringDataFrameColumn(role, entries.Select(e => e.Actor.Name)),
            new DoubleDataFrameColumn("share_" + Second.ToString().Replace('-', '_') + "_pct", entries.Select(e => (double?)e.ShareOfWorldPercent)),
            new DoubleDataFrameColumn("share_" + First.ToString().Replace('-', '_') + "_pct", entries.Select(e => (double?)e.ShareOfWorldFirstPercent)),
            new DoubleDataFrameColumn("change_pct", entries.Select(e => e.ChangePercent)),
            new StringDataFrameColumn(partners, entries.Select(e => string.Join(", ", e.MainPartners)))),
        summary: [string.Create(CultureInfo.InvariantCulture, $"Top 5: {NumberText.Format(top5, "F1", null)}% of world {flow} in {Second}.")]);

    private static string Signed(double? percent) => percent is { } p ? NumberText.Format(p, "+F1", null) + "%" : "n/a";
}
