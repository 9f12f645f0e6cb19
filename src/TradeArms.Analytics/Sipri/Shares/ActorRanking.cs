using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace TradeArms.Sipri;

/// <summary>
/// Exporters or importers ranked by volume over a window, with their shares of every transfer of the data in it (of
/// the world, when a whole release is loaded): made by <see cref="ArmsTransfers.RankExporters"/> and
/// <see cref="ArmsTransfers.RankImporters"/>, and the one ranking rule behind fact sheets and country profiles.
/// </summary>
/// <remarks>
/// Only actors of the ranked kinds (states and historical states by default, as SIPRI ranks) with transfers above 0 in
/// the window are ranked; an actor that did not exist in the window has none and is never ranked. Ties are broken by
/// name and share a rank. The denominator (<see cref="Total"/>) is every cell of the window, including non-state
/// actors, organisations and unknown parties, as SIPRI's world totals are.
/// </remarks>
public sealed record ActorRanking
{
    internal ActorRanking(RankedFlow flow, YearRange window, IReadOnlySet<ActorKind> kinds, IReadOnlyDictionary<Actor, Tiv> volumes, Tiv total, DataSource source)
    {
        Flow = flow;
        Window = window;
        Kinds = kinds;
        Volumes = volumes.ToFrozenDictionary();
        Total = total;
        Source = source;
        var ranked = ShareTable.Rank(volumes.Where(kv => kinds.Contains(kv.Key.Kind) && kv.Value.Millions > 0).Select(kv => (kv.Key, kv.Value)));
        Rows = [.. ranked.Select(r => new RankedActor(r.Rank, r.Partner, r.Volume, ShareTable.PercentOf(r.Volume, total) ?? 0))];
    }

    /// <summary>Exporters or importers.</summary>
    public RankedFlow Flow { get; }

    /// <summary>The years summed.</summary>
    public YearRange Window { get; }

    /// <summary>The kinds of actor ranked.</summary>
    public IReadOnlySet<ActorKind> Kinds { get; }

    /// <summary>Every actor's volume in the window (every kind, ranked or not).</summary>
    public FrozenDictionary<Actor, Tiv> Volumes { get; }

    /// <summary>Every transfer of the data in the window: the denominator of the shares.</summary>
    public Tiv Total { get; }

    /// <summary>The ranked actors, largest first.</summary>
    public ImmutableArray<RankedActor> Rows { get; }

    /// <summary>The measure of every volume: TIV million.</summary>
    public Measure Measure { get; } = Measure.TivMillions;

    /// <summary>Citation and vintage of the data.</summary>
    public DataSource Source { get; }

    /// <summary>An actor's row; null when it is not ranked (no transfers in the window, or not of a ranked kind).</summary>
    public RankedActor? Of(Actor actor) => Rows.FirstOrDefault(r => r.Actor == actor);

    /// <summary>An actor's volume in the window (no deliveries when it has none).</summary>
    public Tiv VolumeOf(Actor actor) => Volumes.GetValueOrDefault(actor, Tiv.NoDeliveries);

    /// <summary>An actor's share of <see cref="Total"/>, percent, ranked or not; null when the total is 0.</summary>
    public double? PercentOf(Actor actor) => ShareTable.PercentOf(VolumeOf(actor), Total);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{(Flow == RankedFlow.Exports ? "Exporters" : "Importers")}, {Window}: {string.Join(", ", Rows.Take(5).Select(r => $"{r.Rank}. {r.Actor.Name} {r.SharePercent:0.0}%"))}");
}
