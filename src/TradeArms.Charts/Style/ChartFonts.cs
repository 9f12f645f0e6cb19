using ScottPlot;
using SkiaSharp;

namespace TradeArms.Charts;

/// <summary>
/// Registers the bundled DejaVu Sans with ScottPlot so charts render the same text on every machine: headless Linux
/// often has no fonts at all (ScottPlot then draws no text and raises no error), and other machines would substitute
/// their own. The family is registered under <see cref="Family"/>.
/// </summary>
internal static class ChartFonts
{
    /// <summary>The family name every chart uses.</summary>
    public const string Family = "TradeArms Sans";

    private static readonly Lazy<bool> s_registered = new(Register);

    /// <summary>Registers the fonts once per process.</summary>
    public static void EnsureRegistered() => _ = s_registered.Value;

    private static bool Register()
    {
        Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver(Load("DejaVuSans.ttf"), Load("DejaVuSans-Bold.ttf")));
        Fonts.Default = Family;
        return true;
    }

    private static byte[] Load(string file)
    {
        var name = "TradeArms.Charts.Fonts." + file;
        using var stream = typeof(ChartFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The bundled font '{name}' is missing from the assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private sealed class EmbeddedFontResolver(byte[] regular, byte[] bold) : IFontResolver
    {
        private readonly SKTypeface _regular = SKTypeface.FromData(SKData.CreateCopy(regular));
        private readonly SKTypeface _bold = SKTypeface.FromData(SKData.CreateCopy(bold));

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            string.Equals(fontName, Family, StringComparison.Ordinal) ? (bold ? _bold : _regular) : null;

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            CreateTypeface(fontName, (int)weight >= (int)FontWeight.SemiBold, slant != FontSlant.Upright);
    }
}
