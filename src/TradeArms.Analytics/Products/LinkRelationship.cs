namespace TradeArms.Products;

/// <summary>
/// UNSD's relationship of a correlation link, source side first: within the group of codes linked to each other, one or
/// many source codes, and one or many target codes.
/// </summary>
public enum LinkRelationship
{
    /// <summary><c>1:1</c>: one source code, one target code.</summary>
    OneToOne,

    /// <summary><c>n:1</c>: several source codes merge into one target code.</summary>
    ManyToOne,

    /// <summary><c>1:n</c>: one source code splits into several target codes (needs a weight).</summary>
    OneToMany,

    /// <summary><c>n:n</c>: several source codes and several target codes linked to each other (needs a weight).</summary>
    ManyToMany,
}
