using System.Globalization;
using System.Xml.Linq;
using SkiaSharp;

namespace TradeArms.Charts.Tests.Infrastructure;

/// <summary>
/// Reads a chart's SVG back and checks its layout as a reader would see it: every text's box (measured with the
/// bundled font the renderer draws with, SKFont.MeasureText and the font's ascent and descent) inside the canvas and
/// inside the clip of its group, no two texts overlapping, and no text inside a data area that is not the data's own
/// (a legend or note drawn over the data).
/// </summary>
internal static class SvgLayout
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly Lazy<SKTypeface> s_regular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> s_bold = new(() => Load("DejaVuSans-Bold.ttf"));

    /// <summary>A text as drawn: its string and its box in canvas pixels, and the clip of its group.</summary>
    internal sealed record TextBox(string Text, SKRect Box, SKRect Ink, SKRect? Clip)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"'{Text}' at ({Box.Left:0.#}, {Box.Top:0.#})-({Box.Right:0.#}, {Box.Bottom:0.#})");
    }

    /// <summary>The texts of an SVG, the canvas size and the data areas (clips of the plots' data).</summary>
    public static (float Width, float Height, List<TextBox> Texts, List<SKRect> DataAreas) Read(byte[] svg)
    {
        var doc = XDocument.Parse(System.Text.Encoding.UTF8.GetString(svg));
        var root = doc.Root!;
        var width = Number(root.Attribute("width")!.Value);
        var height = Number(root.Attribute("height")!.Value);
        var clips = root.Descendants(Svg + "clipPath").ToDictionary(
            c => c.Attribute("id")!.Value,
            c => c.Element(Svg + "rect") is { } r ? Rect(r) : SKRect.Empty);
        var texts = new List<TextBox>();
        foreach (var text in root.Descendants(Svg + "text"))
        {
            var content = text.Value.Trim();
            if (content.Length == 0)
            {
                continue;
            }
            var clip = text.Ancestors(Svg + "g").Select(g => g.Attribute("clip-path")?.Value).OfType<string>().FirstOrDefault();
            SKRect? clipRect = clip is null ? null : clips[clip["url(#".Length..^1]];
            var (box, ink) = Measure(text, content);
            texts.Add(new TextBox(content, box, ink, clipRect));
        }
        // The data areas: the clips no other clip contains (a legend's or a label's clip lies inside one).
        var rects = clips.Values.Where(r => !r.IsEmpty).Distinct().ToList();
        var areas = rects.Where(r => !rects.Any(o => o != r && o.Contains(r))).ToList();
        return (width, height, texts, areas);
    }

    /// <summary>Every layout problem of an SVG, in words; empty when it is clean.</summary>
    public static List<string> Problems(byte[] svg)
    {
        var (width, height, texts, areas) = Read(svg);
        const float Slack = 0.5f;
        var problems = new List<string>();
        foreach (var t in texts)
        {
            if (t.Box.Left < -Slack || t.Box.Top < -Slack || t.Box.Right > width + Slack || t.Box.Bottom > height + Slack)
            {
                problems.Add($"{t} leaves the {width}x{height} canvas");
            }
            // A clip cuts ink: the glyphs' own bounds are checked against it (the box with ascent and descent is
            // taller than any glyph of most strings).
            if (t.Clip is { } c && (t.Ink.Left < c.Left - Slack || t.Ink.Right > c.Right + Slack || t.Ink.Top < c.Top - Slack || t.Ink.Bottom > c.Bottom + Slack))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{t} (ink ({t.Ink.Left:0.#}, {t.Ink.Top:0.#})-({t.Ink.Right:0.#}, {t.Ink.Bottom:0.#})) is cut by its clip ({c.Left:0.#}, {c.Top:0.#})-({c.Right:0.#}, {c.Bottom:0.#})"));
            }
            if (areas.Any(a => Inside(t.Box, a) && t.Clip != a))
            {
                problems.Add($"{t} is drawn over the data (a legend or note inside the plot)");
            }
        }
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = i + 1; j < texts.Count; j++)
            {
                var overlap = SKRect.Intersect(Shrunk(texts[i].Box), Shrunk(texts[j].Box));
                if (!overlap.IsEmpty && overlap.Width > 0 && overlap.Height > 0)
                {
                    problems.Add($"{texts[i]} overlaps {texts[j]}");
                }
            }
        }
        return problems;
    }

    private static SKRect Shrunk(SKRect r) => new(r.Left + 0.5f, r.Top + 0.5f, r.Right - 0.5f, r.Bottom - 0.5f);

    private static bool Inside(SKRect box, SKRect area)
    {
        var overlap = SKRect.Intersect(box, area);
        return !overlap.IsEmpty && overlap.Width * overlap.Height > 0.5f * box.Width * box.Height;
    }

    // The text's box: from the first glyph's x, as wide as the font measures the string, from ascent to descent
    // around the baseline, then through the element's transform (translate or matrix, e.g. a rotated axis label).
    private static (SKRect Box, SKRect Ink) Measure(XElement text, string content)
    {
        var size = Number(text.Attribute("font-size")?.Value ?? "12");
        var weight = text.Attribute("font-weight")?.Value;
        var bold = weight is not null && (weight == "bold" || (int.TryParse(weight, NumberStyles.Integer, CultureInfo.InvariantCulture, out var w) && w >= 600));
        using var font = new SKFont(bold ? s_bold.Value : s_regular.Value, size);
        var x = First(text.Attribute("x")?.Value);
        var y = First(text.Attribute("y")?.Value);
        var advance = font.MeasureText(content, out var ink);
        var metrics = font.Metrics;
        var local = new SKRect(x, y + metrics.Ascent, x + advance, y + metrics.Descent);
        var matrix = Transform(text.Attribute("transform")?.Value);
        return (matrix.MapRect(local), matrix.MapRect(new SKRect(x + ink.Left, y + ink.Top, x + ink.Right, y + ink.Bottom)));
    }

    private static SKMatrix Transform(string? transform)
    {
        if (string.IsNullOrEmpty(transform))
        {
            return SKMatrix.Identity;
        }
        var open = transform.IndexOf('(', StringComparison.Ordinal);
        var values = transform[(open + 1)..transform.IndexOf(')', StringComparison.Ordinal)]
            .Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(Number).ToArray();
        return transform[..open].Trim() switch
        {
            "translate" => SKMatrix.CreateTranslation(values[0], values.Length > 1 ? values[1] : 0),
            // SVG matrix(a b c d e f): x' = a x + c y + e, y' = b x + d y + f.
            "matrix" => new SKMatrix(values[0], values[2], values[4], values[1], values[3], values[5], 0, 0, 1),
            var other => throw new InvalidOperationException($"Unexpected SVG transform '{other}' in '{transform}'."),
        };
    }

    private static SKRect Rect(XElement rect) => SKRect.Create(
        Number(rect.Attribute("x")?.Value ?? "0"), Number(rect.Attribute("y")?.Value ?? "0"),
        Number(rect.Attribute("width")!.Value), Number(rect.Attribute("height")!.Value));

    private static float First(string? list) => list is null ? 0 : Number(list.Split(',', StringSplitOptions.TrimEntries)[0]);

    private static float Number(string s) => float.Parse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(HouseStyle).Assembly.GetManifestResourceStream("TradeArms.Charts.Fonts." + file)
            ?? throw new InvalidOperationException($"The bundled font {file} is missing.");
        return SKTypeface.FromStream(stream);
    }
}
