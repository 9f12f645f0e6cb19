namespace TradeArms.Catalogue;

/// <summary>The file formats to write.</summary>
[Flags]
public enum ChartFormats
{
    /// <summary>PNG (documents, slides).</summary>
    Png = 1,

    /// <summary>SVG (web, print).</summary>
    Svg = 2,

    /// <summary>Both.</summary>
    All = Png | Svg,
}
