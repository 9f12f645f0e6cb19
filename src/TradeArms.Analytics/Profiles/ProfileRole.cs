namespace TradeArms.Profiles;

/// <summary>The side of arms transfers a <see cref="RoleProfile"/> describes.</summary>
public enum ProfileRole
{
    /// <summary>The actor as recipient: its imports by supplier.</summary>
    Recipient,

    /// <summary>The actor as supplier: its exports by recipient.</summary>
    Supplier,
}
