namespace TradeArms.Sipri;

/// <summary>Options for reading SIPRI files; the defaults suit SIPRI's own downloads.</summary>
public sealed record SipriReadOptions
{
    /// <summary>Keep only these years; null keeps all years of the file.</summary>
    public YearRange? Years { get; init; }

    /// <summary>What to do with a supplier or recipient name the catalogue does not know.</summary>
    public UnknownActorPolicy UnknownActors { get; init; } = UnknownActorPolicy.Infer;

    /// <summary>The default options.</summary>
    public static SipriReadOptions Default { get; } = new();
}
