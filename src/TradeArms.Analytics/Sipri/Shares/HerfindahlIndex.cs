using System.Globalization;

namespace TradeArms.Sipri;

/// <summary>
/// The Herfindahl-Hirschman index of a <see cref="ShareTable"/>: the sum of the squared shares of all partners, a
/// measure of concentration (how much a recipient depends on few suppliers, or a supplier on few markets).
/// </summary>
/// <remarks>
/// <para>Two scales, both given: <see cref="Index"/> squares fractional shares and runs from 1/n (n equal partners) to
/// 1 (a single partner); <see cref="Points"/> squares percentage shares and runs up to 10000, the scale of antitrust
/// practice. <see cref="Points"/> = 10000 x <see cref="Index"/>.</para>
/// <para>Shares are always taken of the sum of the partner rows (whatever the table's <see cref="ShareDenominator"/>),
/// so they add up to exactly 1 and a single partner gives exactly 1. Every partner counts individually (the top-N
/// "others" grouping plays no part). SIPRI's <c>unknown supplier(s)</c> counts as one partner, although it may hide
/// several.</para>
/// </remarks>
public sealed record HerfindahlIndex
{
    internal HerfindahlIndex(Actor subject, ShareBreakdown breakdown, YearRange window, IReadOnlyCollection<double> volumes)
    {
        Subject = subject;
        Breakdown = breakdown;
        Window = window;
        Partners = volumes.Count;
        var sum = volumes.Sum();
        Index = sum > 0 ? volumes.Sum(v => v / sum * (v / sum)) : null;
    }

    /// <summary>The recipient or supplier.</summary>
    public Actor Subject { get; }

    /// <summary>Which flow was broken down.</summary>
    public ShareBreakdown Breakdown { get; }

    /// <summary>The years summed, both ends included.</summary>
    public YearRange Window { get; }

    /// <summary>The number of partners with deliveries in the window.</summary>
    public int Partners { get; }

    /// <summary>The index on the 0-1 scale (sum of squared fractional shares); null when nothing was delivered.</summary>
    public double? Index { get; }

    /// <summary>The index on the 0-10000 scale (sum of squared percentage shares); null when nothing was delivered.</summary>
    public double? Points => Index * 10000;

    /// <summary>The number of equal-sized partners that would give the same index (1 / <see cref="Index"/>).</summary>
    public double? EquivalentPartners => Index is { } h ? 1 / h : null;

    /// <summary>For example <c>HHI 0.309 (3091 on the 0-10000 scale; 9 suppliers, equivalent to 3.2 equal ones)</c>.</summary>
    public override string ToString()
    {
        var who = (Breakdown == ShareBreakdown.ImportsBySupplier ? "supplier" : "recipient") + (Partners == 1 ? "" : "s");
        return Index is { } h
            ? string.Create(CultureInfo.InvariantCulture, $"HHI {h:0.000} ({Points:0} on the 0-10000 scale; {Partners} {who}, equivalent to {EquivalentPartners:0.0} equal ones)")
            : Partners == 0 ? $"HHI undefined (no deliveries in {Window})" : $"HHI undefined (every delivery in {Window} is under 0.5 TIV million)";
    }
}
