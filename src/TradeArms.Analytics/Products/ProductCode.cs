using System.Globalization;

namespace TradeArms.Products;

/// <summary>
/// A product code in a stated classification vintage: <c>TOTAL</c>, an HS chapter (<c>93</c>), heading (<c>9301</c>) or
/// subheading (<c>930110</c>), or a SITC or BEC code.
/// </summary>
/// <param name="Code">The code as digits (leading zeros kept: <c>010121</c>), or <c>TOTAL</c>.</param>
/// <param name="Classification">The classification and vintage the code belongs to.</param>
public sealed record ProductCode(string Code, Classification Classification)
{
    /// <summary>Comtrade's code for the total over all products.</summary>
    public const string TotalCode = "TOTAL";

    /// <summary>True for the total over all products.</summary>
    public bool IsTotal => Code == TotalCode;

    /// <summary>The HS level: Total, Chapter (2 digits), Heading (4) or Subheading (6); null for other lengths or classifications.</summary>
    public ProductLevel? Level => IsTotal ? ProductLevel.Total
        : Classification.System != ClassificationSystem.Hs ? null
        : Code.Length switch { 2 => ProductLevel.Chapter, 4 => ProductLevel.Heading, 6 => ProductLevel.Subheading, _ => null };

    /// <summary>The code one level up (9301 for 930110, 93 for 9301, TOTAL for 93); null for TOTAL and non-HS codes.</summary>
    public ProductCode? Parent => Level switch
    {
        ProductLevel.Subheading => this with { Code = Code[..4] },
        ProductLevel.Heading => this with { Code = Code[..2] },
        ProductLevel.Chapter => this with { Code = TotalCode },
        _ => null,
    };

    /// <summary>The code at a coarser HS level (<c>93</c> for 930110 at Chapter), or null when this code is not below it.</summary>
    public ProductCode? At(ProductLevel level) => level switch
    {
        ProductLevel.Total => this with { Code = TotalCode },
        ProductLevel.Chapter or ProductLevel.Heading or ProductLevel.Subheading when Level is { } own && own >= level && own != ProductLevel.Total
            => this with { Code = Code[..(int)level] },
        _ => null,
    };

    /// <summary>
    /// Normalises a code as sources write it: digits only, BACI's and spreadsheets' lost leading zero restored to an
    /// even length for HS (<c>10111</c> is 010111), <c>TOTAL</c> kept.
    /// </summary>
    /// <exception cref="FormatException">Not a code.</exception>
    public static ProductCode Parse(string text, Classification classification)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (string.Equals(t, TotalCode, StringComparison.OrdinalIgnoreCase))
        {
            return new ProductCode(TotalCode, classification);
        }
        if (t.Length == 0 || t.Length > 8 || !t.All(char.IsAsciiDigit))
        {
            throw new FormatException($"Expected a product code of digits or TOTAL, found '{text}'.");
        }
        if (classification.System == ClassificationSystem.Hs && t.Length % 2 == 1)
        {
            t = "0" + t;
        }
        return new ProductCode(t, classification);
    }

    /// <summary>The HS chapter number (93 for 930110), or null.</summary>
    public int? Chapter => Level is ProductLevel.Chapter or ProductLevel.Heading or ProductLevel.Subheading
        ? int.Parse(Code.AsSpan(0, 2), CultureInfo.InvariantCulture) : null;

    /// <summary>The code with its vintage, e.g. <c>930110 (HS2022)</c>.</summary>
    public override string ToString() => $"{Code} ({Classification})";
}
