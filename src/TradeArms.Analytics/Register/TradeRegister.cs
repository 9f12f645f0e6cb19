using System.Collections.Immutable;
using System.Globalization;

namespace TradeArms.Register;

/// <summary>
/// SIPRI's Trade Register as read from one release: every deal with its weapon, numbers, years, status, comments and
/// TIV, plus what the reader repaired and noticed. Built by <see cref="TradeRegisterReader"/>; immutable.
/// </summary>
/// <remarks>
/// The register is the whole database, so it is not shipped with the library (SIPRI's terms): read your own
/// download. Cite it with <see cref="Source"/>, whose generation date identifies the release.
/// </remarks>
public sealed partial class TradeRegister
{
    internal TradeRegister(RegisterFormat format, ImmutableArray<ArmsDeal> deals, ImmutableArray<DataSource> sources,
        ImmutableArray<string> titles, ImmutableArray<LineRepair> repairs, ImmutableArray<string> notes)
    {
        Format = format;
        Deals = deals;
        Sources = sources;
        Titles = titles;
        Repairs = repairs;
        Notes = notes;
        Suppliers = [.. deals.Select(d => d.Supplier).Distinct().Order()];
        Recipients = [.. deals.Select(d => d.Recipient).Distinct().Order()];
    }

    /// <summary>Which of SIPRI's exports the register was read from.</summary>
    public RegisterFormat Format { get; }

    /// <summary>Every deal, in file order.</summary>
    public ImmutableArray<ArmsDeal> Deals { get; }

    /// <summary>The number of deals.</summary>
    public int Count => Deals.Length;

    /// <summary>Each file read, with SIPRI's generation date.</summary>
    public ImmutableArray<DataSource> Sources { get; }

    /// <summary>
    /// The source to cite: SIPRI's credit line with the generation date, or every distinct date when the files were
    /// generated on different days.
    /// </summary>
    public DataSource Source
    {
        get
        {
            var dates = Sources.Select(s => s.Generated).OfType<DateOnly>().Distinct().Order().ToList();
            var first = Sources[0];
            return dates.Count <= 1
                ? first with { Location = Sources.Length == 1 ? first.Location : null }
                : first with
                {
                    Generated = null,
                    Location = null,
                    Vintage = "Generated: " + string.Join(" and ", dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
                };
        }
    }

    /// <summary>The title line of each file, which states SIPRI's selection (e.g. <c>... for year range '1990' to '2023'</c>).</summary>
    public ImmutableArray<string> Titles { get; }

    /// <summary>Records that were broken across lines and joined (see <see cref="TradeRegisterReader"/>).</summary>
    public ImmutableArray<LineRepair> Repairs { get; }

    /// <summary>What the reader noticed and how it read it (interpretations, unknown names, unstated flags).</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>Every supplier, by name.</summary>
    public ImmutableArray<Actor> Suppliers { get; }

    /// <summary>Every recipient, by name.</summary>
    public ImmutableArray<Actor> Recipients { get; }

    /// <summary>Does the register give an armament category per deal (the by-delivery-year export does; the full register does not)?</summary>
    public bool HasCategories => Format == RegisterFormat.ByDeliveryYear;

    /// <summary>Does the register give the number ordered (the full register does; the by-delivery-year export does not)?</summary>
    public bool HasNumbersOrdered => Format == RegisterFormat.Full;

    /// <summary>The deals meeting every condition of <paramref name="query"/>, as a result every renderer serves (<see cref="Select"/>'s deals).</summary>
    /// <exception cref="ArgumentException">The query asks for something this register's format does not give (a category, open orders).</exception>
    public DealSelection Query(DealQuery query) => new(this, query, Select(query));

    /// <summary>The deals meeting every condition of <paramref name="query"/>, in file order.</summary>
    /// <exception cref="ArgumentException">The query asks for something this register's format does not give (a category, open orders).</exception>
    public ImmutableArray<ArmsDeal> Select(DealQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Category is not null && !HasCategories)
        {
            throw new ArgumentException(
                "This register has no armament categories: SIPRI's full register export has no category column. Read SIPRI's by-delivery-year export to select by category.",
                nameof(query));
        }
        if (query.OpenOrdersOnly && !HasNumbersOrdered)
        {
            throw new ArgumentException(
                "Open orders need the number ordered, which SIPRI's by-delivery-year export does not give. Read SIPRI's full register export.",
                nameof(query));
        }
        return [.. Deals.Where(query.Matches)];
    }

    /// <summary>The deals of a supplier.</summary>
    public ImmutableArray<ArmsDeal> BySupplier(Actor supplier)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        return Select(new DealQuery { Supplier = supplier });
    }

    /// <summary>The deals of a recipient.</summary>
    public ImmutableArray<ArmsDeal> ByRecipient(Actor recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return Select(new DealQuery { Recipient = recipient });
    }

    /// <summary>The deals between a supplier and a recipient.</summary>
    public ImmutableArray<ArmsDeal> Between(Actor supplier, Actor recipient)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        ArgumentNullException.ThrowIfNull(recipient);
        return Select(new DealQuery { Supplier = supplier, Recipient = recipient });
    }

    /// <summary>The deals of an armament category (<c>Aircraft</c>, <c>Engines</c>, ...), ignoring case.</summary>
    /// <exception cref="ArgumentException">The register has no categories (<see cref="HasCategories"/>).</exception>
    public ImmutableArray<ArmsDeal> InCategory(string category)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        return Select(new DealQuery { Category = category });
    }

    /// <summary>The deals ordered in a range of years (both ends included).</summary>
    public ImmutableArray<ArmsDeal> OrderedIn(YearRange years) => Select(new DealQuery { OrderYears = years });

    /// <summary>The deals with at least one delivery in a range of years (both ends included).</summary>
    public ImmutableArray<ArmsDeal> DeliveredIn(YearRange years) => Select(new DealQuery { DeliveryYears = years });

    /// <summary>The open orders: ordered but not fully delivered (see <see cref="ArmsDeal.IsOpenOrder"/>).</summary>
    /// <exception cref="ArgumentException">The register has no numbers ordered (<see cref="HasNumbersOrdered"/>).</exception>
    public ImmutableArray<ArmsDeal> OpenOrders() => Select(new DealQuery { OpenOrdersOnly = true });

    /// <summary>Finds an actor of this register or the catalogue by name, alias or ISO code.</summary>
    /// <exception cref="ActorNotFoundException">No actor has that name.</exception>
    public Actor Actor(string nameOrCode)
    {
        ArgumentNullException.ThrowIfNull(nameOrCode);
        var name = nameOrCode.Trim();
        var match = Suppliers.Concat(Recipients).FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
        return match ?? ActorCatalog.Default.Find(nameOrCode);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"SIPRI Trade Register ({(Format == RegisterFormat.Full ? "full" : "by delivery year")}): {Count} deals, {Suppliers.Length} suppliers, {Recipients.Length} recipients ({Source.Vintage ?? "vintage not stated"})");
}
