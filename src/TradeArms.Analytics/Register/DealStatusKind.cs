namespace TradeArms.Register;

/// <summary>Whether a deal's weapons were new or second hand, as SIPRI's <c>status</c> column says.</summary>
public enum DealStatusKind
{
    /// <summary>A status text this library does not know; the text is kept in <see cref="DealStatus.Text"/>.</summary>
    Unrecognised = 0,

    /// <summary><c>New</c>: newly produced weapons (valued at the full TIV per unit).</summary>
    New,

    /// <summary><c>Second hand</c>: weapons from the supplier's inventory (SIPRI values them at about 40% of new).</summary>
    SecondHand,

    /// <summary><c>Second hand but modernized</c>: second-hand weapons modernized before delivery (about 66% of new).</summary>
    SecondHandModernized,

    /// <summary><c>New and second hand</c>: a deal mixing both.</summary>
    NewAndSecondHand,
}
