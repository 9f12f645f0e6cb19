namespace TradeArms.Sipri;

/// <summary>
/// One partner (or the "others" remainder) in two windows: volume, share and rank in each, as in SIPRI's fact sheets
/// ("Russia's share of India's imports fell from 69% to 46%").
/// </summary>
/// <param name="Partner">The supplier or recipient; null for the "others" row.</param>
/// <param name="Partners">The number of partners the row covers: 1, or the number grouped in the "others" row.</param>
/// <param name="FirstVolume">Deliveries in the first window, TIV million.</param>
/// <param name="FirstPercent">The share in the first window, percent; 0 when the partner delivered nothing then; null when the first total is 0.</param>
/// <param name="FirstRank">The rank in the first window (1 = largest); null when the partner delivered nothing then, and for "others".</param>
/// <param name="SecondVolume">Deliveries in the second window, TIV million.</param>
/// <param name="SecondPercent">The share in the second window, percent; 0 when the partner delivered nothing then; null when the second total is 0.</param>
/// <param name="SecondRank">The rank in the second window; null when the partner delivered nothing then, and for "others".</param>
public sealed record ShareComparisonRow(Actor? Partner, int Partners, Tiv FirstVolume, double? FirstPercent, int? FirstRank,
    Tiv SecondVolume, double? SecondPercent, int? SecondRank)
{
    /// <summary>The partner's name, or <c>Others (n)</c>.</summary>
    public string Label => Partner?.Name ?? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Others ({Partners})");

    /// <summary>
    /// Places gained from the first window to the second (first rank minus second rank: +2 means it climbed two
    /// places); null unless the partner is ranked in both windows.
    /// </summary>
    public int? RankChange => FirstRank is { } a && SecondRank is { } b ? a - b : null;

    /// <summary>The change of the share, in percentage points (second minus first); null when either share is undefined.</summary>
    public double? PointChange => SecondPercent is { } b && FirstPercent is { } a ? b - a : null;

    /// <summary>
    /// The percent change of the partner's volume from the first window to the second; of the per-year averages when the
    /// windows differ in length (see <see cref="ShareComparison.ComparesPerYearAverages"/>); null when the first is 0.
    /// </summary>
    public double? VolumePercentChange => FirstVolume.Millions > 0
        ? (SecondVolume.Millions / SecondYears - FirstVolume.Millions / FirstYears) / (FirstVolume.Millions / FirstYears) * 100
        : null;

    // The window lengths, so that windows of unequal length are compared per year.
    internal int FirstYears { get; init; } = 1;

    internal int SecondYears { get; init; } = 1;
}
