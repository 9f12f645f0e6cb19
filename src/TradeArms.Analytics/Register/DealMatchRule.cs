namespace TradeArms.Register;

/// <summary>
/// The key by which <see cref="ReleaseComparison"/> matched a deal of one release to a deal of another, tried in this
/// order. Text is compared trimmed and ignoring case; actors by identity (so <c>Turkiye</c> and <c>Türkiye</c> match).
/// </summary>
public enum DealMatchRule
{
    /// <summary>SIPRI's own deal id (<c>SIPRI AT Database ID</c>); used alone when both registers have ids.</summary>
    DealId,

    /// <summary>Recipient, supplier, year of order, designation and description.</summary>
    FullKey,

    /// <summary>Recipient, supplier, year of order and designation (the description was revised, e.g. <c>ARV</c> to <c>armoured recovery vehicle</c>).</summary>
    WithoutDescription,

    /// <summary>Recipient, supplier, year of order, description and number ordered (the designation was revised).</summary>
    WithoutDesignation,

    /// <summary>
    /// Recipient, supplier, year of order, number ordered and years of delivery, for deals with at least one delivery
    /// year (designation and description both revised, e.g. <c>F-16C Block-50/52</c>, <c>FGA aircraft</c> to
    /// <c>F-16C Block-50</c>, <c>fighter/ground-attack aircraft</c>).
    /// </summary>
    WithoutWeaponNames,

    /// <summary>Recipient, year of order, designation and number ordered (the supplier was revised).</summary>
    WithoutSupplier,

    /// <summary>Recipient, supplier, designation and number ordered (the year of order was revised).</summary>
    WithoutOrderYear,
}
