using System.Collections.Immutable;
using TradeArms.Sipri;

namespace TradeArms.Profiles;

/// <summary>
/// One call for any actor: as recipient, its suppliers by window with shares, concentration (HHI) and its change, the
/// trend of its total imports with a fitted line and a rolling multi-year sum, and its rank and share among importers;
/// as supplier, the same for its markets.
/// </summary>
/// <remarks>
/// Ranks and shares are among the actors of the data loaded (states only, as in SIPRI's rankings): pass a whole SIPRI
/// release for world ranks and shares. With the shipped extract they are ranks among a handful of actors.
/// </remarks>
public sealed partial class CountryProfile
{
    private CountryProfile(Actor actor, YearRange requested, YearRange years, ImmutableArray<YearRange> windows, RoleProfile? asRecipient, RoleProfile? asSupplier,
        DataSource source, ImmutableArray<string> notes)
    {
        Actor = actor;
        RequestedYears = requested;
        Notes = notes;
        Years = years;
        Windows = windows;
        AsRecipient = asRecipient;
        AsSupplier = asSupplier;
        Source = source;
    }

    /// <summary>The actor profiled.</summary>
    public Actor Actor { get; }

    /// <summary>
    /// The years covered: the years asked for in which the actor existed (Czechoslovakia asked for 1950-2021: 1950-1992;
    /// see <see cref="Actor.Lifetime"/>). Windows, trend, rolling sums and rank are over these years only.
    /// </summary>
    public YearRange Years { get; }

    /// <summary>The years asked for (all years of the data when none were given).</summary>
    public YearRange RequestedYears { get; }

    /// <summary>What the reader must know: years left out because the actor did not exist, years in no window.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>The consecutive windows of the profile, oldest first; the last ends with <see cref="Years"/>.</summary>
    public ImmutableArray<YearRange> Windows { get; }

    /// <summary>The actor as recipient; null when the data hold no deliveries to it.</summary>
    public RoleProfile? AsRecipient { get; }

    /// <summary>The actor as supplier; null when the data hold no deliveries by it.</summary>
    public RoleProfile? AsSupplier { get; }

    /// <summary>The data's source and vintage.</summary>
    public DataSource Source { get; }

    /// <summary>Profiles an actor.</summary>
    /// <param name="arms">The data; a whole release for world ranks and shares.</param>
    /// <param name="actor">The actor.</param>
    /// <param name="years">The years; null for all years of the data.</param>
    /// <param name="windowLength">The window length in years (default 5, as SIPRI compares 5-year periods).</param>
    /// <param name="top">Partners listed in each window before "others" (default 5).</param>
    /// <exception cref="WindowOutsideDataException">The years reach outside the data.</exception>
    /// <exception cref="ArgumentException">
    /// The actor did not exist in those years, they are shorter than one window, or the actor has no transfers in them.
    /// </exception>
    /// <exception cref="DataCoverageException">The actor has no transfers in the data.</exception>
    public static CountryProfile Of(ArmsTransfers arms, Actor actor, YearRange? years = null, int windowLength = 5, int top = 5)
    {
        ArgumentNullException.ThrowIfNull(arms);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentOutOfRangeException.ThrowIfLessThan(windowLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var requested = arms.Gate(years);
        var notes = new List<string>();
        var range = requested;
        if (arms.LifetimeOf(actor) is { } lifetime && !lifetime.Contains(requested))
        {
            range = lifetime.Within(requested) ?? throw new ArgumentException(
                $"{actor} did not exist in {requested} (lifetime {lifetime}{(actor.LifetimeSource is { } why ? ": " + why : "")}).", nameof(years));
            notes.Add($"{actor} existed in {range} of the requested {requested} (lifetime {lifetime}): volumes, windows, trend and rank cover {range} only; the other years did not exist for it, they are not years without transfers.");
        }
        if (range.Count < windowLength)
        {
            throw new ArgumentException($"The years {range} are shorter than one {windowLength}-year window.", nameof(years));
        }
        var split = range.Split(windowLength, WindowAlignment.FromEnd);
        if (split.Note is { } remainder)
        {
            notes.Add(remainder);
        }
        var windows = split.Windows.ToList();
        var recipient = arms.Recipients.Contains(actor) ? Role(arms, actor, ProfileRole.Recipient, range, windows, windowLength, top) : null;
        var supplier = arms.Suppliers.Contains(actor) ? Role(arms, actor, ProfileRole.Supplier, range, windows, windowLength, top) : null;
        if (recipient is null && supplier is null)
        {
            throw new DataCoverageException($"The data ({arms.Source.Caption}) hold no transfers to or from {actor}.");
        }
        return new CountryProfile(actor, requested, range, [.. windows], recipient, supplier, arms.Source, [.. notes]);
    }

    private static RoleProfile? Role(ArmsTransfers arms, Actor actor, ProfileRole role, YearRange range, List<YearRange> windows, int windowLength, int top)
    {
        var volume = role == ProfileRole.Recipient ? arms.ImportsOf(actor, range) : arms.ExportsOf(actor, range);
        if (!volume.Values.Any(v => v.HasDeliveries))
        {
            return null;
        }
        var series = volume.ToTimeSeries();
        var trend = series.Points.Count(p => p.Value is not null) >= 3 ? Trend.Linear(series) : null;
        var rolling = Trend.RollingSum(series, windowLength);
        var tables = windows.Select(w => role == ProfileRole.Recipient ? arms.SupplierShares(actor, w, top) : arms.RecipientShares(actor, w, top)).ToImmutableArray();

        // Rank and share among the states of the data in the last window: the library's one ranking rule.
        var ranking = role == ProfileRole.Recipient ? arms.RankImporters(windows[^1]) : arms.RankExporters(windows[^1]);
        var ranked = ranking.Of(actor);
        return new RoleProfile(role, volume, trend, rolling, tables, ranked?.Rank, ranking.Rows.Length,
            ranking.VolumeOf(actor).Millions > 0 ? ranking.PercentOf(actor) : null);
    }

    /// <summary>The profile as text by the one <see cref="Rendering.TableRenderer"/>: each role's windows with total, HHI and main partners, its volume, trend and rank.</summary>
    public override string ToString() => Rendering.TableRenderer.Render(this);
}
