namespace TradeArms;

/// <summary>
/// A supplier, recipient, reporter or partner: a state, a historical state, a non-state actor, an organisation or an
/// unknown party, under SIPRI's spelling. An actor plays roles; the role is the parameter name, not the type.
/// </summary>
/// <remarks>
/// Two actors are equal when their names are equal, ignoring case. The Soviet Union and Russia are different
/// actors; treating Soviet deliveries as Russian is an explicit, documented choice
/// (<see cref="Sipri.ArmsTransfers.WithSovietUnionAsRussia"/>).
/// </remarks>
public sealed class Actor : IEquatable<Actor>, IComparable<Actor>
{
    internal Actor(string name, ActorKind kind, string? iso3, string? sipriCode, IReadOnlyList<string> aliases, bool isCatalogued, SipriRegion? region = null,
        ActorLifetime? lifetime = null, string? lifetimeSource = null)
    {
        Lifetime = lifetime;
        LifetimeSource = lifetime is null ? null : lifetimeSource;
        Region = region;
        Name = name;
        Kind = kind;
        Iso3 = string.IsNullOrEmpty(iso3) ? null : iso3;
        SipriCode = string.IsNullOrEmpty(sipriCode) ? null : sipriCode;
        Aliases = aliases;
        IsCatalogued = isCatalogued;
    }

    /// <summary>SIPRI's name, e.g. <c>Russia</c>, <c>Soviet Union</c>, <c>ANC (South Africa)*</c>.</summary>
    public string Name { get; }

    /// <summary>The kind of actor.</summary>
    public ActorKind Kind { get; }

    /// <summary>
    /// The ISO 3166-1 alpha-3 code (<c>RUS</c>); for a historical state its former code (<c>SUN</c>) where one was
    /// assigned; null for non-state actors, organisations and unknown parties.
    /// </summary>
    public string? Iso3 { get; }

    /// <summary>SIPRI's own code (<c>USR</c> for the Soviet Union), where known.</summary>
    public string? SipriCode { get; }

    /// <summary>Other spellings that resolve to this actor (<c>Russian Federation</c>).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>SIPRI's region of the actor; null for organisations (other than the African Union), unknown actors and names not in the catalogue.</summary>
    public SipriRegion? Region { get; }

    /// <summary>
    /// The years the actor existed as SIPRI lists it (the Soviet Union <c>-1991</c>, Czechia <c>1993-</c>); null for an
    /// actor with no recorded beginning or end. Outside it a year is "did not exist", not zero.
    /// </summary>
    public ActorLifetime? Lifetime { get; }

    /// <summary>Where <see cref="Lifetime"/> comes from (the event and SIPRI's own first or last year); null without a lifetime.</summary>
    public string? LifetimeSource { get; }

    /// <summary>Did the actor exist in the year? True for an actor without a <see cref="Lifetime"/>.</summary>
    public bool ExistedIn(CalendarYear year) => Lifetime?.Contains(year) ?? true;

    /// <summary>
    /// False for a name that a loader met but the catalogue does not know: its kind was inferred from SIPRI's
    /// markers (<c>*</c>, <c>**</c>, <c>unknown</c>) and it has no ISO code.
    /// </summary>
    public bool IsCatalogued { get; }

    /// <summary>Creates an actor that is not in the catalogue, inferring its kind from SIPRI's markers.</summary>
    /// <param name="name">The name as written in the source.</param>
    public static Actor Infer(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var n = name.Trim();
        var kind = n.EndsWith("**", StringComparison.Ordinal) ? ActorKind.Organisation
            : n.EndsWith('*') ? ActorKind.NonState
            : n.StartsWith("unknown", StringComparison.OrdinalIgnoreCase) ? ActorKind.Unknown
            : ActorKind.State;
        return new Actor(n, kind, null, null, [], isCatalogued: false);
    }

    /// <summary>Looks an actor up in <see cref="ActorCatalog.Default"/> by name, alias or ISO code.</summary>
    /// <exception cref="ActorNotFoundException">No actor has that name; the message lists the closest names.</exception>
    public static Actor Find(string nameOrCode) => ActorCatalog.Default.Find(nameOrCode);

    /// <inheritdoc />
    public bool Equals(Actor? other) => other is not null && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Actor a && Equals(a);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Name);

    /// <summary>Orders by name, ordinal and case-insensitive.</summary>
    public int CompareTo(Actor? other) => other is null ? 1 : string.Compare(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Are the two actors the same?</summary>
    public static bool operator ==(Actor? left, Actor? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Are the two actors different?</summary>
    public static bool operator !=(Actor? left, Actor? right) => !(left == right);

    /// <summary>Orders by name.</summary>
    public static bool operator <(Actor? left, Actor? right) => left is null ? right is not null : left.CompareTo(right) < 0;

    /// <summary>Orders by name.</summary>
    public static bool operator >(Actor? left, Actor? right) => left is not null && left.CompareTo(right) > 0;

    /// <summary>Orders by name.</summary>
    public static bool operator <=(Actor? left, Actor? right) => !(left > right);

    /// <summary>Orders by name.</summary>
    public static bool operator >=(Actor? left, Actor? right) => !(left < right);

    /// <summary>The SIPRI name.</summary>
    public override string ToString() => Name;
}
