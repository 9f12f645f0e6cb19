using System.Globalization;

namespace TradeArms.Economies;

/// <summary>
/// One economy of the code model: a country, a former country, an aggregate (World, a region) or an unallocated area,
/// with its UN M49 and ISO 3166 codes where it has them.
/// </summary>
/// <param name="Id">The identifier: the ISO 3166-1/-3 alpha-3 code, or <c>M49:nnn</c> for an M49 region, or
/// <c>&lt;system&gt;:&lt;code&gt;</c> for a source's own aggregate or unallocated area (<c>Comtrade:899</c>).</param>
/// <param name="Name">The English name, as the defining list gives it.</param>
/// <param name="Kind">What the economy is.</param>
/// <param name="M49">The UN M49 / ISO 3166-1 numeric code, if any.</param>
/// <param name="Iso2">The ISO 3166-1 (or -3) alpha-2 code, if any.</param>
/// <param name="Iso3">The ISO 3166-1 (or -3) alpha-3 code, if any.</param>
/// <param name="Withdrawn">For a former country, the date ISO 3166-3 withdrew its code; null otherwise.</param>
public sealed record Economy(string Id, string Name, EconomyKind Kind, int? M49, string? Iso2, string? Iso3, DateOnly? Withdrawn)
{
    /// <summary>True for World, regions, customs unions and unallocated areas: never ranked as a partner.</summary>
    public bool IsAggregate => Kind is EconomyKind.Aggregate or EconomyKind.Unallocated;

    /// <summary>
    /// The SIPRI actor of this economy (matched by ISO alpha-3 code, then by name), or null when SIPRI has none
    /// (aggregates, most territories).
    /// </summary>
    public Actor? SipriActor =>
        IsAggregate ? null
        : Iso3 is { } iso && ActorCatalog.Default.TryFind(iso, out var byCode) && string.Equals(byCode.Iso3, iso, StringComparison.OrdinalIgnoreCase) ? byCode
        : ActorCatalog.Default.TryFind(Name, out var byName) ? byName
        : null;

    /// <summary>The M49 code as the lists print it, zero-padded to three digits (<c>004</c>), or null.</summary>
    public string? M49Text => M49?.ToString("000", CultureInfo.InvariantCulture);

    /// <summary>The name with its main code, e.g. <c>Pakistan (PAK, 586)</c>.</summary>
    public override string ToString() => (Iso3, M49Text) switch
    {
        ({ } i, { } m) => $"{Name} ({i}, {m})",
        ({ } i, null) => $"{Name} ({i})",
        (null, { } m) => $"{Name} ({m})",
        _ => $"{Name} ({Id})",
    };
}
