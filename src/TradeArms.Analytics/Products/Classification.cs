using System.Diagnostics.CodeAnalysis;

namespace TradeArms.Products;

/// <summary>
/// A product classification and its vintage: HS1992 (Comtrade's <c>H0</c>) .. HS2022 (<c>H6</c>), SITC Rev.1 .. Rev.4
/// (<c>S1</c>..<c>S4</c>), BEC Rev.4. A code means something only within its vintage.
/// </summary>
public readonly record struct Classification
{
    private static readonly (string Code, string Name, ClassificationSystem System, int Edition)[] s_known =
    [
        ("H0", "HS1992", ClassificationSystem.Hs, 1992), ("H1", "HS1996", ClassificationSystem.Hs, 1996),
        ("H2", "HS2002", ClassificationSystem.Hs, 2002), ("H3", "HS2007", ClassificationSystem.Hs, 2007),
        ("H4", "HS2012", ClassificationSystem.Hs, 2012), ("H5", "HS2017", ClassificationSystem.Hs, 2017),
        ("H6", "HS2022", ClassificationSystem.Hs, 2022),
        ("S1", "SITC1", ClassificationSystem.Sitc, 1), ("S2", "SITC2", ClassificationSystem.Sitc, 2),
        ("S3", "SITC3", ClassificationSystem.Sitc, 3), ("S4", "SITC4", ClassificationSystem.Sitc, 4),
        ("B4", "BEC", ClassificationSystem.Bec, 4),
    ];

    private Classification(string code, string name, ClassificationSystem system, int edition)
    {
        Code = code;
        Name = name;
        System = system;
        Edition = edition;
    }

    /// <summary>UN Comtrade's code of the vintage: <c>H0</c>..<c>H6</c>, <c>S1</c>..<c>S4</c>; <c>B4</c> for BEC Rev.4.</summary>
    public string Code { get; }

    /// <summary>The name: <c>HS1992</c>, <c>HS2022</c>, <c>SITC3</c>, <c>BEC</c>.</summary>
    public string Name { get; }

    /// <summary>The classification.</summary>
    public ClassificationSystem System { get; }

    /// <summary>The edition: the HS year (1992..2022), the SITC revision (1..4), the BEC revision (4).</summary>
    public int Edition { get; }

    /// <summary>HS1992 (H0).</summary>
    public static Classification Hs1992 => Parse("H0");

    /// <summary>HS2017 (H5).</summary>
    public static Classification Hs2017 => Parse("H5");

    /// <summary>HS2022 (H6).</summary>
    public static Classification Hs2022 => Parse("H6");

    /// <summary>Every vintage TradeArms knows, oldest HS first.</summary>
    public static IReadOnlyList<Classification> All { get; } = [.. s_known.Select(k => new Classification(k.Code, k.Name, k.System, k.Edition))];

    /// <summary>
    /// Parses a vintage by Comtrade code (<c>H6</c>), name (<c>HS2022</c>, <c>HS 2022</c>, <c>SITC3</c>, <c>SITC Rev. 3</c>,
    /// <c>BEC</c>) or BACI's (<c>HS92</c>, <c>HS17</c>), ignoring case.
    /// </summary>
    /// <exception cref="FormatException">Not a known vintage; the message lists them.</exception>
    public static Classification Parse(string text) => TryParse(text, out var c) ? c
        : throw new FormatException($"Expected a classification such as H0..H6, HS1992..HS2022, SITC1..SITC4 or BEC, found '{text}'.");

    /// <summary>Tries to parse a vintage (see <see cref="Parse"/>).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Classification classification)
    {
        classification = default;
        if (text is null)
        {
            return false;
        }
        var t = text.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("REV.", "", StringComparison.Ordinal)
            .Replace("REV", "", StringComparison.Ordinal);
        t = t switch
        {
            "HS92" => "HS1992", "HS96" => "HS1996", "HS02" => "HS2002", "HS07" => "HS2007", "HS12" => "HS2012", "HS17" => "HS2017", "HS22" => "HS2022",
            "BEC4" or "BEC" => "BEC",
            _ => t,
        };
        foreach (var c in All)
        {
            if (c.Code == t || c.Name == t)
            {
                classification = c;
                return true;
            }
        }
        return false;
    }

    /// <summary>The name, e.g. <c>HS2022</c>.</summary>
    public override string ToString() => Name ?? "";
}
