using System.Collections.Immutable;
using System.Globalization;

namespace TradeArms.Sipri;

public sealed partial class ArmsTransfers
{
    /// <summary>
    /// Each supplier's share of a recipient's imports over a window: the supplier's deliveries summed over the window
    /// divided by the recipient's total over the window (by default the sum of the supplier rows; see
    /// <see cref="ShareDenominator"/>), ranked, optionally cut to the top N with an "others" row.
    /// </summary>
    /// <example><c>arms.SupplierShares(arms.Actor("India"), YearRange.Parse("2017-2021"), top: 3)</c>: Russia 46.0%, France 27.3%, United States 12.1%, others 14.5%.</example>
    /// <param name="recipient">The recipient.</param>
    /// <param name="window">The years to sum, both ends included; must lie within <see cref="Years"/>.</param>
    /// <param name="top">The number of suppliers to list before "others"; null to list all.</param>
    /// <param name="denominator">What the shares are shares of.</param>
    /// <exception cref="WindowOutsideDataException">The window reaches beyond the loaded years.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is below 1.</exception>
    /// <exception cref="DataCoverageException">SIPRI's Total row was asked for but is not in the loaded data.</exception>
    public ShareTable SupplierShares(Actor recipient, YearRange window, int? top = null, ShareDenominator denominator = ShareDenominator.SumOfRows) =>
        Shares(ShareBreakdown.ImportsBySupplier, recipient, window, top, denominator);

    /// <summary>
    /// Each recipient's share of a supplier's exports over a window (the supplier's markets); otherwise as
    /// <see cref="SupplierShares"/>.
    /// </summary>
    /// <param name="supplier">The supplier.</param>
    /// <param name="window">The years to sum, both ends included; must lie within <see cref="Years"/>.</param>
    /// <param name="top">The number of recipients to list before "others"; null to list all.</param>
    /// <param name="denominator">What the shares are shares of.</param>
    /// <exception cref="WindowOutsideDataException">The window reaches beyond the loaded years.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is below 1.</exception>
    /// <exception cref="DataCoverageException">SIPRI's Total row was asked for but is not in the loaded data.</exception>
    public ShareTable RecipientShares(Actor supplier, YearRange window, int? top = null, ShareDenominator denominator = ShareDenominator.SumOfRows) =>
        Shares(ShareBreakdown.ExportsByRecipient, supplier, window, top, denominator);

    /// <summary>
    /// A recipient's suppliers in two windows, as in SIPRI's fact sheets: each main supplier's share and rank in both,
    /// and the percent change of the recipient's total imports from the first window to the second.
    /// </summary>
    /// <example><c>arms.CompareSupplierShares(india, YearRange.Parse("2012-2016"), YearRange.Parse("2017-2021"), top: 3)</c></example>
    /// <param name="recipient">The recipient.</param>
    /// <param name="first">The first (usually earlier) window.</param>
    /// <param name="second">The second window.</param>
    /// <param name="top">List the suppliers among the N largest of either window, then "others"; null to list all.</param>
    /// <param name="denominator">What the shares are shares of.</param>
    public ShareComparison CompareSupplierShares(Actor recipient, YearRange first, YearRange second, int? top = null, ShareDenominator denominator = ShareDenominator.SumOfRows) =>
        new(Shares(ShareBreakdown.ImportsBySupplier, recipient, first, null, denominator), Shares(ShareBreakdown.ImportsBySupplier, recipient, second, null, denominator), top);

    /// <summary>A supplier's markets in two windows; otherwise as <see cref="CompareSupplierShares"/>.</summary>
    /// <param name="supplier">The supplier.</param>
    /// <param name="first">The first (usually earlier) window.</param>
    /// <param name="second">The second window.</param>
    /// <param name="top">List the recipients among the N largest of either window, then "others"; null to list all.</param>
    /// <param name="denominator">What the shares are shares of.</param>
    public ShareComparison CompareRecipientShares(Actor supplier, YearRange first, YearRange second, int? top = null, ShareDenominator denominator = ShareDenominator.SumOfRows) =>
        new(Shares(ShareBreakdown.ExportsByRecipient, supplier, first, null, denominator), Shares(ShareBreakdown.ExportsByRecipient, supplier, second, null, denominator), top);

    /// <summary>
    /// A supplier's share of world arms exports over a window. Needs SIPRI's world total (the Total row of SIPRI's table
    /// for "all", <c>all.csv</c> of a by-recipient download) and the supplier's complete exports (its by-exporter table,
    /// or the whole release); with <see cref="ShareDenominator.SumOfRows"/> it also needs every row of the world, checked
    /// against SIPRI's world total. The shipped extract has neither: the call then fails and says why.
    /// </summary>
    /// <param name="supplier">The supplier.</param>
    /// <param name="window">The years to sum, both ends included; must lie within <see cref="Years"/>.</param>
    /// <param name="denominator">The sum of all rows (default) or SIPRI's printed world total.</param>
    /// <exception cref="WindowOutsideDataException">The window reaches beyond the loaded years.</exception>
    /// <exception cref="DataCoverageException">The loaded data cannot give the world total or the supplier's complete exports.</exception>
    public WorldShare WorldExportShare(Actor supplier, YearRange window, ShareDenominator denominator = ShareDenominator.SumOfRows)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        Gate(window);
        RequireDefined(denominator);
        var world = CheckCoverage(TotalSide.World, null, window, "world");
        if (world.Coverage == ShareCoverage.Unverified)
        {
            throw new DataCoverageException(
                "A share of world exports needs SIPRI's world total (the Total row of SIPRI's table for 'all', all.csv in a by-recipient download), which is not in the loaded data.");
        }
        var exports = CheckCoverage(TotalSide.SupplierExports, supplier, window, $"{supplier.Name}'s exports");
        if (exports.Coverage != ShareCoverage.Verified && world.Coverage != ShareCoverage.Verified)
        {
            throw new DataCoverageException(
                $"{supplier.Name}'s exports are not completely loaded, so its share of the world cannot be computed: load its by-exporter table ('TIV of arms exports from {supplier.Name}') or the whole release.");
        }
        if (denominator == ShareDenominator.SumOfRows && world.Coverage != ShareCoverage.Verified)
        {
            throw new DataCoverageException(
                $"The loaded rows do not add up to SIPRI's world total, so their sum is not the world: {string.Join(" ", world.Notes)} Load the whole release, or take shares of SIPRI's printed Total row.");
        }
        var volume = Total(window, supplier: supplier);
        var denominatorValue = denominator == ShareDenominator.SumOfRows ? Total(window) : world.Printed!.Value;
        return new WorldShare(supplier, window, denominator, volume, denominatorValue, world.Printed!.Value,
            [.. exports.Notes.Where(_ => exports.Coverage == ShareCoverage.Incomplete)], Source);
    }

    /// <summary>
    /// Suppliers ranked by their exports over a window, with their shares of every transfer of the data (of the world,
    /// with a whole release). The one ranking rule of fact sheets and profiles (see <see cref="ActorRanking"/>).
    /// </summary>
    /// <param name="window">The years to sum; must lie within <see cref="Years"/>.</param>
    /// <param name="kinds">The kinds of actor ranked; null for states and historical states.</param>
    /// <exception cref="WindowOutsideDataException">The window reaches beyond the loaded years.</exception>
    public ActorRanking RankExporters(YearRange window, IReadOnlySet<ActorKind>? kinds = null) => Ranking(RankedFlow.Exports, window, kinds);

    /// <summary>Recipients ranked by their imports over a window; otherwise as <see cref="RankExporters"/>.</summary>
    /// <param name="window">The years to sum; must lie within <see cref="Years"/>.</param>
    /// <param name="kinds">The kinds of actor ranked; null for states and historical states.</param>
    /// <exception cref="WindowOutsideDataException">The window reaches beyond the loaded years.</exception>
    public ActorRanking RankImporters(YearRange window, IReadOnlySet<ActorKind>? kinds = null) => Ranking(RankedFlow.Imports, window, kinds);

    private static readonly IReadOnlySet<ActorKind> s_states = new HashSet<ActorKind> { ActorKind.State, ActorKind.HistoricalState };

    private ActorRanking Ranking(RankedFlow flow, YearRange window, IReadOnlySet<ActorKind>? kinds)
    {
        Gate(window);
        var volumes = new Dictionary<Actor, Tiv>();
        var total = Tiv.NoDeliveries;
        for (var i = 0; i < _supplier.Length; i++)
        {
            if (window.Contains(new CalendarYear(_year[i])))
            {
                var who = _actors[flow == RankedFlow.Exports ? _supplier[i] : _recipient[i]];
                volumes[who] = volumes.GetValueOrDefault(who, Tiv.NoDeliveries) + Cell(i);
                total += Cell(i);
            }
        }
        return new ActorRanking(flow, window, kinds ?? s_states, volumes, total, Source);
    }

    private ShareTable Shares(ShareBreakdown breakdown, Actor subject, YearRange window, int? top, ShareDenominator denominator)
    {
        ArgumentNullException.ThrowIfNull(subject);
        Gate(window);
        RequireDefined(denominator);
        if (top is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(top), top, "Top N needs N of at least 1 (or null to list every partner).");
        }
        if (!Enum.IsDefined(breakdown))
        {
            throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "Unknown breakdown.");
        }
        var imports = breakdown == ShareBreakdown.ImportsBySupplier;
        var id = Id(subject);
        var volumes = new Dictionary<int, Tiv>();
        var constituents = new Dictionary<Actor, HashSet<Actor>>();
        if (id >= 0)
        {
            for (var i = 0; i < _supplier.Length; i++)
            {
                if ((imports ? _recipient[i] : _supplier[i]) == id && window.Contains(new CalendarYear(_year[i])))
                {
                    var partner = imports ? _supplier[i] : _recipient[i];
                    volumes[partner] = volumes.TryGetValue(partner, out var v) ? v + Cell(i) : Cell(i);
                    Constituents(constituents, imports, i);
                }
            }
        }
        var what = imports ? $"{subject.Name}'s imports" : $"{subject.Name}'s exports";
        var coverage = CheckCoverage(imports ? TotalSide.RecipientImports : TotalSide.SupplierExports, subject, window, what);
        if (denominator == ShareDenominator.SipriTotalRow && coverage.Printed is null)
        {
            throw new DataCoverageException(
                $"SIPRI's Total row of {what} is not in the loaded data (load SIPRI's table 'TIV of arms exports {(imports ? "to" : "from")} {subject.Name}'{(imports ? ", or its table for 'all'" : "")}), so shares of SIPRI's printed Total row cannot be computed; take shares of the sum of the rows.");
        }
        var notes = new List<string>(coverage.Notes);
        var lifetime = LifetimeOf(subject);
        if (lifetime is { } life && !life.Contains(window))
        {
            notes.Add(life.Within(window) is { } lived
                ? $"{subject.Name} existed only in {lived} of {window} (lifetime {life}); the other years are not counted as years without transfers."
                : $"{subject.Name} did not exist in {window} (lifetime {life}): it has no {(imports ? "imports" : "exports")} to share.");
        }
        if (volumes.Count == 0 && (lifetime is not { } l || l.Within(window) is not null))
        {
            notes.Add($"No deliveries {(imports ? "to" : "from")} {subject.Name} in {window} in the loaded data.");
        }
        return new ShareTable(subject, breakdown, window, denominator, top,
            [.. volumes.Select(kv => (_actors[kv.Key], kv.Value))], coverage.Printed, coverage.Coverage, [.. notes], Source,
            MergedFrom is null ? null : constituents.ToDictionary(kv => kv.Key, kv => kv.Value.Count));
    }

    /// <summary>Collects the SIPRI actors behind cell <paramref name="i"/>'s partner (several after a merge).</summary>
    private void Constituents(Dictionary<Actor, HashSet<Actor>> constituents, bool imports, int i)
    {
        if (MergedFrom is null)
        {
            return;
        }
        var partner = _actors[imports ? _supplier[i] : _recipient[i]];
        if (!constituents.TryGetValue(partner, out var set))
        {
            constituents[partner] = set = [];
        }
        if (MergedFrom.TryGetValue((_actors[_supplier[i]], _actors[_recipient[i]], _year[i]), out var originals))
        {
            foreach (var (s, r) in originals)
            {
                set.Add(imports ? s : r);
            }
        }
        else
        {
            set.Add(partner);
        }
    }

    /// <summary>
    /// Checks, year by year, that the loaded cells of a subject (a recipient's imports, a supplier's exports, or the
    /// world) add up to the totals SIPRI printed, within rounding ((cells + 1) / 2, as <see cref="TotalCheck"/>).
    /// Returns the printed total over the window, or null when no printed total of the subject was loaded.
    /// </summary>
    private (ShareCoverage Coverage, Tiv? Printed, ImmutableArray<string> Notes) CheckCoverage(TotalSide side, Actor? subject, YearRange window, string what)
    {
        bool Matches(PublishedTotal t) => t.Side == side && t.Year is not null && side switch
        {
            TotalSide.RecipientImports => t.Recipient == subject,
            TotalSide.SupplierExports => t.Supplier == subject,
            _ => true,
        };
        var totals = PublishedTotals.Where(Matches).ToList();
        if (totals.Count == 0)
        {
            return (ShareCoverage.Unverified, null,
                [$"SIPRI's printed total of {what} is not in the loaded data, so whether every row was loaded cannot be checked: the shares are of the deliveries loaded."]);
        }
        var printed = new Dictionary<int, PublishedTotal>();
        foreach (var t in totals.Where(t => window.Contains(t.Year!.Value)))
        {
            var y = t.Year!.Value.Year;
            if (printed.TryGetValue(y, out var other) && other.Value != t.Value)
            {
                throw new DataCoverageException(string.Create(CultureInfo.InvariantCulture,
                    $"SIPRI's printed totals of {what} in {y} disagree: {other.Value.Millions} ({other.Location}) and {t.Value.Millions} ({t.Location}); are the files of different releases?"));
            }
            printed[y] = t;
        }
        var id = subject is null ? -1 : Id(subject);
        var sums = new double[window.Count];
        var cells = new int[window.Count];
        for (var i = 0; i < _supplier.Length; i++)
        {
            var match = side switch
            {
                TotalSide.RecipientImports => _recipient[i] == id,
                TotalSide.SupplierExports => _supplier[i] == id,
                _ => true,
            };
            if (match && window.Contains(new CalendarYear(_year[i])))
            {
                sums[_year[i] - window.First.Year] += Cell(i).Millions;
                cells[_year[i] - window.First.Year]++;
            }
        }
        var gaps = new List<string>();
        foreach (var year in window)
        {
            var k = year.Year - window.First.Year;
            var total = printed.TryGetValue(year.Year, out var t) ? t.Value.Millions : 0;
            if (Math.Abs(total - sums[k]) > (cells[k] + 1) / 2.0 + 1e-9)
            {
                gaps.Add(string.Create(CultureInfo.InvariantCulture, $"{year}: rows {sums[k]:0.##}, printed {total:0.##}"));
            }
        }
        var printedTotal = Tiv.Sum(printed.Values.Select(p => p.Value));
        return gaps.Count == 0
            ? (ShareCoverage.Verified, printedTotal, [])
            : (ShareCoverage.Incomplete, printedTotal,
                [$"The loaded rows of {what} differ from SIPRI's printed total beyond rounding ({string.Join("; ", gaps)}): rows are missing, or the files are of different releases."]);
    }

    private static void RequireDefined(ShareDenominator denominator)
    {
        if (!Enum.IsDefined(denominator))
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "Unknown share denominator.");
        }
    }
}
