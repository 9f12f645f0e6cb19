namespace TradeArms.Sources;

/// <summary>The direction of a reported trade flow, as trade sources code it.</summary>
public enum SourceFlow
{
    /// <summary>Exports (Comtrade <c>X</c>, legacy code 2; BACI: from exporter i to importer j).</summary>
    Exports,

    /// <summary>Imports (Comtrade <c>M</c>, legacy code 1).</summary>
    Imports,

    /// <summary>Re-exports (Comtrade <c>RX</c>, legacy code 3).</summary>
    ReExports,

    /// <summary>Re-imports (Comtrade <c>RM</c>, legacy code 4).</summary>
    ReImports,
}
