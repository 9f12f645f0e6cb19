namespace TradeArms.Milex;

/// <summary>One series of a side-by-side profile, in its own unit: never converted to another track's unit.</summary>
/// <param name="Name">What it is, e.g. <c>arms imports</c>, <c>military expenditure</c>.</param>
/// <param name="Unit">Its unit as printed on its own axis: <c>TIV million</c>, <c>constant (2023) US$ million</c>, <c>% of GDP</c>.</param>
/// <param name="Values">A value (or null: no figure) for every year of the profile.</param>
/// <param name="Source">Where it comes from.</param>
public sealed record ProfileTrack(string Name, string Unit, IReadOnlyDictionary<int, double?> Values, DataSource Source);
