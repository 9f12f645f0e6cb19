namespace TradeArms.Sources;

/// <summary>
/// What a trade record has besides its line, parties, product and amounts: the period, flow, the unit and valuation of
/// each amount it has (null: it has none), Comtrade's breakdown codes and aggregate flag. Files repeat few of them, so
/// <see cref="TradeColumns"/> keeps each once.
/// </summary>
internal readonly record struct RowShape(
    TradePeriod Period, SourceFlow Flow, RowShape.ValueUnit? Value, MoneyUnit? Cif, MoneyUnit? Fob, RowShape.QuantityUnit? NetWeight, RowShape.QuantityUnit? Quantity,
    string? Partner2Code, string? CustomsCode, string? TransportCode, bool? PublishedAggregateFlag)
{
    public static RowShape Of(TradeRecord r) => new(
        r.Period, r.Flow, r.Value is { } v ? new ValueUnit(v.Value.Unit, v.Valuation, v.Estimated) : null, r.Cif?.Unit, r.Fob?.Unit,
        r.NetWeight is { } w ? new QuantityUnit(w.Unit, w.Estimated) : null, r.Quantity is { } q ? new QuantityUnit(q.Unit, q.Estimated) : null,
        r.Partner2Code, r.CustomsCode, r.TransportCode, r.PublishedAggregateFlag);

    /// <summary>True when the shape has the amount of a <see cref="TradeColumns"/> slot.</summary>
    public bool Has(int slot) => slot switch
    {
        TradeColumns.ValueSlot => Value is not null,
        TradeColumns.CifSlot => Cif is not null,
        TradeColumns.FobSlot => Fob is not null,
        TradeColumns.NetWeightSlot => NetWeight is not null,
        _ => Quantity is not null,
    };

    /// <summary>The unit, valuation and estimate flag of a value.</summary>
    internal readonly record struct ValueUnit(MoneyUnit Unit, Valuation Valuation, bool Estimated);

    /// <summary>The unit and estimate flag of a quantity.</summary>
    internal readonly record struct QuantityUnit(string Unit, bool Estimated);
}
