namespace TradeArms.Products;

/// <summary>
/// One product's trade between a reporter and a partner in one year: the reporter's exports and imports as published
/// (or summed from finer codes), with the balance and turnover computed. A missing flow stays missing, and so do the
/// balance and turnover that need it.
/// </summary>
/// <param name="Product">The product code (its level and classification vintage).</param>
/// <param name="Exports">The reporter's exports of it to the partner; null when not reported.</param>
/// <param name="Imports">The reporter's imports of it from the partner; null when not reported.</param>
public sealed record ProductTrade(ProductCode Product, Money? Exports, Money? Imports)
{
    /// <summary>Exports minus imports (the reporter's view); null unless both are reported.</summary>
    public Money? Balance => Exports is { } x && Imports is { } m ? x - m : null;

    /// <summary>Exports plus imports; null unless both are reported.</summary>
    public Money? Turnover => Exports is { } x && Imports is { } m ? x + m : null;
}
