namespace TradeArms;

/// <summary>Thrown when a name, alias or code matches no actor; the message lists the closest known names.</summary>
public sealed class ActorNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="name">The name looked up.</param>
    /// <param name="suggestions">The closest known names, best first.</param>
    public ActorNotFoundException(string name, IReadOnlyList<string> suggestions)
        : base(suggestions.Count == 0
            ? $"Unknown actor '{name}'. Use a SIPRI name (e.g. 'Russia'), a common alias ('Russian Federation') or an ISO 3166-1 alpha-3 code ('RUS')."
            : $"Unknown actor '{name}'. Did you mean {string.Join(", ", suggestions.Select(s => "'" + s + "'"))}?")
    {
        Name = name;
        Suggestions = suggestions;
    }

    /// <summary>The name looked up.</summary>
    public string Name { get; }

    /// <summary>The closest known names, best first.</summary>
    public IReadOnlyList<string> Suggestions { get; }
}
