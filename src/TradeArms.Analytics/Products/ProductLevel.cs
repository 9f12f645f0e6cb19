namespace TradeArms.Products;

/// <summary>The level of an HS code in the hierarchy (sections group chapters).</summary>
public enum ProductLevel
{
    /// <summary>All products (Comtrade's <c>TOTAL</c>).</summary>
    Total = 0,

    /// <summary>An HS section (I..XXI), a group of chapters.</summary>
    Section = 1,

    /// <summary>A 2-digit chapter (93 Arms and ammunition).</summary>
    Chapter = 2,

    /// <summary>A 4-digit heading (9301).</summary>
    Heading = 4,

    /// <summary>A 6-digit subheading (930110).</summary>
    Subheading = 6,
}
