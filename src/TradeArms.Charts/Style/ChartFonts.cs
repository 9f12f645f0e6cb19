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

    private static readonly Lazy<SKTypeface> s_regular = new(() => SKTypeface.FromData(SKData.CreateCopy(Load("DejaVuSans.ttf"))));

    private static readonly Lazy<SKTypeface> s_bold = new(() => SKTypeface.FromData(SKData.CreateCopy(Load("DejaVuSans-Bold.ttf"))));

    /// <summary>The bundled regular typeface (the one the charts draw with).</summary>
    public static SKTypeface Regular => s_regular.Value;

    /// <summary>The bundled bold typeface.</summary>
    public static SKTypeface Bold => s_bold.Value;

    /// <summary>The advance width of a line of text in pixels, measured with the renderer's own font metrics.</summary>
    public static float Measure(string text, float size, bool bold = false)
    {
        using var font = new SKFont(bold ? Bold : Regular, size);
        return font.MeasureText(text);
    }

    /// <summary>Registers the fonts once per process.</summary>
    public static void EnsureRegistered() => _ = s_registered.Value;

    private static bool Register()
    {
        Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver(Regular, Bold));
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

    private sealed class EmbeddedFontResolver(SKTypeface regular, SKTypeface bold) : IFontResolver
    {
        private readonly SKTypeface _regular = regular;
        private readonly SKTypeface _bold = bold;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            string.Equals(fontName, Family, StringComparison.Ordinal) ? (bold ? _bold : _regular) : null;

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            CreateTypeface(fontName, (int)weight >= (int)FontWeight.SemiBold, slant != FontSlant.Upright);
    }
}
