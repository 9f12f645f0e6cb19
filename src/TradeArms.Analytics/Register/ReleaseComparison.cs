using System.Collections.Immutable;
using System.Globalization;

namespace TradeArms.Register;

/// <summary>
/// What changed in SIPRI's Trade Register between two releases: deals added, removed and changed (with old and new
/// values), deals that could not be paired without guessing, and how each supplier's and recipient's TIV delivered
/// moved. SIPRI revises its whole database every year, so compare before quoting a figure from a new release.
/// </summary>
/// <remarks>
/// <para><b>Matching.</b> The full register has no deal id, so deals are matched by keys tried in the order of
/// <see cref="DealMatchRule"/>: <see cref="DealMatchRule.FullKey"/> (recipient, supplier, year of order, designation,
/// description), then keys that each leave out what SIPRI is known to revise, adding the number ordered (and the
/// years of delivery) where a weapon name is left out. Each pass only sees deals no earlier pass matched. When both registers carry SIPRI's
/// deal id (the by-delivery-year export), the id is the only key.</para>
/// <para><b>Duplicates.</b> Several deals can share a key (two orders of the same helicopter in one year). Within a
/// key group: deals identical in every field are paired first, in file order; a group left with one deal on each side
/// is paired; then deals are paired where one further field set singles out exactly one partner on each side
/// (number ordered, status and delivery years; number ordered and status; number ordered; status and delivery years;
/// comments; delivery years; number delivered). A group still holding deals on both sides is reported in
/// <see cref="Ambiguous"/>; its deals are not matched, added or removed, and later passes do not see them.</para>
/// </remarks>
public sealed class ReleaseComparison
{
    private readonly TradeRegister _older;
    private readonly TradeRegister _newer;
    private readonly List<(ArmsDeal Old, ArmsDeal New)> _pairs;

    private ReleaseComparison(TradeRegister older, TradeRegister newer, ImmutableArray<ArmsDeal> added, ImmutableArray<ArmsDeal> removed,
        ImmutableArray<DealChange> changed, int unchanged, ImmutableArray<AmbiguousMatch> ambiguous,
        ImmutableDictionary<DealMatchRule, int> matchesByRule, List<(ArmsDeal Old, ArmsDeal New)> pairs)
    {
        Older = older.Source;
        Newer = newer.Source;
        OlderCount = older.Count;
        NewerCount = newer.Count;
        Added = added;
        Removed = removed;
        Changed = changed;
        Unchanged = unchanged;
        Ambiguous = ambiguous;
        MatchesByRule = matchesByRule;
        _older = older;
        _newer = newer;
        _pairs = pairs;
        BySupplier = Movements(d => d.Supplier, _ => true);
        ByRecipient = Movements(d => d.Recipient, _ => true);
    }

    /// <summary>The older release.</summary>
    public DataSource Older { get; }

    /// <summary>The newer release.</summary>
    public DataSource Newer { get; }

    /// <summary>The number of deals in the older release.</summary>
    public int OlderCount { get; }

    /// <summary>The number of deals in the newer release.</summary>
    public int NewerCount { get; }

    /// <summary>Deals only the newer release has, in its file order.</summary>
    public ImmutableArray<ArmsDeal> Added { get; }

    /// <summary>Deals only the older release has, in its file order.</summary>
    public ImmutableArray<ArmsDeal> Removed { get; }

    /// <summary>Deals in both releases whose fields differ, in the older release's file order.</summary>
    public ImmutableArray<DealChange> Changed { get; }

    /// <summary>The number of deals found in both releases with every field the same.</summary>
    public int Unchanged { get; }

    /// <summary>Deals that share a key but could not be paired without guessing.</summary>
    public ImmutableArray<AmbiguousMatch> Ambiguous { get; }

    /// <summary>How many deals each rule matched (changed and unchanged together).</summary>
    public ImmutableDictionary<DealMatchRule, int> MatchesByRule { get; }

    /// <summary>How each supplier's TIV delivered moved, largest absolute difference first.</summary>
    public ImmutableArray<TivMovement> BySupplier { get; }

    /// <summary>How each recipient's TIV delivered moved, largest absolute difference first.</summary>
    public ImmutableArray<TivMovement> ByRecipient { get; }

    /// <summary>
    /// How a recipient's imports moved, by supplier: <see cref="BySupplier"/> over the recipient's deals only (a deal
    /// counts on each side where the recipient is its recipient in that release).
    /// </summary>
    public ImmutableArray<TivMovement> SuppliersOf(Actor recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return Movements(d => d.Supplier, d => d.Recipient == recipient);
    }

    /// <summary>How a supplier's exports moved, by recipient: <see cref="ByRecipient"/> over the supplier's deals only.</summary>
    public ImmutableArray<TivMovement> RecipientsOf(Actor supplier)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        return Movements(d => d.Recipient, d => d.Supplier == supplier);
    }

    /// <summary>
    /// The comparison restricted to the deals of <paramref name="supplier"/> and/or <paramref name="recipient"/> (a deal
    /// counts when it matches in either release), as a result every renderer serves; both null for every deal.
    /// </summary>
    public ReleaseDiff Select(Actor? supplier = null, Actor? recipient = null) => new(this, supplier, recipient);

    /// <summary>The two releases, e.g. <c>release generated 2025-03-13 (29,036 deals) -> 2026-05-18 (29,320 deals)</c>.</summary>
    internal string Releases => string.Create(CultureInfo.InvariantCulture,
        $"release generated {Date(Older)} ({OlderCount:#,0} deals) -> {Date(Newer)} ({NewerCount:#,0} deals)");

    private static string Date(DataSource source) => source.Generated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? source.Vintage ?? "(date not stated)";

    /// <summary>Compares two releases of the register (both full registers, or both by-delivery-year exports).</summary>
    /// <param name="older">The older release.</param>
    /// <param name="newer">The newer release.</param>
    /// <exception cref="ArgumentException">The two registers are of different formats.</exception>
    public static ReleaseComparison Compare(TradeRegister older, TradeRegister newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        if (older.Format != newer.Format)
        {
            throw new ArgumentException(
                $"Compare registers of one format: the older is {older.Format}, the newer {newer.Format}; their fields differ (comments and number ordered against category and deal id).",
                nameof(newer));
        }
        var matcher = new DealMatcher(older.Deals, newer.Deals);
        var rules = older.Deals.All(d => d.DealId is not null) && newer.Deals.All(d => d.DealId is not null)
            ? [DealMatchRule.DealId]
            : new[] { DealMatchRule.FullKey, DealMatchRule.WithoutDescription, DealMatchRule.WithoutDesignation, DealMatchRule.WithoutWeaponNames, DealMatchRule.WithoutSupplier, DealMatchRule.WithoutOrderYear };
        foreach (var rule in rules)
        {
            matcher.Pass(rule);
        }
        var changed = ImmutableArray.CreateBuilder<DealChange>();
        var unchanged = 0;
        foreach (var (o, n, rule) in matcher.Pairs.OrderBy(p => matcher.OldIndex(p.Old)))
        {
            var changes = FieldChange.Between(o, n);
            if (changes.IsEmpty)
            {
                unchanged++;
            }
            else
            {
                changed.Add(new DealChange(o, n, rule, changes));
            }
        }
        var byRule = matcher.Pairs.GroupBy(p => p.Rule).ToImmutableDictionary(g => g.Key, g => g.Count());
        return new ReleaseComparison(older, newer, matcher.Added(), matcher.Removed(), changed.ToImmutable(), unchanged,
            [.. matcher.AmbiguousGroups], byRule, [.. matcher.Pairs.Select(p => (p.Old, p.New))]);
    }

    private ImmutableArray<TivMovement> Movements(Func<ArmsDeal, Actor> role, Func<ArmsDeal, bool> selected)
    {
        var old = Sum(_older.Deals.Where(selected), role);
        var @new = Sum(_newer.Deals.Where(selected), role);
        var add = Sum(Added.Where(selected), role);
        var rem = Sum(Removed.Where(selected), role);
        var revised = new Dictionary<Actor, double>();
        foreach (var (o, n) in _pairs)
        {
            if (selected(n))
            {
                revised[role(n)] = revised.GetValueOrDefault(role(n)) + n.DeliveredTiv.Millions;
            }
            if (selected(o))
            {
                revised[role(o)] = revised.GetValueOrDefault(role(o)) - o.DeliveredTiv.Millions;
            }
        }
        var ambOld = Sum(Ambiguous.SelectMany(a => a.Old).Where(selected), role);
        var ambNew = Sum(Ambiguous.SelectMany(a => a.New).Where(selected), role);
        return [.. old.Keys.Concat(@new.Keys).Distinct()
            .Select(a => new TivMovement(a, old.GetValueOrDefault(a, Tiv.NoDeliveries), @new.GetValueOrDefault(a, Tiv.NoDeliveries),
                add.GetValueOrDefault(a).Millions, rem.GetValueOrDefault(a).Millions, revised.GetValueOrDefault(a),
                ambNew.GetValueOrDefault(a).Millions - ambOld.GetValueOrDefault(a).Millions))
            .OrderByDescending(m => Math.Abs(Math.Round(m.Difference, 6)))
            .ThenBy(m => m.Actor)];
    }

    private static Dictionary<Actor, Tiv> Sum(IEnumerable<ArmsDeal> deals, Func<ArmsDeal, Actor> role)
    {
        var sums = new Dictionary<Actor, Tiv>();
        foreach (var d in deals)
        {
            var a = role(d);
            sums[a] = sums.GetValueOrDefault(a, Tiv.NoDeliveries) + d.DeliveredTiv;
        }
        return sums;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Older.Caption} -> {Newer.Caption}: {Added.Length} added, {Removed.Length} removed, {Changed.Length} changed, {Unchanged} unchanged, {Ambiguous.Length} ambiguous groups");
}
