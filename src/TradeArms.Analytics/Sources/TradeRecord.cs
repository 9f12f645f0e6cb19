using TradeArms.Economies;
using TradeArms.Products;

namespace TradeArms.Sources;

/// <summary>
/// One observation of a trade file as the source states it: reporter and partner (their codes and the economies they
/// map to), flow, period, product in its classification vintage, value with valuation, currency and scale, quantities,
/// and the source's flags.
/// </summary>
public sealed record TradeRecord
{
    /// <summary>The 1-based line of the file the record was read from (for JSON: the line of its opening brace).</summary>
    public required int Line { get; init; }

    /// <summary>The period.</summary>
    public required TradePeriod Period { get; init; }

    /// <summary>The reporter's code as written (Comtrade <c>156</c>, IMF <c>PAK</c>; BACI: the exporter).</summary>
    public required string ReporterCode { get; init; }

    /// <summary>The reporter, or null when its code is unmapped (listed in <see cref="TradeDataset.Unmapped"/>).</summary>
    public required Economy? Reporter { get; init; }

    /// <summary>The partner's code as written (<c>0</c> World; BACI: the importer).</summary>
    public required string PartnerCode { get; init; }

    /// <summary>The partner, or null when its code is unmapped.</summary>
    public required Economy? Partner { get; init; }

    /// <summary>The flow, from the reporter's side.</summary>
    public required SourceFlow Flow { get; init; }

    /// <summary>The product in its classification vintage; null when the source has no product dimension (IMTS totals).</summary>
    public ProductCode? Product { get; init; }

    /// <summary>The value the source leads with (Comtrade's primary value, BACI's v, IMTS OBS_VALUE); null when missing (never zero).</summary>
    public TradeValue? Value { get; init; }

    /// <summary>The CIF value, where the source gives it separately (Comtrade <c>cifvalue</c>).</summary>
    public Money? Cif { get; init; }

    /// <summary>The FOB value, where the source gives it separately (Comtrade <c>fobvalue</c>).</summary>
    public Money? Fob { get; init; }

    /// <summary>The net weight (Comtrade kg; BACI's q in tonnes), or null when missing.</summary>
    public Quantity? NetWeight { get; init; }

    /// <summary>The quantity in the source's quantity unit, or null.</summary>
    public Quantity? Quantity { get; init; }

    /// <summary>Comtrade's second partner code (<c>0</c> = all); null where the source has none.</summary>
    public string? Partner2Code { get; init; }

    /// <summary>Comtrade's customs procedure code (<c>C00</c> = all); null where the source has none.</summary>
    public string? CustomsCode { get; init; }

    /// <summary>Comtrade's mode of transport code (<c>0</c> = all); null where the source has none.</summary>
    public string? TransportCode { get; init; }

    /// <summary>Comtrade's published <c>isAggregate</c> flag, as published; null where the source has none.</summary>
    public bool? PublishedAggregateFlag { get; init; }

    /// <summary>True when the reporter or the partner is an aggregate (World, a region) or an unallocated area.</summary>
    public bool InvolvesAggregate => Reporter?.IsAggregate == true || Partner?.IsAggregate == true;

    /// <summary>
    /// True for Comtrade's breakdown rows (a second partner, a customs procedure or a mode of transport other than "all"):
    /// they repeat part of the flow and double-count if summed with the totals.
    /// </summary>
    public bool IsBreakdown => Partner2Code is { } p2 && p2 != "0" || CustomsCode is { } c && c != "C00" || TransportCode is { } t && t != "0";
}
