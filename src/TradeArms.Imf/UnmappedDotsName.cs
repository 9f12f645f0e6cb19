namespace TradeArms.Imf;

/// <summary>An IMF name the code model does not map, and the number of figures that carry it (as reporter or partner).</summary>
/// <param name="Name">The IMF's name, as published.</param>
/// <param name="Values">The figures with that name.</param>
public sealed record UnmappedDotsName(string Name, long Values);
