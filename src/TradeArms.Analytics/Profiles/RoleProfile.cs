using System.Collections.Immutable;
using System.Globalization;
using TradeArms.Sipri;

namespace TradeArms.Profiles;

/// <summary>
/// An actor's arms transfers in one role (imports or exports): the yearly volume with its fitted linear trend and
/// rolling sum, its partners' shares and the concentration (HHI) in each window, and its rank among the actors of the
/// data in the last window.
/// </summary>
public sealed record RoleProfile
{
    internal RoleProfile(ProfileRole role, TivSeries volume, LinearTrendFit? trend, TimeSeries rollingSum, ImmutableArray<ShareTable> partnersByWindow,
        int? rank, int rankedActors, double? shareOfDataPercent)
    {
        Role = role;
        Volume = volume;
        Trend = trend;
        RollingSum = rollingSum;
        PartnersByWindow = partnersByWindow;
        Rank = rank;
        RankedActors = rankedActors;
        ShareOfDataPercent = shareOfDataPercent;
    }

    /// <summary>Imports (as recipient) or exports (as supplier).</summary>
    public ProfileRole Role { get; }

    /// <summary>The yearly volume, TIV million (a year with no deliveries is 0: SIPRI identified none).</summary>
    public TivSeries Volume { get; }

    /// <summary>The OLS linear trend of the yearly volume (TIV million per year, with its 95% interval); null with fewer than 3 years.</summary>
    public LinearTrendFit? Trend { get; }

    /// <summary>The rolling sum over the window length (SIPRI's 5-year volumes), each value at its window's last year.</summary>
    public TimeSeries RollingSum { get; }

    /// <summary>The partners' shares (top partners and "others") in each window, oldest first.</summary>
    public ImmutableArray<ShareTable> PartnersByWindow { get; }

    /// <summary>The concentration of partners (HHI) in each window, oldest first.</summary>
    public IEnumerable<HerfindahlIndex> Concentration => PartnersByWindow.Select(t => t.Concentration);

    /// <summary>The change of the HHI between the last two windows, in points (0-10000 scale); null with fewer than two windows or no transfers in either.</summary>
    public double? ConcentrationChangePoints => PartnersByWindow.Length < 2
        ? null
        : PartnersByWindow[^1].Concentration.Points - PartnersByWindow[^2].Concentration.Points;

    /// <summary>
    /// The actor's rank among the states of the data by volume in the last window (1 = largest); null when it had no
    /// transfers then. Among the actors <em>of the data loaded</em>: load a whole release for a world rank.
    /// </summary>
    public int? Rank { get; }

    /// <summary>How many states of the data had transfers in this role in the last window.</summary>
    public int RankedActors { get; }

    /// <summary>The actor's share of all transfers of the data in the last window, percent; with a whole release, its share of the world.</summary>
    public double? ShareOfDataPercent { get; }

    /// <inheritdoc/>
    public override string ToString()
    {
        var verb = Role == ProfileRole.Recipient ? "imports" : "exports";
        var last = PartnersByWindow.IsEmpty ? null : PartnersByWindow[^1];
        var partners = last is null ? "" : string.Join(", ", last.Rows.Take(3).Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Partner?.Name ?? "others"} {r.Percent:0.0}%")));
        return string.Create(CultureInfo.InvariantCulture,
            $"{Volume.Recipient?.Name ?? Volume.Supplier?.Name} {verb} {Volume.Years}: {Volume.Total.Millions:#,0} TIV million; trend {(Trend is null ? "n/a" : Trend.Slope.ToString("+#,0.0;-#,0.0", CultureInfo.InvariantCulture) + " per year")}; {last?.Window}: {partners}; rank {(Rank is null ? "n/a" : Rank + " of " + RankedActors)}");
    }
}
