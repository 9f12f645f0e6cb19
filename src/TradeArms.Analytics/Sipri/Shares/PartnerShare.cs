using System.Globalization;

namespace TradeArms.Sipri;

/// <summary>
/// One row of a <see cref="ShareTable"/>: a partner's volume over the window and its share, or (with
/// <see cref="Partner"/> null) the "others" remainder that groups every partner below the top N.
/// </summary>
/// <param name="Partner">The supplier or recipient; null for the "others" row.</param>
/// <param name="Rank">
/// The partner's rank by volume, largest first (1 = largest); partners with equal volumes share a rank and the next
/// rank is skipped (1, 2, 2, 4). Null for the "others" row.
/// </param>
/// <param name="Volume">The partner's deliveries summed over the window, TIV million.</param>
/// <param name="Percent">The share in percent of the table's <see cref="ShareTable.Total"/> (46 means 46%); null when that total is 0.</param>
/// <param name="Partners">The number of partners the row covers: 1, or the number grouped in the "others" row.</param>
public sealed record PartnerShare(Actor? Partner, int? Rank, Tiv Volume, double? Percent, int Partners)
{
    /// <summary>Is this the "others" remainder?</summary>
    public bool IsOthers => Partner is null;

    /// <summary>The partner's name, or <c>Others (n)</c>.</summary>
    public string Label => Partner?.Name ?? string.Create(CultureInfo.InvariantCulture, $"Others ({Partners})");

    /// <summary>For example <c>1. Russia: 7068 TIV million, 46.03%</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{(Rank is { } r ? r + ". " : "")}{Label}: {Volume.Millions:0.##} {Tiv.UnitLabel}, {(Percent is { } p ? p.ToString("0.00", CultureInfo.InvariantCulture) + "%" : "share undefined")}");
}
