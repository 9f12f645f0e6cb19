using System.Collections.Immutable;
using System.Globalization;

namespace TradeArms.Register;

/// <summary>
/// One field of a deal that differs between two releases, with both values as text: numbers and TIV in invariant
/// form (<c>426.8</c>; a printed zero as <c>0</c>), flags as <c>yes</c>/<c>no</c>, and null for an empty cell.
/// </summary>
/// <param name="Field">The field.</param>
/// <param name="Old">The value in the older release; null when empty.</param>
/// <param name="New">The value in the newer release; null when empty.</param>
public sealed record FieldChange(DealField Field, string? Old, string? New)
{
    /// <summary>For example <c>NumberDelivered: 194 -> 206</c>.</summary>
    public override string ToString() => $"{Field}: {Old ?? "(empty)"} -> {New ?? "(empty)"}";

    /// <summary>The fields that differ between two deals, in <see cref="DealField"/> order. Actors compare by identity.</summary>
    internal static ImmutableArray<FieldChange> Between(ArmsDeal old, ArmsDeal @new)
    {
        var changes = ImmutableArray.CreateBuilder<FieldChange>();
        foreach (var field in Enum.GetValues<DealField>())
        {
            var a = Value(old, field);
            var b = Value(@new, field);
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(field, a, b));
            }
        }
        return changes.ToImmutable();
    }

    internal static string? Value(ArmsDeal deal, DealField field) => field switch
    {
        DealField.Recipient => deal.Recipient.Name,
        DealField.Supplier => deal.Supplier.Name,
        DealField.OrderYear => deal.OrderYear.ToString(),
        DealField.OrderYearIsEstimate => Flag(deal.OrderYearIsEstimate),
        DealField.NumberOrdered => Number(deal.NumberOrdered),
        DealField.NumberOrderedIsEstimate => Flag(deal.NumberOrderedIsEstimate),
        DealField.Designation => deal.Designation,
        DealField.Description => deal.Description,
        DealField.Category => deal.Category,
        DealField.NumberDelivered => Number(deal.NumberDelivered),
        DealField.NumberDeliveredIsEstimate => Flag(deal.NumberDeliveredIsEstimate),
        DealField.DeliveryYears => deal.DeliveryYears.IsEmpty ? null : deal.DeliveryYears.Text,
        DealField.Status => deal.Status.Text,
        DealField.Comments => deal.Comments,
        DealField.TivPerUnit => TivText(deal.TivPerUnit),
        DealField.TivPerNewUnit => TivText(deal.TivPerNewUnit),
        DealField.TotalOrderTiv => TivText(deal.TotalOrderTiv),
        DealField.DeliveredTiv => TivText(deal.DeliveredTiv),
        DealField.LocalProduction => deal.LocalProduction is bool b ? Flag(b) : null,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown deal field."),
    };

    private static string Flag(bool value) => value ? "yes" : "no";

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>A TIV as text: null for no value or no deliveries, <c>0</c> for a printed zero, else the number.</summary>
    internal static string? TivText(Tiv? value) => value is { Status: not TivStatus.NoDeliveries } v ? v.ToString("R", null) : null;
}
