namespace TradeArms.Sources;

/// <summary>How a trade value is valued at the border.</summary>
public enum Valuation
{
    /// <summary>Free on board: the value at the exporter's border (exports as reported; IMF XG_FOB_USD).</summary>
    Fob,

    /// <summary>Cost, insurance and freight: the value at the importer's border (imports as reported; IMF MG_CIF_USD).</summary>
    Cif,

    /// <summary>UN Comtrade's primary value: CIF for imports and FOB for exports as the reporter reported them, unless it reported otherwise.</summary>
    Primary,

    /// <summary>The source does not say (BACI reconciles both sides to FOB-like values; its documentation says so, the file does not).</summary>
    Unspecified,
}
