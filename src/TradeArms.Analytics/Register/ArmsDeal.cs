using System.Collections.Immutable;

namespace TradeArms.Register;

/// <summary>
/// One deal of SIPRI's Trade Register: who supplied what to whom, when it was ordered and delivered, how many, and
/// its TIV, exactly as the release published it, together with the release it came from.
/// </summary>
/// <remarks>
/// <para>The record keeps SIPRI's values as published and enforces no cross-field rule, because SIPRI's own data
/// break the obvious ones (the 2024 release has 13 deals with more weapons delivered than ordered). A value the file
/// does not give is null, never zero: SIPRI's by-delivery-year export has no <see cref="NumberOrdered"/>,
/// <see cref="Comments"/> or <see cref="TotalOrderTiv"/>; the full register has no <see cref="Category"/>.</para>
/// <para>TIV is a volume in TIV millions, not money. An empty cell in <c>SIPRI TIV of delivered weapons</c> is
/// <see cref="Tiv.NoDeliveries"/>, a printed <c>0</c> is <see cref="Tiv.BelowHalf"/> (more than 0 but less than the
/// printed precision), except where <see cref="TradeRegisterReader"/> documents an interpretation (an order with
/// nothing delivered yet), which it lists in <see cref="TradeRegister.Notes"/>.</para>
/// </remarks>
public sealed record ArmsDeal
{
    /// <summary>The recipient.</summary>
    public required Actor Recipient { get; init; }

    /// <summary>The supplier.</summary>
    public required Actor Supplier { get; init; }

    /// <summary>The year of order (SIPRI's <c>Year of order</c>, <c>Order date</c> in the by-delivery-year export).</summary>
    public required CalendarYear OrderYear { get; init; }

    /// <summary>Is the year of order uncertain (<c>?</c>, or <c>Yes</c> in the by-delivery-year export)?</summary>
    public bool OrderYearIsEstimate { get; init; }

    /// <summary>The number ordered; null where SIPRI gives none (not yet available, or a by-delivery-year export).</summary>
    public int? NumberOrdered { get; init; }

    /// <summary>Is the number ordered uncertain (<c>?</c>)?</summary>
    public bool NumberOrderedIsEstimate { get; init; }

    /// <summary>The weapon designation as published, e.g. <c>Mi-35M</c> (surrounding spaces kept).</summary>
    public required string Designation { get; init; }

    /// <summary>The weapon description as published, e.g. <c>combat helicopter</c>.</summary>
    public required string Description { get; init; }

    /// <summary>The armament category (<c>Aircraft</c>, <c>Engines</c>, ...) where the file has one (the by-delivery-year export); otherwise null.</summary>
    public string? Category { get; init; }

    /// <summary>The number delivered (summed over the delivery years in the by-delivery-year export).</summary>
    public int? NumberDelivered { get; init; }

    /// <summary>Is the number delivered uncertain (<c>?</c>; in the by-delivery-year export: any year's number is an estimate)?</summary>
    public bool NumberDeliveredIsEstimate { get; init; }

    /// <summary>The years of delivery, parsed, with the text as published.</summary>
    public DeliveryYears DeliveryYears { get; init; }

    /// <summary>New, second hand, second hand but modernized, ... with the text as published.</summary>
    public DealStatus Status { get; init; }

    /// <summary>SIPRI's comments (version, value of the deal, financing, ...); null when the cell is empty or the file has no comments.</summary>
    public string? Comments { get; init; }

    /// <summary>SIPRI TIV per unit (after the second-hand discount); null when the cell is empty.</summary>
    public Tiv? TivPerUnit { get; init; }

    /// <summary>SIPRI's TIV of one new unit (<c>SIPRI estimate</c>), given only by the by-delivery-year export.</summary>
    public Tiv? TivPerNewUnit { get; init; }

    /// <summary>SIPRI TIV for the total order; null when not available.</summary>
    public Tiv? TotalOrderTiv { get; init; }

    /// <summary>SIPRI TIV of the weapons delivered (summed over the delivery years in the by-delivery-year export).</summary>
    public Tiv DeliveredTiv { get; init; }

    /// <summary>Was the weapon produced under licence in the recipient country (<c>Local production</c>, by-delivery-year export only)?</summary>
    public bool? LocalProduction { get; init; }

    /// <summary>SIPRI's deal id (<c>SIPRI AT Database ID</c>), given only by the by-delivery-year export.</summary>
    public int? DealId { get; init; }

    /// <summary>The deliveries year by year, given only by the by-delivery-year export (empty for the full register).</summary>
    public ImmutableArray<DealDelivery> Deliveries { get; init; } = [];

    /// <summary>The release the deal was read from: SIPRI's credit line, generation date and file.</summary>
    public required DataSource Source { get; init; }

    /// <summary>Where the record starts, <c>file:line</c> (1-based; the first row of the deal in a by-delivery-year export).</summary>
    public required string Location { get; init; }

    /// <summary>Does the deal state its deliveries year by year (SIPRI's by-delivery-year export)? The full register does not.</summary>
    public bool HasYearlyDeliveries => !Deliveries.IsEmpty;

    /// <summary>
    /// The TIV delivered in the years of <paramref name="window"/>: SIPRI's rule for a selection of years (delivered
    /// numbers "refer only to deliveries in the selected year(s)"). Null when the deal has no yearly deliveries (the
    /// full register), where only the whole deal's <see cref="DeliveredTiv"/> is known.
    /// </summary>
    public Tiv? DeliveredTivIn(YearRange window) => HasYearlyDeliveries
        ? Tiv.Sum(Deliveries.Where(d => window.Contains(d.Year)).Select(d => d.Tiv))
        : null;

    /// <summary>The number delivered in the years of <paramref name="window"/>; null without yearly deliveries.</summary>
    public int? NumberDeliveredIn(YearRange window) => HasYearlyDeliveries
        ? Deliveries.Where(d => window.Contains(d.Year)).Sum(d => d.Number)
        : null;

    /// <summary>
    /// Is this an open order: ordered but not fully delivered? True when the number ordered is known and more than
    /// the number delivered, or when nothing has been delivered yet. False when the number ordered is unknown and
    /// something was delivered (SIPRI does not say whether more is to come).
    /// </summary>
    public bool IsOpenOrder => NumberOrdered is int ordered
        ? (NumberDelivered ?? 0) < ordered
        : NumberDelivered is null or 0 && DeliveryYears.Years.IsEmpty;

    /// <summary>For example <c>Russia -> Pakistan 2015: 4 Mi-35M (combat helicopter), delivered 4 in 2018</c>.</summary>
    public override string ToString()
    {
        var ordered = NumberOrdered is int n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " : "";
        var delivered = NumberDelivered is int d ? d.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
        var years = DeliveryYears.IsEmpty ? "" : " in " + DeliveryYears.Text;
        return $"{Supplier} -> {Recipient} {OrderYear}: {ordered}{Designation.Trim()} ({Description}), delivered {delivered}{years}";
    }
}
