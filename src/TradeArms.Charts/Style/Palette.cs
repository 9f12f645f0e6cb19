namespace TradeArms.Charts;

/// <summary>
/// The colour-blind-safe palette of every TradeArms chart: Okabe and Ito's eight colours (B. Wong, "Points of view:
/// Color blindness", Nature Methods 8, 441, 2011). An actor keeps its colour across charts (Russia is always
/// vermillion), so a reader can follow it from one chart to the next.
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

    /// <summary>Grey for "others" and context.</summary>
    public static ScottPlot.Color Grey { get; } = ScottPlot.Color.FromHex("#999999");

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

    private static readonly Dictionary<string, ScottPlot.Color> s_actors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Russia"] = Vermillion,
        ["Soviet Union"] = ReddishPurple,
        ["United States"] = Blue,
        ["China"] = Orange,
        ["France"] = SkyBlue,
        ["Israel"] = BluishGreen,
        ["United Kingdom"] = Yellow,
        ["India"] = BluishGreen,
        ["Pakistan"] = SkyBlue,
    };

    private static readonly ScottPlot.Color[] s_cycle =
    [
        ScottPlot.Color.FromHex("#7A5195"), ScottPlot.Color.FromHex("#2F4B7C"), ScottPlot.Color.FromHex("#A05195"),
        ScottPlot.Color.FromHex("#665191"), ScottPlot.Color.FromHex("#8C6D31"), ScottPlot.Color.FromHex("#4B8BBE"),
        ScottPlot.Color.FromHex("#6B6B6B"), ScottPlot.Color.FromHex("#B07AA1"),
    ];

    /// <summary>
    /// The colour of an actor: fixed for the main suppliers and partners (Russia vermillion, Soviet Union reddish
    /// purple, United States blue, China orange, France sky blue, Israel bluish green, United Kingdom yellow), a
    /// stable colour derived from the name for any other, and grey for "Others".
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
        // A stable hash (not string.GetHashCode, which is randomised per process): same name, same colour.
        var hash = 0u;
        foreach (var c in name.ToUpperInvariant())
        {
            hash = unchecked(hash * 31 + c);
        }
        return s_cycle[hash % (uint)s_cycle.Length];
    }

    /// <summary>The colour of an actor.</summary>
    public static ScottPlot.Color ForActor(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ForActor(actor.Name);
    }
}
