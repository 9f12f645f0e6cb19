namespace TradeArms;

/// <summary>What a SIPRI cell says about deliveries.</summary>
/// <remarks>The values are ordered by strength: a sum keeps the strongest status of its terms.</remarks>
public enum TivStatus
{
    /// <summary>
    /// The actor did not exist in the year (the Soviet Union after 1991, Czechia before 1993: see
    /// <see cref="Actor.Lifetime"/>): neither zero nor "no deliveries", and left out of trends, ranks and shares.
    /// </summary>
    DidNotExist = -1,

    /// <summary>An empty cell: SIPRI identified no deliveries.</summary>
    NoDeliveries = 0,

    /// <summary>SIPRI printed <c>0</c>: deliveries worth more than 0 but less than 0.5 TIV million.</summary>
    BelowHalf = 1,

    /// <summary>A value of 0.5 TIV million or more (or a decimal value from the Trade Register).</summary>
    Reported = 2,
}
