using ScottPlot;
using TradeArms.Milex;

namespace TradeArms.Charts;

/// <summary>
/// Charts of a side-by-side <see cref="ArmsSpendingProfile"/>: one panel per track (arms imports in TIV million,
/// military expenditure in constant US$, its share of GDP, trade in money), each on its own value axis with its own
/// unit, all on the same year axis. Never one axis for TIV and money, never two y-axes on one panel.
/// </summary>
public static class ProfileCharts
{
    /// <summary>One chart per track of the profile, in the profile's order, sharing the year axis.</summary>
    public static IReadOnlyList<Plot> Panels(ArmsSpendingProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return [.. profile.Tracks.Select((t, i) => Panel(profile, t, i))];
    }

    /// <summary>The panels stacked in rows as one figure (small multiples with scales that differ: each panel states its unit).</summary>
    public static Multiplot SideBySide(ArmsSpendingProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var multiplot = new Multiplot();
        foreach (var panel in Panels(profile))
        {
            multiplot.Subplots.Add(panel);
        }
        // A new Multiplot starts with one empty subplot of its own.
        multiplot.Subplots.RemoveAt(0);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Rows();
        return multiplot;
    }

    private static Plot Panel(ArmsSpendingProfile profile, ProfileTrack track, int index)
    {
        var plot = new Plot();
        var colour = index switch
        {
            0 => Palette.Blue,
            1 => Palette.Vermillion,
            2 => Palette.ReddishPurple,
            _ => Palette.BluishGreen,
        };
        var points = profile.Years.Select(y => (Year: y.Year, Value: track.Values[y.Year])).ToList();
        var isVolume = track.Unit == Tiv.UnitLabel;
        if (isVolume)
        {
            // A volume per year: bars from zero.
            plot.Add.Bars(points.Where(p => p.Value is not null).Select(p => new Bar { Position = p.Year, Value = p.Value!.Value, FillColor = colour, Size = 0.8, LineWidth = 0 }).ToList());
        }
        else
        {
            // A line per run of years with figures: a missing year is a gap, never a zero or an interpolation.
            var run = new List<(int Year, double Value)>();
            foreach (var p in points.Append((Year: int.MaxValue, Value: (double?)null)))
            {
                if (p.Value is { } v)
                {
                    run.Add((p.Year, v));
                    continue;
                }
                if (run.Count > 0)
                {
                    var line = plot.Add.Scatter(run.Select(r => (double)r.Year).ToArray(), run.Select(r => r.Value).ToArray(), colour);
                    line.LineWidth = 2.5f;
                    line.MarkerSize = run.Count < 6 ? 7 : 0;
                    run.Clear();
                }
            }
        }
        var note = isVolume ? ". TIV: SIPRI trend-indicator value, a volume measure, not money." : "";
        HouseStyle.Apply(plot, new ChartText($"{profile.Country}: {track.Name}, {profile.Years}", track.Unit, track.Source.Caption + note));
        HouseStyle.UseYearAxis(plot);
        var max = points.Where(p => p.Value is not null).Select(p => p.Value!.Value).DefaultIfEmpty(0).Max();
        var min = points.Where(p => p.Value is not null).Select(p => p.Value!.Value).DefaultIfEmpty(0).Min();
        plot.Axes.SetLimitsX(profile.Years.First.Year - 0.6, profile.Years.Last.Year + 0.6);
        plot.Axes.SetLimitsY(Math.Min(0, min * 1.1), max <= 0 ? 1 : max * 1.1);
        return plot;
    }
}
