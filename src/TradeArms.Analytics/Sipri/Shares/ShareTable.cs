using System.Collections.Immutable;
using System.Globalization;

namespace TradeArms.Sipri;

/// <summary>
/// Partners' shares of a recipient's imports (by supplier) or of a supplier's exports (by recipient) over a window of
/// years: each partner's deliveries summed over the window divided by the subject's total over the window, ranked, with
/// the top N kept and the rest grouped as "others". Volumes are TIV million (never US$). Made by
/// <see cref="ArmsTransfers.SupplierShares"/> and <see cref="ArmsTransfers.RecipientShares"/>.
/// </summary>
/// <remarks>
/// Actors are taken as SIPRI lists them: the Soviet Union (to 1991) and Russia (from 1992) are different suppliers
/// unless the data were merged with <see cref="ArmsTransfers.WithSovietUnionAsRussia"/>. Whether the loaded rows are
/// complete is checked against SIPRI's printed totals (<see cref="Coverage"/>).
/// </remarks>
public sealed partial record ShareTable
{
    internal ShareTable(Actor subject, ShareBreakdown breakdown, YearRange window, ShareDenominator denominator, int? top,
        IReadOnlyList<(Actor Partner, Tiv Volume)> partners, Tiv? printedTotal, ShareCoverage coverage, ImmutableArray<string> notes, DataSource source,
        IReadOnlyDictionary<Actor, int>? partnerCounts = null)
    {
        Subject = subject;
        Breakdown = breakdown;
        Window = window;
        Denominator = denominator;
        Top = top;
        Source = source;
        Coverage = coverage;
        Notes = notes;
        PrintedTotal = printedTotal;
        SumOfRows = Tiv.Sum(partners.Select(p => p.Volume));
        Total = denominator == ShareDenominator.SumOfRows ? SumOfRows
            : printedTotal ?? throw new InvalidOperationException("No printed total for the SipriTotalRow denominator.");
        // After ArmsTransfers.WithSovietUnionAsRussia a merged partner stands for several SIPRI actors (Soviet Union + Russia = 2).
        Partners = [.. Rank(partners).Select(p => new PartnerShare(p.Partner, p.Rank, p.Volume, Percent(p.Volume), partnerCounts?.GetValueOrDefault(p.Partner, 1) ?? 1))];
        Rows = Group(Partners, top);
        Concentration = new HerfindahlIndex(subject, breakdown, window, [.. partners.Select(p => p.Volume.Millions)]);
    }

    private ImmutableArray<PartnerShare> Group(ImmutableArray<PartnerShare> partners, int? top)
    {
        if (top is { } n && partners.Length > n)
        {
            var rest = partners.Skip(n).ToList();
            var others = Tiv.Sum(rest.Select(r => r.Volume));
            return [.. partners.Take(n), new PartnerShare(null, null, others, Percent(others), rest.Sum(r => r.Partners))];
        }
        return partners;
    }

    /// <summary>The recipient (for imports by supplier) or supplier (for exports by recipient).</summary>
    public Actor Subject { get; }

    /// <summary>Which flow is broken down.</summary>
    public ShareBreakdown Breakdown { get; }

    /// <summary>The years summed, both ends included.</summary>
    public YearRange Window { get; }

    /// <summary>What the shares are shares of.</summary>
    public ShareDenominator Denominator { get; }

    /// <summary>
    /// The number of partners listed before the "others" row; null when every partner is listed. The cut is by
    /// position: partners tied at the cut are taken in name order, and the rest go to "others".
    /// </summary>
    public int? Top { get; }

    /// <summary>The measure of every volume: TIV million.</summary>
    public Measure Measure { get; } = Measure.TivMillions;

    /// <summary>Citation and vintage of the data.</summary>
    public DataSource Source { get; }

    /// <summary>The partner rows summed over the window.</summary>
    public Tiv SumOfRows { get; }

    /// <summary>SIPRI's printed total (its Total row summed over the window); null when it is not in the loaded data.</summary>
    public Tiv? PrintedTotal { get; }

    /// <summary>The denominator of the shares: <see cref="SumOfRows"/> or <see cref="PrintedTotal"/>, as <see cref="Denominator"/> says.</summary>
    public Tiv Total { get; }

    /// <summary>Whether the loaded rows were checked complete against SIPRI's printed totals.</summary>
    public ShareCoverage Coverage { get; }

    /// <summary>What the reader of the table should know: coverage gaps, an undefined denominator.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>Every partner with deliveries in the window, largest first (ties by name).</summary>
    public ImmutableArray<PartnerShare> Partners { get; }

    /// <summary>The rows to show: the top <see cref="Top"/> partners and an "others" row, or every partner.</summary>
    public ImmutableArray<PartnerShare> Rows { get; }

    /// <summary>The Herfindahl-Hirschman index of all partners (see <see cref="HerfindahlIndex"/> for the scale).</summary>
    public HerfindahlIndex Concentration { get; }

    /// <summary>CR_n, Theil and Gini over the same partners as <see cref="Concentration"/>.</summary>
    public PartnerConcentration PartnerConcentration => new(Partners.Select(p => p.Volume.Millions));

    /// <summary>The role of the partners: <c>supplier</c> or <c>recipient</c>.</summary>
    public string PartnerRole => Breakdown == ShareBreakdown.ImportsBySupplier ? "supplier" : "recipient";

    /// <summary>
    /// A partner's share in percent: its row, 0 when it delivered (or received) nothing in the window, null when the
    /// total is 0.
    /// </summary>
    public double? PercentOf(Actor partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return Partners.FirstOrDefault(p => p.Partner == partner) is { } row ? row.Percent : Percent(Tiv.NoDeliveries);
    }

    /// <summary>The table as text by the one <see cref="Rendering.TableRenderer"/>: title, ranked rows, total, concentration, coverage, notes and source.</summary>
    public override string ToString() => Rendering.TableRenderer.Render(this);

    /// <summary>For example <c>India's arms imports by supplier, 2017-2021 (TIV million; shares of the sum of supplier rows)</c>.</summary>
    public string Title => string.Create(CultureInfo.InvariantCulture,
        $"{Subject.Name}'s arms {(Breakdown == ShareBreakdown.ImportsBySupplier ? "imports by supplier" : "exports by recipient")}, {Window} ({Tiv.UnitLabel}; shares of {(Denominator == ShareDenominator.SumOfRows ? $"the sum of {PartnerRole} rows" : "SIPRI's printed total")})");

    internal double? Percent(Tiv volume) => PercentOf(volume, Total);

    /// <summary>The library's one share rule: part over whole, in percent; null (never NaN) when the whole is not above 0.</summary>
    internal static double? PercentOf(Tiv part, Tiv whole) => whole.Millions > 0 ? part.Millions / whole.Millions * 100 : null;

    /// <summary>
    /// The shares of chosen partners and of everyone else: one row per partner of <paramref name="partners"/>, in that
    /// order (no deliveries and a share of 0 when it had none in the window), then an "others" row for every other
    /// partner. For charts that keep the same partners across windows (a colour per supplier).
    /// </summary>
    /// <param name="partners">The partners to list.</param>
    public ImmutableArray<PartnerShare> RowsFor(IReadOnlyList<Actor> partners)
    {
        ArgumentNullException.ThrowIfNull(partners);
        var rows = partners.Select(p => Partners.FirstOrDefault(row => row.Partner == p) ?? new PartnerShare(p, null, Tiv.NoDeliveries, Percent(Tiv.NoDeliveries), 1)).ToList();
        var rest = Partners.Where(row => !partners.Contains(row.Partner!)).ToList();
        var others = Tiv.Sum(rest.Select(r => r.Volume));
        rows.Add(new PartnerShare(null, null, others, Percent(others), rest.Count));
        return [.. rows];
    }

    internal static string Format(Tiv value) => value.ToString("G", null);

    internal static string FormatPercent(double? percent) => percent is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a";

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>Ranks partners by volume, largest first, ties by name; equal volumes share a rank (1, 2, 2, 4).</summary>
    internal static List<(Actor Partner, int Rank, Tiv Volume)> Rank(IEnumerable<(Actor Partner, Tiv Volume)> partners)
    {
        var sorted = partners.OrderByDescending(p => p.Volume.Millions).ThenBy(p => p.Partner.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var ranked = new List<(Actor, int, Tiv)>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var rank = i > 0 && sorted[i].Volume.Millions == sorted[i - 1].Volume.Millions ? ranked[i - 1].Item2 : i + 1;
            ranked.Add((sorted[i].Partner, rank, sorted[i].Volume));
        }
        return ranked;
    }
}
