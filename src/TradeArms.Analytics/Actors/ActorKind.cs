namespace TradeArms;

/// <summary>What kind of actor a SIPRI supplier or recipient is.</summary>
public enum ActorKind
{
    /// <summary>A state that exists today (Russia, India, Pakistan, ...).</summary>
    State,

    /// <summary>A state that no longer exists (Soviet Union, Czechoslovakia, Yugoslavia, East Germany, ...).</summary>
    HistoricalState,

    /// <summary>A non-state actor: rebel groups, liberation movements, rival governments. SIPRI marks them with a trailing <c>*</c>.</summary>
    NonState,

    /// <summary>An international organisation (NATO, United Nations, African Union). SIPRI marks them with <c>**</c>.</summary>
    Organisation,

    /// <summary>SIPRI's <c>Unknown supplier(s)</c> and <c>Unknown recipient(s)</c>.</summary>
    Unknown,
}
