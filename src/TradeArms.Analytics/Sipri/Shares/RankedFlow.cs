namespace TradeArms.Sipri;

/// <summary>Which side of arms transfers an <see cref="ActorRanking"/> ranks.</summary>
public enum RankedFlow
{
    /// <summary>Suppliers by their exports.</summary>
    Exports,

    /// <summary>Recipients by their imports.</summary>
    Imports,
}
