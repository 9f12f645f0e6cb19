namespace TradeArms.Economies;

/// <summary>What an economy code stands for.</summary>
public enum EconomyKind
{
    /// <summary>A current country or territory of ISO 3166-1.</summary>
    Country,

    /// <summary>A former country or territory (ISO 3166-3, or a code a trade source retired): it did not exist after its last year.</summary>
    FormerCountry,

    /// <summary>A group of economies: World, an M49 region, a customs union. Never ranked as a partner.</summary>
    Aggregate,

    /// <summary>Trade a source could not allocate to a country ("Areas, nes", "Bunkers", "Free zones"). Never ranked as a partner.</summary>
    Unallocated,
}
