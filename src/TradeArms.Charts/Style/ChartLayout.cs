using System.Runtime.CompilerServices;
using ScottPlot;

namespace TradeArms.Charts;

/// <summary>
/// The words of a styled plot (drawn around it by <see cref="ChartImage"/>) and what the house style places once the
/// pixel size is known: the direct labels at the series' ends, dodged so they never overlap (a legend at the right,
/// outside the data, only when they cannot be placed).
/// </summary>
internal sealed class ChartLayout
{
    private const float LabelSize = 12;

    private static readonly ConditionalWeakTable<Plot, ChartLayout> s_layouts = [];

    private readonly List<ScottPlot.Plottables.Text> _placed = [];

    public ChartLayout(ChartText text) => Text = text;

    /// <summary>The chart's words.</summary>
    public ChartText Text { get; }

    public List<EndLabel> Labels { get; } = [];

    /// <summary>The x range of the data, so the labels' room is added once, whatever the number of renders.</summary>
    public (double Left, double Right)? DataX { get; set; }

    public static void Attach(Plot plot, ChartLayout layout) => s_layouts.AddOrUpdate(plot, layout);

    public static ChartLayout? Of(Plot plot) => s_layouts.TryGetValue(plot, out var layout) ? layout : null;

    private bool _legendAdded;

    /// <summary>Places what depends on the size; same plot and size, same placement.</summary>
    public void Prepare(Plot plot, ChartSize size)
    {
        foreach (var text in _placed)
        {
            plot.Remove(text);
        }
        _placed.Clear();
        if (_legendAdded)
        {
            plot.Legend.ManualItems.Clear();
            plot.Legend.IsVisible = false;
            _legendAdded = false;
        }
        if (Labels.Count == 0 || DataX is not { } x)
        {
            return;
        }
        plot.Axes.SetLimitsX(x.Left, x.Right);
        plot.RenderInMemory(size.Width, size.Height);
        var limits = plot.Axes.GetLimits();
        plot.Axes.SetLimitsY(limits.Bottom, limits.Top);
        var rect = plot.LastRender.DataRect;
        var widest = Labels.Max(l => ChartFonts.Measure(l.Text, LabelSize));
        var lineHeight = LabelSize * 1.3f;
        var wanted = Labels.Select(l => plot.GetPixel(new Coordinates(l.X, l.Y)).Y).ToArray();
        var positions = Dodge(wanted, lineHeight, rect.Top + lineHeight, rect.Bottom - lineHeight);
        if (positions is null || widest > rect.Width / 3)
        {
            // The labels would collide (or take a third of the plot): a legend at the right, outside the data. A name
            // wider than a quarter of the canvas is wrapped, one legend item a line (the swatch on the first, none on
            // the rest), so a long one cannot push the legend off the canvas.
            foreach (var label in Labels)
            {
                var lines = Wrap(label.Text, size.Width / 4f, plot.Legend.FontSize ?? LabelSize).Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    plot.Legend.ManualItems.Add(new LegendItem { LabelText = lines[i], FillColor = i == 0 ? label.Color : Colors.Transparent });
                }
            }
            HouseStyle.ShowLegend(plot);
            _legendAdded = true;
            return;
        }
        const float Gap = 6;
        var fraction = (widest + (2 * Gap)) / rect.Width;
        var span = (x.Right - x.Left) / (1 - fraction);
        plot.Axes.SetLimitsX(x.Left, x.Left + span);
        var perPixelX = span / rect.Width;
        var perPixelY = (limits.Top - limits.Bottom) / rect.Height;
        for (var i = 0; i < Labels.Count; i++)
        {
            var label = Labels[i];
            var y = limits.Top - ((positions[i] - rect.Top) * perPixelY);
            var text = plot.Add.Text(label.Text, x.Right + (Gap * perPixelX), y);
            text.LabelAlignment = Alignment.MiddleLeft;
            text.LabelFontSize = LabelSize;
            text.LabelFontColor = Readable(label.Color);
            text.LabelFontName = ChartFonts.Family;
            text.LabelBold = true;
            _placed.Add(text);
        }
    }

    // Pixel positions moved apart to at least one line height, kept inside [top, bottom]; null when they do not fit.
    internal static float[]? Dodge(float[] wanted, float lineHeight, float top, float bottom)
    {
        if (wanted.Length * lineHeight > bottom - top + lineHeight)
        {
            return null;
        }
        var order = Enumerable.Range(0, wanted.Length).OrderBy(i => wanted[i]).ThenBy(i => i).ToArray();
        var placed = new float[wanted.Length];
        var previous = float.NegativeInfinity;
        foreach (var i in order)
        {
            placed[i] = Math.Max(Math.Clamp(wanted[i], top, bottom), previous + lineHeight);
            previous = placed[i];
        }
        // Pushed past the bottom: move the run back up from the bottom.
        var next = float.PositiveInfinity;
        foreach (var i in order.Reverse())
        {
            placed[i] = Math.Min(placed[i], Math.Min(bottom, next - lineHeight));
            next = placed[i];
        }
        return placed[order[0]] < top - 0.5f ? null : placed;
    }

    // Yellow and sky blue are too light for text on white: darken light colours for labels only.
    private static Color Readable(Color color)
    {
        var luminance = (0.2126 * color.Red) + (0.7152 * color.Green) + (0.0722 * color.Blue);
        return luminance > 150 ? color.Darken(0.35) : color;
    }

    /// <summary>Text wrapped at spaces so no line is wider than <paramref name="width"/> pixels at <paramref name="size"/>.</summary>
    internal static string Wrap(string text, float width, float size, bool bold = false)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && ChartFonts.Measure(candidate, size, bold) > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }
            lines.Add(line);
        }
        return string.Join('\n', lines);
    }
}
