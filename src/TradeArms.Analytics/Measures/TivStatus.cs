namespace TradeArms;

/// <summary>What a SIPRI cell says about deliveries.</summary>
public enum TivStatus
{
    /// <summary>An empty cell: SIPRI identified no deliveries.</summary>
    NoDeliveries = 0,

    /// <summary>SIPRI printed <c>0</c>: deliveries worth more than 0 but less than 0.5 TIV million.</summary>
    BelowHalf = 1,

    /// <summary>A value of 0.5 TIV million or more (or a decimal value from the Trade Register).</summary>
    Reported = 2,
}
