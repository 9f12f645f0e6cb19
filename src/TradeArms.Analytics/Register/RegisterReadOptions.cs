namespace TradeArms.Register;

/// <summary>Options for reading SIPRI's Trade Register; the defaults suit SIPRI's own exports.</summary>
public sealed record RegisterReadOptions
{
    /// <summary>What to do with a supplier or recipient name the actor catalogue does not know.</summary>
    public UnknownActorPolicy UnknownActors { get; init; } = UnknownActorPolicy.Infer;

    /// <summary>What to do with a record broken across two lines by a line break in its comments.</summary>
    public BrokenLinePolicy BrokenLines { get; init; } = BrokenLinePolicy.Repair;

    /// <summary>
    /// Accept a file whose last record does not end in a line break. Off by default: such a file may have been cut
    /// short (a number cut mid-field would load), so it is an error; set this only for a file known to be complete.
    /// </summary>
    public bool AcceptMissingFinalLineBreak { get; init; }

    /// <summary>The default options.</summary>
    public static RegisterReadOptions Default { get; } = new();
}
