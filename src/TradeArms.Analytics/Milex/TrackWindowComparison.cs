using System.Globalization;
using Microsoft.Data.Analysis;

namespace TradeArms.Milex;

/// <summary>
/// Each track of an <see cref="ArmsSpendingProfile"/> averaged over two windows of years, with the change of the mean,
/// every track in its own unit (made by <see cref="ArmsSpendingProfile.Compare"/>).
/// </summary>
public sealed class TrackWindowComparison : IAnalysisResult
{
    internal TrackWindowComparison(ArmsSpendingProfile profile, YearRange first, YearRange second, IReadOnlyList<TrackWindowChange> rows)
    {
        Profile = profile;
        First = first;
        Second = second;
        Rows = rows;
    }

    /// <summary>The profile compared.</summary>
    public ArmsSpendingProfile Profile { get; }

    /// <summary>The first window.</summary>
    public YearRange First { get; }

    /// <summary>The second window.</summary>
    public YearRange Second { get; }

    /// <summary>One row per track, in the profile's order.</summary>
    public IReadOnlyList<TrackWindowChange> Rows { get; }

    /// <summary>For example <c>Pakistan: annual mean, 1992-1996 against 2017-2021</c>.</summary>
    public string Title => string.Create(CultureInfo.InvariantCulture, $"{Profile.Country}: annual mean, {First} against {Second}");

    /// <summary>The profile's measure; each row states its own unit.</summary>
    public Measure Measure => Profile.Measure;

    /// <summary>For example <c>1992-1996 vs 2017-2021</c>.</summary>
    public string Window => string.Create(CultureInfo.InvariantCulture, $"{First} vs {Second}");

    /// <summary>The profile's source.</summary>
    public DataSource Source => Profile.Source;

    /// <summary>How the means are taken, and the TIV rule.</summary>
    public IReadOnlyList<string> Notes =>
    [
        "A mean needs a figure in every year of its window; the change is (second - first) / |first|, in percent.",
        ArmsSpendingProfile.TivNote,
    ];

    /// <summary>
    /// The rows as a DataFrame: <c>track</c>, <c>unit</c>, <c>first_mean</c>, <c>second_mean</c> (in the row's unit)
    /// and <c>change_pct</c>; null where undefined.
    /// </summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("track", Rows.Select(r => r.Track)),
        new StringDataFrameColumn("unit", Rows.Select(r => r.Unit)),
        new DoubleDataFrameColumn("first_mean", Rows.Select(r => r.FirstMean)),
        new DoubleDataFrameColumn("second_mean", Rows.Select(r => r.SecondMean)),
        new DoubleDataFrameColumn("change_pct", Rows.Select(r => r.PercentChange)));

    /// <summary>The comparison as a text table (<see cref="Rendering.TableRenderer"/>).</summary>
    public override string ToString() => Rendering.TableRenderer.Render(this);
}
