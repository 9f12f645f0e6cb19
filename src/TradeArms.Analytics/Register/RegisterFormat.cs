namespace TradeArms.Register;

/// <summary>Which of SIPRI's two exports of the Trade Register a file is.</summary>
public enum RegisterFormat
{
    /// <summary>
    /// The full register: one row per deal, 16 columns from <c>Recipient,Supplier,Year of order, ,Number ordered, ,...</c>
    /// to <c>SIPRI TIV of delivered weapons</c>, with comments, uncertainty marked <c>?</c>, years of delivery as a list.
    /// </summary>
    Full,

    /// <summary>
    /// The by-delivery-year export of SIPRI's current web application: one row per deal per delivery year, 17 columns from
    /// <c>SIPRI AT Database ID</c> to <c>Local production</c>, with an armament category and Yes/No estimate flags, but no
    /// number ordered and no comments.
    /// </summary>
    ByDeliveryYear,
}
