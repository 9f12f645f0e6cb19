using System.Collections.Immutable;
using System.Globalization;

namespace TradeArms.Sipri;

/// <summary>
/// Concentration of a <see cref="ShareTable"/>'s partners beyond the HHI: concentration ratios CR_n (the top n
/// partners' share), the Theil index and the Gini coefficient, all over the same partners as the HHI (every partner with
/// deliveries in the window, each counted individually; the "others" grouping plays no part).
/// </summary>
/// <remarks>
/// With s_i = x_i / Σx the fractional shares of n partners: CR_n = Σ of the n largest s_i (0-1; 1 when there are n or
/// fewer partners); Theil T = Σ s_i ln(n s_i) (0 for equal partners, up to ln n; 0 ln 0 = 0); Gini
/// G = Σ_i Σ_j |x_i - x_j| / (2 n² mean(x)) = (2 Σ_i i x_(i)) / (n Σx) - (n + 1) / n with x ascending (0 for equal
/// partners, up to (n - 1) / n). Theil and Gini measure inequality among the partners there are, so one partner gives 0
/// (perfectly equal), not maximal concentration: read them with the partner count and the HHI. All are null when the
/// total is 0 (no deliveries, or all under 0.5 TIV million).
/// </remarks>
public sealed record PartnerConcentration
{
    private readonly ImmutableArray<double> _descending;

    internal PartnerConcentration(IEnumerable<double> volumes)
    {
        _descending = [.. volumes.OrderByDescending(v => v)];
        Partners = _descending.Length;
        var sum = _descending.Sum();
        if (sum <= 0)
        {
            return;
        }
        var n = Partners;
        Theil = _descending.Sum(v => v <= 0 ? 0 : v / sum * Math.Log(n * v / sum));
        var ascending = _descending.Reverse().ToArray();
        var weighted = 0.0;
        for (var i = 0; i < n; i++)
        {
            weighted += (i + 1) * ascending[i];
        }
        Gini = 2 * weighted / (n * sum) - (n + 1.0) / n;
    }

    /// <summary>The number of partners measured.</summary>
    public int Partners { get; }

    /// <summary>The Theil index Σ s_i ln(n s_i), 0 to ln n; null when nothing was delivered.</summary>
    public double? Theil { get; }

    /// <summary>The Gini coefficient over partners, 0 to (n - 1) / n; null when nothing was delivered.</summary>
    public double? Gini { get; }

    /// <summary>CR_1: the largest partner's share, 0-1.</summary>
    public double? Cr1 => TopShare(1);

    /// <summary>CR_3: the three largest partners' share, 0-1.</summary>
    public double? Cr3 => TopShare(3);

    /// <summary>CR_5: the five largest partners' share, 0-1.</summary>
    public double? Cr5 => TopShare(5);

    /// <summary>CR_n: the share of the <paramref name="n"/> largest partners, 0-1; null when nothing was delivered.</summary>
    public double? TopShare(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var sum = _descending.Sum();
        return sum > 0 ? _descending.Take(n).Sum() / sum : null;
    }

    /// <inheritdoc />
    public override string ToString() => Gini is { } g
        ? string.Create(CultureInfo.InvariantCulture, $"CR1 {Cr1:0.000}, CR3 {Cr3:0.000}, Theil {Theil:0.000}, Gini {g:0.000} over {Partners} partner{(Partners == 1 ? "" : "s")}")
        : "CR, Theil and Gini undefined (nothing delivered over 0.5 TIV million)";
}
