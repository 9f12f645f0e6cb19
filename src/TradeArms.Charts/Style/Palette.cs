namespace TradeArms.Charts;

/// <summary>
/// The colour-blind-safe palette of every TradeArms chart: Okabe and Ito's eight colours (B. Wong, "Points of view:
/// Color blindness", Nature Methods 8, 441, 2011), completed by Paul Tol's for actors without a colour of their own.
/// An actor keeps its colour across charts (Russia is always vermillion), so a reader can follow it from one chart to
/// the next; rankings use one <see cref="Highlight"/> colour and grey.
/// </summary>
public static class Palette
{
    /// <summary>Okabe-Ito orange.</summary>
    public static ScottPlot.Color Orange { get; } = ScottPlot.Color.FromHex("#E69F00");

    /// <summary>Okabe-Ito sky blue.</summary>
    public static ScottPlot.Color SkyBlue { get; } = ScottPlot.Color.FromHex("#56B4E9");

    /// <summary>Okabe-Ito bluish green.</summary>
    public static ScottPlot.Color BluishGreen { get; } = ScottPlot.Color.FromHex("#009E73");

    /// <summary>Okabe-Ito yellow.</summary>
    public static ScottPlot.Color Yellow { get; } = ScottPlot.Color.FromHex("#F0E442");

    /// <summary>Okabe-Ito blue.</summary>
    public static ScottPlot.Color Blue { get; } = ScottPlot.Color.FromHex("#0072B2");

    /// <summary>Okabe-Ito vermillion.</summary>
    public static ScottPlot.Color Vermillion { get; } = ScottPlot.Color.FromHex("#D55E00");

    /// <summary>Okabe-Ito reddish purple.</summary>
    public static ScottPlot.Color ReddishPurple { get; } = ScottPlot.Color.FromHex("#CC79A7");

    /// <summary>Okabe-Ito black (dark grey here, for text-like lines).</summary>
    public static ScottPlot.Color Black { get; } = ScottPlot.Color.FromHex("#222222");

    /// <summary>Grey for "others", context and the rest of a ranking: light enough to stay apart from every actor's colour under the common colour-vision deficiencies.</summary>
    public static ScottPlot.Color Grey { get; } = ScottPlot.Color.FromHex("#BBBBBB");

    /// <summary>The reporter's exports.</summary>
    public static ScottPlot.Color Exports => Blue;

    /// <summary>The reporter's imports.</summary>
    public static ScottPlot.Color Imports => Orange;

    /// <summary>A trade surplus (positive balance).</summary>
    public static ScottPlot.Color Surplus => BluishGreen;

    /// <summary>A trade deficit (negative balance).</summary>
    public static ScottPlot.Color Deficit => Vermillion;

    /// <summary>Fitted trends.</summary>
    public static ScottPlot.Color Trend => Black;

    /// <summary>The one highlight colour of a ranking (the rest of its bars are <see cref="Grey"/>).</summary>
    public static ScottPlot.Color Highlight => Blue;

    /// <summary>Paul Tol's wine, for the Soviet Union (Russia's predecessor keeps a colour of its own, darker than Russia's).</summary>
    private static ScottPlot.Color Wine { get; } = ScottPlot.Color.FromHex("#882255");

    private static readonly Dictionary<string, ScottPlot.Color> s_actors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Russia"] = Vermillion,
        ["Soviet Union"] = Wine,
        ["United States"] = Blue,
        ["China"] = Orange,
        ["France"] = ReddishPurple,
        ["Israel"] = BluishGreen,
        ["United Kingdom"] = SkyBlue,
        ["Germany"] = Yellow,
        ["India"] = BluishGreen,
        ["Pakistan"] = SkyBlue,
    };

    // Colours for the other actors: the rest of Okabe-Ito's and Paul Tol's (2021) colour-blind-safe qualitative sets.
    private static readonly ScottPlot.Color[] s_cycle =
    [
        ScottPlot.Color.FromHex("#332288"), ScottPlot.Color.FromHex("#117733"), ScottPlot.Color.FromHex("#44AA99"),
        ScottPlot.Color.FromHex("#DDCC77"), ScottPlot.Color.FromHex("#AA4499"), ScottPlot.Color.FromHex("#88CCEE"),
        Yellow, SkyBlue, BluishGreen, ReddishPurple, Orange, Blue, Vermillion,
    ];

    /// <summary>
    /// The smallest CIEDE2000 difference two series colours of one chart keep, in normal vision and simulated
    /// protanopia, deuteranopia and tritanopia (Machado et al. 2009).
    /// </summary>
    internal const double MinimumDifference = 10;

    /// <summary>
    /// The colour of an actor: fixed for the main suppliers and partners (Russia vermillion, Soviet Union wine,
    /// United States blue, China orange, France reddish purple, Israel bluish green, United Kingdom sky blue, Germany
    /// yellow), a stable colour derived from the name for any other, and grey for "Others".
    /// </summary>
    public static ScottPlot.Color ForActor(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (s_actors.TryGetValue(name, out var color))
        {
            return color;
        }
        if (string.Equals(name, "Others", StringComparison.OrdinalIgnoreCase))
        {
            return Grey;
        }
        return s_cycle[Hash(name) % (uint)s_cycle.Length];
    }

    /// <summary>
    /// The colours of the actors shown together in one chart: each actor's own colour (<see cref="ForActor(string)"/>),
    /// except that an actor without a fixed colour whose colour would be hard to tell from one already used (under
    /// normal vision or a common colour-vision deficiency) takes the next colour that is not.
    /// </summary>
    public static IReadOnlyList<ScottPlot.Color> ForActors(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var colours = new ScottPlot.Color?[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            if (s_actors.ContainsKey(names[i]) || string.Equals(names[i], "Others", StringComparison.OrdinalIgnoreCase))
            {
                colours[i] = ForActor(names[i]);
            }
        }
        for (var i = 0; i < names.Count; i++)
        {
            if (colours[i] is not null)
            {
                continue;
            }
            var used = colours.OfType<ScottPlot.Color>().ToList();
            var start = (int)(Hash(names[i]) % (uint)s_cycle.Length);
            colours[i] = Enumerable.Range(0, s_cycle.Length).Select(k => s_cycle[(start + k) % s_cycle.Length])
                .Cast<ScottPlot.Color?>()
                .FirstOrDefault(c => used.All(u => ColourVision.WorstDifference(u, c!.Value) >= MinimumDifference)) ?? s_cycle[start];
        }
        return [.. colours.Select(c => c!.Value)];
    }

    // A stable hash (not string.GetHashCode, which is randomised per process): same name, same colour.
    private static uint Hash(string name)
    {
        var hash = 0u;
        foreach (var c in name.ToUpperInvariant())
        {
            hash = unchecked((hash * 31) + c);
        }
        return hash;
    }

    /// <summary>The colour of an actor.</summary>
    public static ScottPlot.Color ForActor(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ForActor(actor.Name);
    }
}
