namespace TradeArms.Charts;

/// <summary>A chart size in pixels.</summary>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public readonly record struct ChartSize(int Width, int Height)
{
    /// <summary>800 x 500, the default for documents and notebooks.</summary>
    public static ChartSize Standard { get; } = new(800, 500);

    /// <summary>1600 x 1000, for slides and print.</summary>
    public static ChartSize Large { get; } = new(1600, 1000);
}
