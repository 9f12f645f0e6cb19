using System.Collections.Concurrent;
using System.Collections.Frozen;
using TradeArms.Economies;

namespace TradeArms.Trade;

/// <summary>
/// A reporter or partner of IMF Direction of Trade Statistics: the IMF's name as published (<c>Russian Federation</c>,
/// <c>China, P.R.: Mainland</c>, <c>Advanced Economies</c>), the economy of the code model it stands for, and the SIPRI
/// actor where there is one. The one naming rule of both DOTS readers (<see cref="ImfDotsCsv"/> and the workbook reader
/// of <c>TradeArms.Imf</c>).
/// </summary>
/// <param name="Name">The IMF's name, as published; the identity of the economy in DOTS data.</param>
/// <param name="Economy">The economy of <see cref="EconomyRegistry.Default"/> the name stands for; null when the name is
/// not mapped (kept under its name, with its values, and reported by the reader).</param>
/// <param name="Actor">The SIPRI actor of the name (the actor catalogue knows the IMF's spellings as aliases); null for
/// aggregates and names SIPRI does not list.</param>
public sealed record DotsEconomy(string Name, Economy? Economy, Actor? Actor)
{
    private static readonly ConcurrentDictionary<string, DotsEconomy> s_byName = new(StringComparer.Ordinal);

    /// <summary>The name DOTS gives the aggregate of all partners.</summary>
    public const string WorldName = "World";

    /// <summary>True for DOTS's <c>World</c> (the reporter's trade with all partners).</summary>
    public bool IsWorld => string.Equals(Name, WorldName, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for World, the IMF's regional groups and unallocated areas: never ranked as a partner.</summary>
    public bool IsAggregate => IsWorld || Economy?.IsAggregate == true || IsAggregateName(Name);

    /// <summary>
    /// The economy an IMF name stands for: looked up in <see cref="EconomyRegistry.Default"/> and the actor catalogue
    /// (by name, then by the actor's ISO code). Names that resolve are cached (a set bounded by the registry and the
    /// catalogue); a name that resolves to nothing is looked up again each time, so a file of made-up names cannot grow
    /// a process-wide cache without bound.
    /// </summary>
    /// <param name="name">The IMF's name, as published (surrounding blanks are ignored).</param>
    public static DotsEconomy Resolve(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var trimmed = name.Trim();
        if (s_byName.TryGetValue(trimmed, out var known))
        {
            return known;
        }
        Actor? actor = ActorCatalog.Default.TryFind(trimmed, out var found) ? found : null;
        var economy = EconomyRegistry.Default.Find(trimmed) ?? (actor?.Iso3 is { } iso ? EconomyRegistry.Default.Find(iso) : null);
        var resolved = new DotsEconomy(trimmed, economy, actor);
        return economy is null && actor is null ? resolved : s_byName.GetOrAdd(trimmed, resolved);
    }

    /// <summary>The number of names cached by <see cref="Resolve"/> (for tests of its bound).</summary>
    internal static int CachedNames => s_byName.Count;

    /// <summary>The name, as published.</summary>
    public override string ToString() => Name;

    /// <summary>Economies are the same when their IMF names are (ordinal): the name is the identity in DOTS data.</summary>
    /// <param name="other">The other economy.</param>
    public bool Equals(DotsEconomy? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>
    /// The IMF DOTS group and residual names (February 2022 workbooks): World and the IMF's regional, analytical and
    /// residual groups, which are not economies.
    /// </summary>
    public static IReadOnlySet<string> AggregateNames { get; } = new[]
    {
        "World",
        "WLD",
        "Advanced Economies",
        "Emerging and Developing Economies",
        "Emerging and Developing Asia",
        "Emerging and Developing Europe",
        "Africa",
        "Sub-Saharan Africa",
        "Middle East",
        "Middle East and Central Asia",
        "Western Hemisphere",
        "Euro Area",
        "European Union",
        "Other Countries not included elsewhere",
        "Emerging Market and Developing Economies by Source of Export Earnings: Fuel",
        "Emerging Market and Developing Economies by Source of Export Earnings: Nonfuel",
        "Special Categories",
        "Countries & Areas not specified",
        "Memorandum Items",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Is the name an IMF group or residual category (<see cref="AggregateNames"/>, or <c>... not specified</c>) rather than an economy?</summary>
    /// <param name="name">The IMF's name.</param>
    public static bool IsAggregateName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        return AggregateNames.Contains(trimmed) || trimmed.EndsWith(" not specified", StringComparison.OrdinalIgnoreCase);
    }
}
