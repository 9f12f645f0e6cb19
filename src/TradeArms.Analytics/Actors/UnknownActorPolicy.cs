namespace TradeArms;

/// <summary>What a loader does with a supplier or recipient name that the actor catalogue does not know.</summary>
public enum UnknownActorPolicy
{
    /// <summary>
    /// Accept the name, infer its kind from SIPRI's markers (<c>*</c> non-state, <c>**</c> organisation,
    /// <c>unknown ...</c>), and list it in the dataset's load notes. The default: SIPRI adds and renames actors.
    /// </summary>
    Infer,

    /// <summary>Reject the file with an error that names the line, the column and the closest known names.</summary>
    Reject,
}
