using System.Collections.Immutable;
using System.Globalization;

namespace TradeArms.Register;

/// <summary>Pairs the deals of two releases pass by pass (the rules are documented on <see cref="ReleaseComparison"/>).</summary>
internal sealed class DealMatcher
{
    private static readonly Func<ArmsDeal, string>[] Disambiguators =
    [
        d => Join(Number(d.NumberOrdered), Norm(d.Status.Text), d.DeliveryYears.Text),
        d => Join(Number(d.NumberOrdered), Norm(d.Status.Text)),
        d => Number(d.NumberOrdered),
        d => Join(Norm(d.Status.Text), d.DeliveryYears.Text),
        d => Norm(d.Comments),
        d => d.DeliveryYears.Text,
        d => Number(d.NumberDelivered),
    ];

    private readonly ImmutableArray<ArmsDeal> _old;
    private readonly ImmutableArray<ArmsDeal> _new;
    private readonly Dictionary<ArmsDeal, int> _oldIndex = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ArmsDeal, int> _newIndex = new(ReferenceEqualityComparer.Instance);
    private readonly bool[] _oldDone;
    private readonly bool[] _newDone;

    public DealMatcher(ImmutableArray<ArmsDeal> old, ImmutableArray<ArmsDeal> @new)
    {
        _old = old;
        _new = @new;
        for (var i = 0; i < old.Length; i++)
        {
            _oldIndex[old[i]] = i;
        }
        for (var i = 0; i < @new.Length; i++)
        {
            _newIndex[@new[i]] = i;
        }
        _oldDone = new bool[old.Length];
        _newDone = new bool[@new.Length];
    }

    public List<(ArmsDeal Old, ArmsDeal New, DealMatchRule Rule)> Pairs { get; } = [];

    public List<AmbiguousMatch> AmbiguousGroups { get; } = [];

    public int OldIndex(ArmsDeal deal) => _oldIndex[deal];

    public ImmutableArray<ArmsDeal> Added() => [.. _new.Where((_, i) => !_newDone[i])];

    public ImmutableArray<ArmsDeal> Removed() => [.. _old.Where((_, i) => !_oldDone[i])];

    public void Pass(DealMatchRule rule)
    {
        var key = Key(rule);
        var newGroups = new Dictionary<string, List<ArmsDeal>>(StringComparer.Ordinal);
        for (var i = 0; i < _new.Length; i++)
        {
            if (!_newDone[i] && key(_new[i]) is { } k)
            {
                if (!newGroups.TryGetValue(k, out var list))
                {
                    newGroups[k] = list = [];
                }
                list.Add(_new[i]);
            }
        }
        var oldGroups = new Dictionary<string, List<ArmsDeal>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < _old.Length; i++)
        {
            if (!_oldDone[i] && key(_old[i]) is { } k)
            {
                if (!oldGroups.TryGetValue(k, out var list))
                {
                    oldGroups[k] = list = [];
                    order.Add(k);
                }
                list.Add(_old[i]);
            }
        }
        foreach (var k in order)
        {
            if (newGroups.TryGetValue(k, out var candidates))
            {
                MatchGroup(rule, k, oldGroups[k], candidates);
            }
        }
    }

    private void MatchGroup(DealMatchRule rule, string key, List<ArmsDeal> old, List<ArmsDeal> @new)
    {
        void Take(ArmsDeal o, ArmsDeal n)
        {
            Pairs.Add((o, n, rule));
            _oldDone[_oldIndex[o]] = true;
            _newDone[_newIndex[n]] = true;
            // By reference: two deals of one release may hold equal values.
            old.RemoveAt(old.FindIndex(x => ReferenceEquals(x, o)));
            @new.RemoveAt(@new.FindIndex(x => ReferenceEquals(x, n)));
        }
        void TakeSingletons()
        {
            if (old.Count == 1 && @new.Count == 1)
            {
                Take(old[0], @new[0]);
            }
        }
        // Identical deals are interchangeable: pairing them in file order is not a guess.
        foreach (var o in old.ToList())
        {
            var twin = @new.FirstOrDefault(n => FieldChange.Between(o, n).IsEmpty);
            if (twin is not null)
            {
                Take(o, twin);
            }
        }
        TakeSingletons();
        foreach (var disambiguate in Disambiguators)
        {
            if (old.Count == 0 || @new.Count == 0)
            {
                break;
            }
            foreach (var o in old.ToList())
            {
                var value = disambiguate(o);
                var partners = @new.Where(n => disambiguate(n) == value).ToList();
                if (partners.Count == 1 && old.Count(x => disambiguate(x) == value) == 1)
                {
                    Take(o, partners[0]);
                }
            }
            TakeSingletons();
        }
        if (old.Count > 0 && @new.Count > 0)
        {
            AmbiguousGroups.Add(new AmbiguousMatch(rule, Describe(rule, old[0]), [.. old], [.. @new]));
            foreach (var o in old)
            {
                _oldDone[_oldIndex[o]] = true;
            }
            foreach (var n in @new)
            {
                _newDone[_newIndex[n]] = true;
            }
        }
    }

    private static Func<ArmsDeal, string?> Key(DealMatchRule rule) => rule switch
    {
        DealMatchRule.DealId => d => d.DealId?.ToString(CultureInfo.InvariantCulture) ?? "",
        DealMatchRule.FullKey => d => Join(Actor(d.Recipient), Actor(d.Supplier), d.OrderYear.ToString(), Norm(d.Designation), Norm(d.Description)),
        DealMatchRule.WithoutDescription => d => Join(Actor(d.Recipient), Actor(d.Supplier), d.OrderYear.ToString(), Norm(d.Designation)),
        DealMatchRule.WithoutDesignation => d => Join(Actor(d.Recipient), Actor(d.Supplier), d.OrderYear.ToString(), Norm(d.Description), Number(d.NumberOrdered)),
        DealMatchRule.WithoutWeaponNames => d => d.DeliveryYears.Years.IsEmpty ? null
            : Join(Actor(d.Recipient), Actor(d.Supplier), d.OrderYear.ToString(), Number(d.NumberOrdered), d.DeliveryYears.Text),
        DealMatchRule.WithoutSupplier => d => Join(Actor(d.Recipient), d.OrderYear.ToString(), Norm(d.Designation), Number(d.NumberOrdered)),
        DealMatchRule.WithoutOrderYear => d => Join(Actor(d.Recipient), Actor(d.Supplier), Norm(d.Designation), Number(d.NumberOrdered)),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown match rule."),
    };

    private static string Describe(DealMatchRule rule, ArmsDeal d) => rule switch
    {
        DealMatchRule.DealId => "deal " + d.DealId?.ToString(CultureInfo.InvariantCulture),
        DealMatchRule.FullKey => Show(d.Recipient.Name, d.Supplier.Name, d.OrderYear.ToString(), d.Designation.Trim(), d.Description.Trim()),
        DealMatchRule.WithoutDescription => Show(d.Recipient.Name, d.Supplier.Name, d.OrderYear.ToString(), d.Designation.Trim()),
        DealMatchRule.WithoutDesignation => Show(d.Recipient.Name, d.Supplier.Name, d.OrderYear.ToString(), d.Description.Trim(), Number(d.NumberOrdered)),
        DealMatchRule.WithoutWeaponNames => Show(d.Recipient.Name, d.Supplier.Name, d.OrderYear.ToString(), Number(d.NumberOrdered), d.DeliveryYears.Text),
        DealMatchRule.WithoutSupplier => Show(d.Recipient.Name, d.OrderYear.ToString(), d.Designation.Trim(), Number(d.NumberOrdered)),
        _ => Show(d.Recipient.Name, d.Supplier.Name, d.Designation.Trim(), Number(d.NumberOrdered)),
    };

    private static string Show(params string[] parts) => string.Join(" | ", parts.Select(p => p.Length == 0 ? "(none)" : p));

    private static string Join(params string[] parts) => string.Join('\u001F', parts);

    private static string Actor(Actor actor) => actor.Name.ToUpperInvariant();

    private static string Norm(string? text) => text?.Trim().ToUpperInvariant() ?? "";

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
