using System.Globalization;

namespace TradeArms;

/// <summary>
/// A named price index by calendar year (a GDP deflator, SIPRI's implied deflator), the only way money moves between
/// price bases: <see cref="ToConstant"/> (current to constant prices of a base year), <see cref="ToCurrent"/> and
/// <see cref="Rebase"/> (constant prices of one base year to another). Every converted amount is only as good as the
/// named series, which is why the series is named and there is no implicit conversion anywhere.
/// </summary>
/// <remarks>
/// With index <c>D</c>: constant (b) = current(y) x D(b) / D(y); rebasing constant (b1) to constant (b2) multiplies by
/// D(b2) / D(b1). The index's own reference year (where it is 100) does not matter.
/// </remarks>
public sealed class Deflator
{
    private readonly SortedDictionary<int, double> _index;

    /// <summary>Creates a deflator.</summary>
    /// <param name="name">What the series is, e.g. <c>FRED GDPDEF (US GDP implicit price deflator), annual mean</c>.</param>
    /// <param name="currency">The ISO 4217 currency whose prices it measures (<c>USD</c>); null when it applies to any amount the caller chooses.</param>
    /// <param name="source">Where the series comes from.</param>
    /// <param name="index">The index by calendar year; each value finite and positive.</param>
    /// <exception cref="ArgumentException">The name is empty, the index empty, or a value not finite and positive.</exception>
    public Deflator(string name, string? currency, DataSource source, IEnumerable<KeyValuePair<int, double>> index)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(index);
        _index = new SortedDictionary<int, double>();
        foreach (var (year, value) in index)
        {
            if (!double.IsFinite(value) || value <= 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"The deflator '{name}' has {value} for {year}: an index value must be finite and positive."), nameof(index));
            }
            if (!_index.TryAdd(year, value))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The deflator '{name}' has two values for {year}."), nameof(index));
            }
        }
        if (_index.Count == 0)
        {
            throw new ArgumentException($"The deflator '{name}' has no values.", nameof(index));
        }
        Name = name;
        Currency = currency?.ToUpperInvariant();
        Source = source;
    }

    /// <summary>What the series is.</summary>
    public string Name { get; }

    /// <summary>The currency whose prices it measures; null when not tied to one.</summary>
    public string? Currency { get; }

    /// <summary>Where the series comes from.</summary>
    public DataSource Source { get; }

    /// <summary>The index by year, in year order.</summary>
    public IReadOnlyDictionary<int, double> Index => _index;

    /// <summary>The years covered (there may be gaps inside).</summary>
    public YearRange Years => new(_index.Keys.First(), _index.Keys.Last());

    /// <summary>The index value for <paramref name="year"/>.</summary>
    /// <exception cref="DataCoverageException">The series has no value for the year.</exception>
    public double this[int year] => _index.TryGetValue(year, out var v) ? v
        : throw new DataCoverageException(string.Create(CultureInfo.InvariantCulture,
            $"The deflator '{Name}' has no value for {year} (it covers {Years}); the amount cannot be converted."));

    /// <summary>Converts an amount at current prices of <paramref name="year"/> to constant prices of <paramref name="baseYear"/>.</summary>
    /// <exception cref="UnitMismatchException">The amount is not at current prices, or in another currency than the deflator's.</exception>
    /// <exception cref="DataCoverageException">The series lacks one of the two years.</exception>
    public Money ToConstant(Money current, int year, int baseYear)
    {
        CheckCurrency(current);
        if (!current.Unit.Basis.IsCurrent)
        {
            throw new UnitMismatchException($"ToConstant expects an amount at current prices, found {current}: use Rebase for constant amounts.");
        }
        return Scaled(current, this[baseYear] / this[year], current.Unit.WithBasis(PriceBasis.Constant(baseYear)));
    }

    /// <summary>Converts an amount at constant prices to current prices of <paramref name="year"/>.</summary>
    /// <exception cref="UnitMismatchException">The amount is at current prices, or in another currency than the deflator's.</exception>
    /// <exception cref="DataCoverageException">The series lacks one of the two years.</exception>
    public Money ToCurrent(Money constant, int year)
    {
        CheckCurrency(constant);
        var baseYear = constant.Unit.Basis.BaseYear
            ?? throw new UnitMismatchException($"ToCurrent expects an amount at constant prices, found {constant}.");
        return Scaled(constant, this[year] / this[baseYear], constant.Unit.WithBasis(PriceBasis.Current));
    }

    /// <summary>Restates an amount at constant prices of one base year in constant prices of <paramref name="newBaseYear"/>.</summary>
    /// <exception cref="UnitMismatchException">The amount is at current prices, or in another currency than the deflator's.</exception>
    /// <exception cref="DataCoverageException">The series lacks one of the two base years.</exception>
    public Money Rebase(Money constant, int newBaseYear)
    {
        CheckCurrency(constant);
        var baseYear = constant.Unit.Basis.BaseYear
            ?? throw new UnitMismatchException($"Rebase expects an amount at constant prices, found {constant}: use ToConstant for current amounts.");
        return Scaled(constant, RebaseFactor(baseYear, newBaseYear), constant.Unit.WithBasis(PriceBasis.Constant(newBaseYear)));
    }

    /// <summary>The factor D(<paramref name="newBaseYear"/>) / D(<paramref name="oldBaseYear"/>) that <see cref="Rebase"/> applies.</summary>
    /// <exception cref="DataCoverageException">The series lacks one of the two years.</exception>
    public double RebaseFactor(int oldBaseYear, int newBaseYear) => this[newBaseYear] / this[oldBaseYear];

    /// <summary>The same series scaled so that <paramref name="year"/> = 100.</summary>
    /// <exception cref="DataCoverageException">The series has no value for the year.</exception>
    public Deflator ReferencedTo(int year)
    {
        var at = this[year];
        return new Deflator(string.Create(CultureInfo.InvariantCulture, $"{Name}, {year} = 100"), Currency, Source,
            _index.Select(p => KeyValuePair.Create(p.Key, p.Value / at * 100)));
    }

    /// <summary>The name.</summary>
    public override string ToString() => Name;

    private void CheckCurrency(Money amount)
    {
        if (Currency is { } c && amount.Unit.Currency != c)
        {
            throw new UnitMismatchException($"The deflator '{Name}' measures {c} prices and cannot convert {amount}.");
        }
    }

    private static Money Scaled(Money amount, double factor, MoneyUnit unit) =>
        new(amount.Amount * (decimal)factor, unit);
}
