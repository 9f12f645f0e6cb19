namespace TradeArms.Products;

/// <summary>A product classification.</summary>
public enum ClassificationSystem
{
    /// <summary>The Harmonized System (WCO): sections, 2-digit chapters, 4-digit headings, 6-digit subheadings.</summary>
    Hs,

    /// <summary>The Standard International Trade Classification (UN).</summary>
    Sitc,

    /// <summary>The Classification by Broad Economic Categories (UN).</summary>
    Bec,
}
