namespace TradeArms.Register;

/// <summary>A field of an <see cref="ArmsDeal"/>, as compared between two releases.</summary>
public enum DealField
{
    /// <summary><see cref="ArmsDeal.Recipient"/>.</summary>
    Recipient,

    /// <summary><see cref="ArmsDeal.Supplier"/>.</summary>
    Supplier,

    /// <summary><see cref="ArmsDeal.OrderYear"/>.</summary>
    OrderYear,

    /// <summary><see cref="ArmsDeal.OrderYearIsEstimate"/>.</summary>
    OrderYearIsEstimate,

    /// <summary><see cref="ArmsDeal.NumberOrdered"/>.</summary>
    NumberOrdered,

    /// <summary><see cref="ArmsDeal.NumberOrderedIsEstimate"/>.</summary>
    NumberOrderedIsEstimate,

    /// <summary><see cref="ArmsDeal.Designation"/>.</summary>
    Designation,

    /// <summary><see cref="ArmsDeal.Description"/>.</summary>
    Description,

    /// <summary><see cref="ArmsDeal.Category"/>.</summary>
    Category,

    /// <summary><see cref="ArmsDeal.NumberDelivered"/>.</summary>
    NumberDelivered,

    /// <summary><see cref="ArmsDeal.NumberDeliveredIsEstimate"/>.</summary>
    NumberDeliveredIsEstimate,

    /// <summary><see cref="ArmsDeal.DeliveryYears"/> (compared as published text).</summary>
    DeliveryYears,

    /// <summary><see cref="ArmsDeal.Status"/> (compared as published text).</summary>
    Status,

    /// <summary><see cref="ArmsDeal.Comments"/>.</summary>
    Comments,

    /// <summary><see cref="ArmsDeal.TivPerUnit"/>.</summary>
    TivPerUnit,

    /// <summary><see cref="ArmsDeal.TivPerNewUnit"/>.</summary>
    TivPerNewUnit,

    /// <summary><see cref="ArmsDeal.TotalOrderTiv"/>.</summary>
    TotalOrderTiv,

    /// <summary><see cref="ArmsDeal.DeliveredTiv"/>.</summary>
    DeliveredTiv,

    /// <summary><see cref="ArmsDeal.LocalProduction"/>.</summary>
    LocalProduction,
}
