using System.Collections.Immutable;
using System.Globalization;

namespace TradeArms.Sipri;

/// <summary>
/// TIV by calendar year for a selection of SIPRI data: one pair, a recipient's imports from all suppliers, a
/// supplier's exports to all recipients, or the world. Every year of <see cref="Years"/> has a value; a year with no
/// deliveries has <see cref="Tiv.NoDeliveries"/>, a year SIPRI printed as <c>0</c> has <see cref="Tiv.BelowHalf"/>, and
/// a year in which the supplier or the recipient did not exist has <see cref="Tiv.DidNotExist"/> (see <see cref="Actor.Lifetime"/>).
/// </summary>
public sealed partial class TivSeries
{
    internal TivSeries(Actor? supplier, Actor? recipient, YearRange years, ImmutableArray<Tiv> values, DataSource source)
    {
        if (values.Length != years.Count)
        {
            throw new ArgumentException("One value per year is required.", nameof(values));
        }
        Supplier = supplier;
        Recipient = recipient;
        Years = years;
        Values = values;
        Source = source;
    }

    /// <summary>The supplier, or null for all suppliers.</summary>
    public Actor? Supplier { get; }

    /// <summary>The recipient, or null for all recipients.</summary>
    public Actor? Recipient { get; }

    /// <summary>The years covered, both ends included.</summary>
    public YearRange Years { get; }

    /// <summary>One value per year of <see cref="Years"/>.</summary>
    public ImmutableArray<Tiv> Values { get; }

    /// <summary>Citation and vintage.</summary>
    public DataSource Source { get; }

    /// <summary>The value of a year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="Years"/>.</exception>
    public Tiv this[CalendarYear year] => Years.Contains(year) ? Values[year.Year - Years.First.Year]
        : throw new ArgumentOutOfRangeException(nameof(year), year.Year, $"The series covers {Years}.");

    /// <summary>The sum over all years.</summary>
    public Tiv Total => Tiv.Sum(Values);

    /// <summary>The sum over a window (which must lie inside <see cref="Years"/>).</summary>
    /// <exception cref="WindowOutsideDataException">The window reaches outside the series.</exception>
    public Tiv TotalOver(YearRange window) =>
        Tiv.Sum(WindowOutsideDataException.ThrowIfOutside(window, Years, "the series " + Label).Select(y => this[y]));

    /// <summary>
    /// The years of the series in which the selected actors existed (all of <see cref="Years"/> unless a supplier or
    /// recipient has a lifetime, see <see cref="Actor.Lifetime"/>); null when they existed in none of them.
    /// </summary>
    public YearRange? ExistingYears
    {
        get
        {
            var existing = Years.Where(y => this[y].Existed).ToList();
            return existing.Count == 0 ? null : new YearRange(existing[0], existing[^1]);
        }
    }

    /// <summary>The year of the largest value (the earliest of equal ones); null when no year has deliveries.</summary>
    public CalendarYear? PeakYear => Points.Where(p => p.Value.HasDeliveries)
        .OrderByDescending(p => p.Value.Millions).ThenBy(p => p.Year).Select(p => (CalendarYear?)p.Year).FirstOrDefault();

    /// <summary>(year, value) pairs in order.</summary>
    public IEnumerable<(CalendarYear Year, Tiv Value)> Points => Years.Select(y => (y, this[y]));

    /// <summary>A short description, e.g. <c>Russia -> India, 1992-2021, TIV million</c>.</summary>
    public string Label => $"{Supplier?.Name ?? "All suppliers"} -> {Recipient?.Name ?? "all recipients"}, {Years}, {Tiv.UnitLabel}";

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Label}: total {Total.Millions:0.##}");
}
