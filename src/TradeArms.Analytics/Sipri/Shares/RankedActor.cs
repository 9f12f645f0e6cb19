namespace TradeArms.Sipri;

/// <summary>One row of an <see cref="ActorRanking"/>.</summary>
/// <param name="Rank">1 for the largest; equal volumes share a rank (1, 2, 2, 4).</param>
/// <param name="Actor">The exporter or importer.</param>
/// <param name="Volume">Its transfers in the window, TIV million.</param>
/// <param name="SharePercent">Its share of every transfer of the data in the window, percent (unrounded).</param>
public sealed record RankedActor(int Rank, Actor Actor, Tiv Volume, double SharePercent);
