using System.Globalization;
using TradeArms.Sipri;

namespace TradeArms.Register;

public sealed partial class TradeRegister
{
    /// <summary>Does the register give deliveries year by year (the by-delivery-year export)?</summary>
    public bool HasYearlyDeliveries => Format == RegisterFormat.ByDeliveryYear;

    /// <summary>
    /// The deliveries summed into TIV by supplier, recipient and delivery year: the same kind of data as SIPRI's TIV
    /// tables, with the register's decimals kept (not rounded to whole numbers). The years covered run from the first
    /// to the last delivery year of the register.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// The register is a full register: it lists each deal's delivery years but not the TIV delivered in each year.
    /// </exception>
    public ArmsTransfers ToArmsTransfers()
    {
        RequireYearlyDeliveries();
        var deliveries = Deals.SelectMany(d => d.Deliveries.Select(x => (d.Supplier, d.Recipient, x))).ToList();
        var builder = deliveries.Count == 0 ? new ArmsTransfersBuilder()
            : new ArmsTransfersBuilder(new YearRange(deliveries.Min(d => d.x.Year), deliveries.Max(d => d.x.Year)));
        foreach (var (supplier, recipient, delivery) in deliveries)
        {
            builder.Accumulate(supplier, recipient, delivery.Year, delivery.Tiv);
        }
        foreach (var source in Sources)
        {
            builder.AddSource(source);
        }
        builder.AddNote("Summed from the deliveries of SIPRI's Trade Register (by-delivery-year export); values keep the register's decimals.");
        return builder.Build(includeTotals: false);
    }

    /// <summary>
    /// Compares every total of a SIPRI importer or exporter table with the sum of this register's deliveries it
    /// covers (see <see cref="TotalReconciliation"/> for the rounding rule). Actors with deliveries in the register but
    /// no row in the table are compared with an empty published cell. Filter on
    /// <see cref="TotalReconciliation.WithinRounding"/> for the differences.
    /// </summary>
    /// <exception cref="InvalidOperationException">The register is a full register (no TIV by year).</exception>
    public IReadOnlyList<TotalReconciliation> ReconcileWith(SipriTotalsTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        RequireYearlyDeliveries();
        var byImports = table.Side == TotalSide.RecipientImports;
        var sums = new Dictionary<(Actor? Actor, int? Year), (Tiv Sum, int Rows)>();
        void Add(Actor? actor, int? year, Tiv value)
        {
            var key = (actor, year);
            sums[key] = sums.TryGetValue(key, out var s) ? (s.Sum + value, s.Rows + 1) : (value, 1);
        }
        foreach (var deal in Deals)
        {
            var actor = byImports ? deal.Recipient : deal.Supplier;
            foreach (var d in deal.Deliveries.Where(d => table.Years.Contains(d.Year)))
            {
                Add(actor, d.Year.Year, d.Tiv);
                Add(actor, null, d.Tiv);
                Add(null, d.Year.Year, d.Tiv);
                Add(null, null, d.Tiv);
            }
        }
        var checks = new List<TotalReconciliation>(table.Totals.Length);
        var covered = new HashSet<(Actor?, int?)>();
        foreach (var total in table.Totals)
        {
            var actor = total.Side == TotalSide.World ? null : byImports ? total.Recipient : total.Supplier;
            var key = (actor, total.Year?.Year);
            covered.Add(key);
            var (sum, rows) = sums.TryGetValue(key, out var s) ? s : (Tiv.NoDeliveries, 0);
            checks.Add(new TotalReconciliation(total, sum, rows));
        }
        var name = Path.GetFileName(table.Source.Location ?? "table");
        foreach (var ((actor, year), (sum, rows)) in sums.Where(s => !covered.Contains(s.Key)).OrderBy(s => s.Key.Actor).ThenBy(s => s.Key.Year ?? int.MaxValue))
        {
            var missing = new PublishedTotal(actor is null ? TotalSide.World : table.Side, byImports ? null : actor, byImports ? actor : null,
                year is int y ? new CalendarYear(y) : null, Tiv.NoDeliveries,
                string.Create(CultureInfo.InvariantCulture, $"{name}: no cell for {actor?.Name ?? "the world"} {year?.ToString(CultureInfo.InvariantCulture) ?? "all years"}"));
            checks.Add(new TotalReconciliation(missing, sum, rows));
        }
        return checks;
    }

    private void RequireYearlyDeliveries()
    {
        if (!HasYearlyDeliveries)
        {
            throw new InvalidOperationException(
                "The full register lists each deal's delivery years but not the TIV delivered in each year. Read SIPRI's by-delivery-year export of the register for TIV by year.");
        }
    }
}
