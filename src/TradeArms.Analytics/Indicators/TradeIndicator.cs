namespace TradeArms.Indicators;

/// <summary>The trade indicators computed at product level.</summary>
public enum TradeIndicator
{
    /// <summary>Grubel-Lloyd intra-industry trade index of a pair (optionally with the Aquino adjustment).</summary>
    GrubelLloyd,

    /// <summary>Balassa's revealed comparative advantage of an exporter in a product, and its symmetric form.</summary>
    RevealedComparativeAdvantage,

    /// <summary>The trade intensity index of an exporter with an importer (WITS).</summary>
    TradeIntensity,

    /// <summary>The trade complementarity index of an exporter's exports with an importer's imports (Michaely, Drysdale).</summary>
    Complementarity,

    /// <summary>The export similarity index of two exporters (Finger and Kreinin).</summary>
    ExportSimilarity,

    /// <summary>An exporter's diversification over products and partners (HHI, normalised HHI, Theil, products with RCA above 1).</summary>
    Diversification,
}
