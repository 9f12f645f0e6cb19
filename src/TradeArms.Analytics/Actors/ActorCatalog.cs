using System.Collections.Frozen;
using TradeArms.Text;

namespace TradeArms;

/// <summary>
/// The actors SIPRI names, with their kinds, ISO codes and aliases. Look-ups accept SIPRI names, common aliases
/// (<c>Russian Federation</c>, <c>USA</c>, <c>UAE</c>) and ISO 3166-1 alpha-3 codes, case-insensitively.
/// </summary>
public sealed class ActorCatalog
{
    private static readonly Lazy<ActorCatalog> s_default = new(LoadDefault);
    private readonly FrozenDictionary<string, Actor> _byKey;

    private ActorCatalog(IReadOnlyList<Actor> actors)
    {
        Actors = actors;
        var keys = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in actors)
        {
            Add(keys, actor.Name, actor);
            foreach (var alias in actor.Aliases)
            {
                Add(keys, alias, actor);
            }
            if (actor.Iso3 is not null)
            {
                // An ISO code never shadows a name or alias (e.g. a SIPRI code equal to another state's ISO code).
                keys.TryAdd(actor.Iso3, actor);
            }
        }
        _byKey = keys.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The catalogue built into the library (every actor of SIPRI's 2022-2026 releases).</summary>
    public static ActorCatalog Default => s_default.Value;

    /// <summary>All actors, ordered by name.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>Finds an actor by SIPRI name, alias or ISO 3166-1 alpha-3 code, ignoring case and surrounding spaces.</summary>
    /// <exception cref="ActorNotFoundException">No match; the message lists the closest known names.</exception>
    public Actor Find(string nameOrCode)
    {
        ArgumentNullException.ThrowIfNull(nameOrCode);
        return TryFind(nameOrCode, out var actor) ? actor : throw new ActorNotFoundException(nameOrCode, Suggest(nameOrCode));
    }

    /// <summary>Tries to find an actor by SIPRI name, alias or ISO code.</summary>
    public bool TryFind(string? nameOrCode, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Actor? actor)
    {
        actor = null;
        return nameOrCode is not null && _byKey.TryGetValue(nameOrCode.Trim(), out actor);
    }

    /// <summary>
    /// The actor for a name met in a data file: the catalogued actor, or (when <paramref name="policy"/> allows)
    /// an inferred one (<see cref="Actor.Infer"/>).
    /// </summary>
    internal Actor? Resolve(string name, UnknownActorPolicy policy) =>
        TryFind(name, out var actor) ? actor : policy == UnknownActorPolicy.Infer ? Actor.Infer(name) : null;

    /// <summary>The closest known names to <paramref name="text"/>, best first (at most five).</summary>
    public IReadOnlyList<string> Suggest(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        var scored = new List<(int Score, string Name)>();
        foreach (var actor in Actors)
        {
            var best = int.MaxValue;
            foreach (var key in actor.Aliases.Prepend(actor.Name))
            {
                var d = EditDistance.Between(t, key);
                if (key.Contains(t, StringComparison.OrdinalIgnoreCase) && t.Length >= 3)
                {
                    d = Math.Min(d, 1);
                }
                best = Math.Min(best, d);
            }
            var limit = Math.Max(2, t.Length / 3);
            if (best <= limit)
            {
                scored.Add((best, actor.Name));
            }
        }
        return scored.OrderBy(s => s.Score).ThenBy(s => s.Name, StringComparer.Ordinal).Select(s => s.Name).Take(5).ToArray();
    }

    private static void Add(Dictionary<string, Actor> keys, string key, Actor actor)
    {
        if (!keys.TryAdd(key, actor) && keys[key] != actor)
        {
            throw new InvalidOperationException($"The actor catalogue maps '{key}' to both '{keys[key].Name}' and '{actor.Name}'.");
        }
    }

    private static ActorCatalog LoadDefault()
    {
        const string Resource = "TradeArms.Actors.actors.csv";
        using var stream = typeof(ActorCatalog).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded actor catalogue '{Resource}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), Resource);
    }

    internal static ActorCatalog Parse(string text, string source)
    {
        var lines = CsvTokenizer.Split(text, ',', source);
        string[] header = ["name", "kind", "iso3", "sipri_code", "aliases", "region", "lifetime", "lifetime_source"];
        if (lines.Count == 0 || !lines[0].Fields.SequenceEqual(header, StringComparer.Ordinal))
        {
            throw new DataFormatException(source, 1, 1, "the header '" + string.Join(',', header) + "'", lines.Count == 0 ? null : lines[0].Text);
        }
        var actors = new List<Actor>();
        foreach (var line in lines.Skip(1))
        {
            if (line.IsBlank)
            {
                continue;
            }
            if (!Enum.TryParse<ActorKind>(line[1], ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
            {
                throw new DataFormatException(source, line.Number, 2, "an actor kind (State, HistoricalState, NonState, Organisation, Unknown)", line[1]);
            }
            var aliases = line[4].Length == 0 ? [] : line[4].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            SipriRegion? region = line[5] switch
            {
                "" => null,
                "Africa" => SipriRegion.Africa,
                "Americas" => SipriRegion.Americas,
                "Asia and Oceania" => SipriRegion.AsiaAndOceania,
                "Europe" => SipriRegion.Europe,
                "Middle East" => SipriRegion.MiddleEast,
                _ => throw new DataFormatException(source, line.Number, 6, "a SIPRI region (Africa, Americas, Asia and Oceania, Europe, Middle East) or nothing", line[5]),
            };
            ActorLifetime? lifetime = null;
            if (line[6].Length > 0)
            {
                try
                {
                    lifetime = ActorLifetime.Parse(line[6]);
                }
                catch (FormatException)
                {
                    throw new DataFormatException(source, line.Number, 7, "a lifetime such as '1993-', '-1991' or '1967-1989', or nothing", line[6]);
                }
                if (line[7].Length == 0)
                {
                    throw new DataFormatException(source, line.Number, 8, "the source of the lifetime", "nothing");
                }
            }
            actors.Add(new Actor(line[0], kind, line[2], line[3], aliases, isCatalogued: true, region, lifetime, line[7].Length == 0 ? null : line[7]));
        }
        actors.Sort();
        return new ActorCatalog(actors);
    }
}
