using System.Collections.Immutable;
using System.Globalization;

namespace TradeArms.Sipri;

/// <summary>
/// A period comparison table like those of SIPRI's fact sheets: for a recipient (or supplier), each main partner's
/// share in a first and a second window, and the percent change of the subject's total between them
/// (<c>arms.CompareSupplierShares(india, YearRange.Parse("2012-2016"), YearRange.Parse("2017-2021"), top: 3)</c>).
/// </summary>
/// <remarks>
/// With a top N, the rows are the partners among the N largest in either window (ordered by the second window, then
/// the first), followed by an "others" row for everyone else, so each window's shares add up as in its
/// <see cref="ShareTable"/>. Rank changes between the windows are on every row (<see cref="ShareComparisonRow.RankChange"/>).
/// </remarks>
public sealed partial record ShareComparison
{
    internal ShareComparison(ShareTable first, ShareTable second, int? top)
    {
        FirstShares = first;
        SecondShares = second;
        Top = top;
        // Windows of unequal length are compared on per-year averages, and say so: a 7-year window against a 5-year one
        // is not a change of the totals.
        ComparesPerYearAverages = first.Window.Count != second.Window.Count;
        var a = first.Total.Millions / (ComparesPerYearAverages ? first.Window.Count : 1);
        var b = second.Total.Millions / (ComparesPerYearAverages ? second.Window.Count : 1);
        Reason = a > 0 ? null : $"the total of {first.Window} is 0";
        PercentChange = Reason is null ? (b - a) / a * 100 : null;
        AveragePercentChange = Reason is null ? (b / second.Window.Count - a / first.Window.Count) / (a / first.Window.Count) * 100 : null;
        var listed = new List<Actor>();
        foreach (var p in second.Partners.Take(top ?? int.MaxValue).Concat(first.Partners.Take(top ?? int.MaxValue)))
        {
            if (!listed.Contains(p.Partner!))
            {
                listed.Add(p.Partner!);
            }
        }
        var rows = listed.Select(partner =>
        {
            var x = first.Partners.FirstOrDefault(p => p.Partner == partner);
            var y = second.Partners.FirstOrDefault(p => p.Partner == partner);
            return new ShareComparisonRow(partner, 1, x?.Volume ?? Tiv.NoDeliveries, x?.Percent ?? first.Percent(Tiv.NoDeliveries), x?.Rank,
                y?.Volume ?? Tiv.NoDeliveries, y?.Percent ?? second.Percent(Tiv.NoDeliveries), y?.Rank);
        }).ToList();
        var restFirst = first.Partners.Where(p => !listed.Contains(p.Partner!)).ToList();
        var restSecond = second.Partners.Where(p => !listed.Contains(p.Partner!)).ToList();
        var restCount = restFirst.Select(p => p.Partner!).Union(restSecond.Select(p => p.Partner!)).Count();
        if (restCount > 0)
        {
            var vx = Tiv.Sum(restFirst.Select(p => p.Volume));
            var vy = Tiv.Sum(restSecond.Select(p => p.Volume));
            rows.Add(new ShareComparisonRow(null, restCount, vx, first.Percent(vx), null, vy, second.Percent(vy), null));
        }
        var (firstYears, secondYears) = ComparesPerYearAverages ? (first.Window.Count, second.Window.Count) : (1, 1);
        Rows = [.. rows.Select(r => r with { FirstYears = firstYears, SecondYears = secondYears })];
        var lengths = ComparesPerYearAverages
            ? [string.Create(CultureInfo.InvariantCulture,
                $"The windows differ in length ({first.Window} has {first.Window.Count} year{(first.Window.Count == 1 ? "" : "s")}, {second.Window} {second.Window.Count}): the change compares per-year averages ({a:0.##} and {b:0.##} {Tiv.UnitLabel} per year), not totals.")]
            : Array.Empty<string>();
        Notes = [.. lengths.Concat(first.Notes).Concat(second.Notes).Distinct()];
    }

    /// <summary>The recipient or supplier.</summary>
    public Actor Subject => SecondShares.Subject;

    /// <summary>Which flow is broken down.</summary>
    public ShareBreakdown Breakdown => SecondShares.Breakdown;

    /// <summary>The first (usually earlier) window.</summary>
    public YearRange First => FirstShares.Window;

    /// <summary>The second window.</summary>
    public YearRange Second => SecondShares.Window;

    /// <summary>What the shares are shares of.</summary>
    public ShareDenominator Denominator => SecondShares.Denominator;

    /// <summary>The number of partners per window listed before "others"; null when every partner is listed.</summary>
    public int? Top { get; }

    /// <summary>The measure of every volume: TIV million.</summary>
    public Measure Measure { get; } = Measure.TivMillions;

    /// <summary>Citation and vintage of the data.</summary>
    public DataSource Source => SecondShares.Source;

    /// <summary>The full shares of the first window.</summary>
    public ShareTable FirstShares { get; }

    /// <summary>The full shares of the second window.</summary>
    public ShareTable SecondShares { get; }

    /// <summary>The subject's total in the first window (the denominator of its shares).</summary>
    public Tiv FirstTotal => FirstShares.Total;

    /// <summary>The subject's total in the second window.</summary>
    public Tiv SecondTotal => SecondShares.Total;

    /// <summary>
    /// The percent change of the total from the first window to the second (of the per-year averages when the windows
    /// differ in length, see <see cref="ComparesPerYearAverages"/>); null when undefined (see <see cref="Reason"/>).
    /// </summary>
    public double? PercentChange { get; }

    /// <summary>
    /// True when the windows differ in length: <see cref="PercentChange"/> then compares per-year averages (total over
    /// the number of years), never the totals, and <see cref="Notes"/> says so.
    /// </summary>
    public bool ComparesPerYearAverages { get; }
    /// <summary>The first window's average per year, TIV million (total / years).</summary>
    public double FirstAverage => FirstTotal.Millions / First.Count;

    /// <summary>The second window's average per year, TIV million.</summary>
    public double SecondAverage => SecondTotal.Millions / Second.Count;

    /// <summary>
    /// The percent change of the per-year average from the first window to the second: equal to
    /// <see cref="PercentChange"/> for windows of equal length, the comparable figure otherwise; null when undefined.
    /// </summary>
    public double? AveragePercentChange { get; }

    /// <summary>Why <see cref="PercentChange"/> is undefined; null when it is defined.</summary>
    public string? Reason { get; }

    /// <summary>The listed partners and the "others" row.</summary>
    public ImmutableArray<ShareComparisonRow> Rows { get; }

    /// <summary>The notes of both windows' share tables (coverage).</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>The comparison as text by the one <see cref="Rendering.TableRenderer"/>: title, one row per partner, total change, notes and source.</summary>
    public override string ToString() => Rendering.TableRenderer.Render(this);

    /// <summary>The totals of both windows and their change (of per-year averages when the windows differ in length).</summary>
    public IReadOnlyList<string> Summary =>
    [
        string.Create(CultureInfo.InvariantCulture, $"Total: {ShareTable.Format(FirstTotal)} in {First}, {ShareTable.Format(SecondTotal)} in {Second}: ")
        + (PercentChange is { } c ? TradeArms.Text.NumberText.Format(c, "+F1", null) + (ComparesPerYearAverages ? "% (per-year averages)" : "%") : $"change undefined ({Reason})")
        + string.Create(CultureInfo.InvariantCulture, $"; per-year average {FirstAverage:0.##} vs {SecondAverage:0.##}: {(AveragePercentChange is { } ac ? TradeArms.Text.NumberText.Format(ac, "+F1", null) + "%" : "undefined")}."),
    ];
}
