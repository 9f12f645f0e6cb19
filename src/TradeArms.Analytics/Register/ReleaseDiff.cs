using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Analysis;
using TradeArms.Text;

namespace TradeArms.Register;

/// <summary>
/// A <see cref="ReleaseComparison"/> restricted to the deals of a supplier and/or a recipient (in either release), as a
/// result every renderer serves (<see cref="ReleaseComparison.Select"/>): one row per changed field and per deal added,
/// removed or left unmatched, the counts and the match rules as summary lines, and how TIV delivered moved by supplier
/// and by recipient as results of their own (<see cref="BySupplier"/>, <see cref="ByRecipient"/>).
/// </summary>
public sealed class ReleaseDiff : IAnalysisResult
{
    internal ReleaseDiff(ReleaseComparison comparison, Actor? supplier, Actor? recipient)
    {
        Comparison = comparison;
        Supplier = supplier;
        Recipient = recipient;
        Added = [.. comparison.Added.Where(Selects)];
        Removed = [.. comparison.Removed.Where(Selects)];
        Changed = [.. comparison.Changed.Where(c => Selects(c.Old) || Selects(c.New))];
        Ambiguous = [.. comparison.Ambiguous.Where(a => a.Old.Any(Selects) || a.New.Any(Selects))];
        BySupplier = new TivMovementTable(comparison, TivMovementTable.SupplierRole, Selection,
            [.. (recipient is null ? comparison.BySupplier : comparison.SuppliersOf(recipient)).Where(m => supplier is null || m.Actor == supplier)]);
        ByRecipient = new TivMovementTable(comparison, TivMovementTable.RecipientRole, Selection,
            [.. (supplier is null ? comparison.ByRecipient : comparison.RecipientsOf(supplier)).Where(m => recipient is null || m.Actor == recipient)]);
    }

    /// <summary>The whole comparison.</summary>
    public ReleaseComparison Comparison { get; }

    /// <summary>The supplier selected, or null for every supplier.</summary>
    public Actor? Supplier { get; }

    /// <summary>The recipient selected, or null for every recipient.</summary>
    public Actor? Recipient { get; }

    /// <summary>Selected deals only the newer release has, in its file order.</summary>
    public ImmutableArray<ArmsDeal> Added { get; }

    /// <summary>Selected deals only the older release has, in its file order.</summary>
    public ImmutableArray<ArmsDeal> Removed { get; }

    /// <summary>Selected deals in both releases whose fields differ (selected on either side), in the older release's file order.</summary>
    public ImmutableArray<DealChange> Changed { get; }

    /// <summary>Groups of deals that could not be paired, where any of their deals is selected.</summary>
    public ImmutableArray<AmbiguousMatch> Ambiguous { get; }

    /// <summary>How TIV delivered moved by supplier, over the selected recipient's deals when one is selected.</summary>
    public TivMovementTable BySupplier { get; }

    /// <summary>How TIV delivered moved by recipient, over the selected supplier's deals when one is selected.</summary>
    public TivMovementTable ByRecipient { get; }

    /// <summary>Do the releases differ in the selected deals (anything added, removed, changed or ambiguous)?</summary>
    public bool HasDifferences => Added.Length + Removed.Length + Changed.Length + Ambiguous.Length > 0;

    /// <summary>Whose deals: <c>all deals</c>, <c>deals from Russia</c>, <c>deals from Russia to Pakistan</c>.</summary>
    public string Selection => Supplier is null && Recipient is null ? "all deals"
        : "deals" + (Supplier is null ? "" : " from " + Supplier.Name) + (Recipient is null ? "" : " to " + Recipient.Name);

    /// <summary>Does the selection take this deal?</summary>
    public bool Selects(ArmsDeal deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return (Supplier is null || deal.Supplier == Supplier) && (Recipient is null || deal.Recipient == Recipient);
    }

    /// <summary>For example <c>Changes in SIPRI's Trade Register, release generated 2025-03-13 (29,036 deals) -> 2026-05-18 (29,320 deals): all deals</c>.</summary>
    public string Title => $"Changes in SIPRI's Trade Register, {Comparison.Releases}: {Selection}";

    /// <summary>TIV million (the TIV fields and the summary's totals).</summary>
    public Measure Measure => Measure.TivMillions;

    /// <summary>None: the releases cover the whole register.</summary>
    public string Window => "";

    /// <summary>The newer release.</summary>
    public DataSource Source => Comparison.Newer;

    /// <summary>How to read the rows.</summary>
    public IReadOnlyList<string> Notes =>
    [
        "One row per changed field (kind changed) and per deal added, removed or not matched (ambiguousOld, ambiguousNew); old and new as the releases print them, n/a for an empty field.",
        "Deals are matched by the key in the rule column; deals that share a key and that no field tells apart are reported as ambiguous, not matched.",
        .. (Supplier is null && Recipient is null ? Array.Empty<string>() : new[] { "A deal is selected when its supplier and recipient match in either release." }),
    ];

    /// <summary>
    /// The counts (<c>all deals: 1 added, 1 removed, 2 changed, 0 ambiguous groups, 1 unchanged</c>; unchanged only
    /// for all deals), the deals matched by each rule (over the whole register), and the TIV delivered by the deals added and removed.
    /// </summary>
    public IReadOnlyList<string> Summary =>
    [
        string.Create(CultureInfo.InvariantCulture,
            $"{Selection}: {Added.Length} added, {Removed.Length} removed, {Changed.Length} changed, {Ambiguous.Length} ambiguous groups{(Supplier is null && Recipient is null ? $", {Comparison.Unchanged} unchanged" : "")}."),
        (Supplier is null && Recipient is null ? "Matched by: " : "Matched by, over every deal of the two releases: ") + (Comparison.MatchesByRule.IsEmpty ? "none"
            : string.Join(", ", Comparison.MatchesByRule.OrderBy(kv => kv.Key).Select(kv => string.Create(CultureInfo.InvariantCulture, $"{CodeText.Of(kv.Key)} {kv.Value}")))) + ".",
        $"TIV delivered by the deals added: {Total(Added)}; by the deals removed: {Total(Removed)} ({Tiv.UnitLabel}).",
    ];

    private static string Total(IEnumerable<ArmsDeal> deals) => NumberText.Format(Tiv.Sum(deals.Select(d => d.DeliveredTiv)).Millions, "N2", null);

    /// <summary>
    /// One row per changed field and per deal added, removed or ambiguous, with the columns of
    /// <c>tradearms arms register-diff --format csv</c>: <c>kind</c> (<c>changed</c>, <c>added</c>, <c>removed</c>,
    /// <c>ambiguousOld</c>, <c>ambiguousNew</c>), <c>rule</c> (the match key, camelCase; empty for added and removed),
    /// <c>recipient</c>, <c>supplier</c>, <c>order_year</c>, <c>designation</c>, <c>description</c> (of the older deal
    /// for a change), <c>field</c> (camelCase <see cref="DealField"/>), <c>old</c> and <c>new</c> (the field as each
    /// release prints it, null for an empty cell), <c>old_location</c> and <c>new_location</c> (file:line).
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var rows = new List<Row>();
        foreach (var c in Changed)
        {
            rows.AddRange(c.Changes.Select(f => new Row("changed", CodeText.Of(c.Rule), c.Old, CodeText.Of(f.Field), f.Old, f.New, c.Old.Location, c.New.Location)));
        }
        rows.AddRange(Added.Select(d => new Row("added", "", d, "", "", "", "", d.Location)));
        rows.AddRange(Removed.Select(d => new Row("removed", "", d, "", "", "", d.Location, "")));
        foreach (var a in Ambiguous)
        {
            rows.AddRange(a.Old.Select(d => new Row("ambiguousOld", CodeText.Of(a.Rule), d, "", "", "", d.Location, "")));
            rows.AddRange(a.New.Select(d => new Row("ambiguousNew", CodeText.Of(a.Rule), d, "", "", "", "", d.Location)));
        }
        return new DataFrame(
            new StringDataFrameColumn("kind", rows.Select(r => r.Kind)),
            new StringDataFrameColumn("rule", rows.Select(r => r.Rule)),
            new StringDataFrameColumn("recipient", rows.Select(r => r.Deal.Recipient.Name)),
            new StringDataFrameColumn("supplier", rows.Select(r => r.Deal.Supplier.Name)),
            new Int32DataFrameColumn("order_year", rows.Select(r => (int?)r.Deal.OrderYear.Year)),
            new StringDataFrameColumn("designation", rows.Select(r => r.Deal.Designation)),
            new StringDataFrameColumn("description", rows.Select(r => r.Deal.Description)),
            new StringDataFrameColumn("field", rows.Select(r => r.Field)),
            new StringDataFrameColumn("old", rows.Select(r => r.Old)),
            new StringDataFrameColumn("new", rows.Select(r => r.New)),
            new StringDataFrameColumn("old_location", rows.Select(r => r.OldLocation)),
            new StringDataFrameColumn("new_location", rows.Select(r => r.NewLocation)));
    }

    /// <summary>The text table by the one <see cref="Rendering.TableRenderer"/>.</summary>
    public override string ToString() => Rendering.TableRenderer.Render(this);

    private sealed record Row(string Kind, string Rule, ArmsDeal Deal, string Field, string? Old, string? New, string OldLocation, string NewLocation);
}
