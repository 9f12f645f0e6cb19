namespace TradeArms.Milex;

/// <summary>A font colour as <c>styles.xml</c> states it: an indexed colour, an ARGB value or a theme colour.</summary>
/// <param name="Indexed">The legacy palette index (8 black, 10 red, 12 blue), if given.</param>
/// <param name="Rgb">The ARGB hex value (<c>FFFF0000</c>), if given.</param>
/// <param name="Theme">The theme colour index, if given.</param>
internal readonly record struct FontColour(int? Indexed, string? Rgb, int? Theme)
{
    /// <summary>No colour element: the automatic (black) text colour.</summary>
    public static FontColour Automatic => default;

    /// <summary>A style or font index that the package does not define.</summary>
    public static FontColour Unknown(int index) => new(-1 - index, null, null);

    /// <summary>Blue: indexed 12 (the legacy palette's 0000FF) or ARGB FF0000FF.</summary>
    public bool IsBlue => Indexed == 12 || string.Equals(Rgb, "FF0000FF", StringComparison.OrdinalIgnoreCase);

    /// <summary>Red: indexed 10 (FF0000) or ARGB FFFF0000.</summary>
    public bool IsRed => Indexed == 10 || string.Equals(Rgb, "FFFF0000", StringComparison.OrdinalIgnoreCase);

    /// <summary>Black or automatic: no colour, indexed 8 or 64 (system foreground), ARGB FF000000, or theme 1 (dark text).</summary>
    public bool IsBlack => this == Automatic || Indexed is 8 or 64 || string.Equals(Rgb, "FF000000", StringComparison.OrdinalIgnoreCase) || (Theme == 1 && Indexed is null && Rgb is null);

    /// <summary>For messages: <c>font indexed colour 11</c>, <c>font colour FF00B050</c>, <c>font theme colour 4</c>.</summary>
    public override string ToString() => Indexed is < 0 ? $"style or font {-1 - Indexed} (not defined in styles.xml)"
        : Indexed is { } i ? $"font indexed colour {i}" : Rgb is { } r ? $"font colour {r}" : Theme is { } t ? $"font theme colour {t}" : "automatic font colour";
}
