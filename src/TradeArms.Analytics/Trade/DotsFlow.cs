namespace TradeArms.Trade;

/// <summary>A flow as IMF Direction of Trade Statistics (DOTS) reports it, with its valuation.</summary>
public enum DotsFlow
{
    /// <summary>The reporter's exports, valued free on board (FOB): at the exporter's border, without freight and insurance.</summary>
    ExportsFob,

    /// <summary>The reporter's imports, valued cost, insurance and freight (CIF): at the importer's border, freight and insurance included.</summary>
    ImportsCif,
}
