namespace TradeArms.Sipri;

/// <summary>Options for reading SIPRI files; the defaults suit SIPRI's own downloads.</summary>
public sealed record SipriReadOptions
{
    /// <summary>Keep only these years; null keeps all years of the file.</summary>
    public YearRange? Years { get; init; }

    /// <summary>What to do with a supplier or recipient name the catalogue does not know.</summary>
    public UnknownActorPolicy UnknownActors { get; init; } = UnknownActorPolicy.Infer;

    /// <summary>
    /// Whether files generated on different days (different SIPRI releases, e.g. by-recipient tables of 22 April 2022
    /// and by-supplier tables of 28 July 2022) may be read into one dataset. Default false: SIPRI revises its whole
    /// database with each release, so mixing vintages must be an explicit choice. When true, the dataset's
    /// <see cref="ArmsTransfers.Source"/> names every generation date, and a cell given differently by two files is
    /// still an error.
    /// </summary>
    public bool CombineReleases { get; init; }

    /// <summary>
    /// For the tidy form (<see cref="TidyTivCsv"/>; SIPRI's tables end in their Total row): accept a file whose last record does not end in a line break. Off by default: such a file may have been cut
    /// short (a number cut mid-field would load), so it is an error; set this only for a file known to be complete.
    /// </summary>
    public bool AcceptMissingFinalLineBreak { get; init; }

    /// <summary>The default options.</summary>
    public static SipriReadOptions Default { get; } = new();
}
