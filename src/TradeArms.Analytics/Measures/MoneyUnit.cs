using System.Text.RegularExpressions;

namespace TradeArms;

/// <summary>
/// The unit of a money amount: a currency (ISO 4217 code), a scale and a <see cref="PriceBasis"/>, e.g. US$ million
/// at current prices or constant (2023) US$ million. Amounts in different units, including the same currency on
/// different price bases, never add up silently.
/// </summary>
/// <remarks>
/// A unit created without a basis is at current prices (trade tables and IMF DOTS state current US$); its label
/// stays <c>US$ million</c>, and <see cref="Description"/> states the basis in words.
/// </remarks>
public readonly partial record struct MoneyUnit
{
    /// <summary>Creates a unit.</summary>
    /// <param name="currency">An ISO 4217 code of three letters, e.g. <c>USD</c>, <c>PKR</c>.</param>
    /// <param name="scale">The scale.</param>
    /// <exception cref="ArgumentException">The code is not three letters.</exception>
    public MoneyUnit(string currency, MoneyScale scale)
        : this(currency, scale, PriceBasis.Current)
    {
    }

    /// <summary>Creates a unit on a stated price basis.</summary>
    /// <param name="currency">An ISO 4217 code of three letters, e.g. <c>USD</c>, <c>PKR</c>.</param>
    /// <param name="scale">The scale.</param>
    /// <param name="basis">Current prices or constant prices of a base year.</param>
    /// <exception cref="ArgumentException">The code is not three letters.</exception>
    public MoneyUnit(string currency, MoneyScale scale, PriceBasis basis)
    {
        ArgumentNullException.ThrowIfNull(currency);
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetter) || string.Equals(currency, "TIV", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Expected an ISO 4217 currency code of three letters such as 'USD', found '{currency}'.", nameof(currency));
        }
        if (!Enum.IsDefined(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "Unknown money scale.");
        }
        Currency = currency.ToUpperInvariant();
        Scale = scale;
        Basis = basis;
    }

    /// <summary>US$ million, the unit of most published trade tables and of IMF DOTS.</summary>
    public static MoneyUnit UsDollarMillions { get; } = new("USD", MoneyScale.Millions);

    /// <summary>Constant US$ million of <paramref name="baseYear"/>, e.g. SIPRI's constant (2023) US$ m.</summary>
    public static MoneyUnit ConstantUsDollarMillions(int baseYear) => new("USD", MoneyScale.Millions, PriceBasis.Constant(baseYear));

    /// <summary>The price basis: current prices, or constant prices of a base year.</summary>
    public PriceBasis Basis { get; }

    /// <summary>The same currency and scale on another price basis (the amounts are not converted: see <see cref="Deflator"/>).</summary>
    public MoneyUnit WithBasis(PriceBasis basis) => new(Currency, Scale, basis);

    /// <summary>The unit with its price basis in words: <c>US$ million, current prices</c>, <c>constant (2023) US$ million</c>.</summary>
    public string Description => Basis.IsCurrent ? ToString() + ", current prices" : ToString();

    /// <summary>The ISO 4217 currency code.</summary>
    public string Currency { get; }

    /// <summary>The scale of amounts.</summary>
    public MoneyScale Scale { get; }

    /// <summary>
    /// For example <c>US$ million</c> or <c>PKR thousand</c> (current prices), or <c>constant (2023) US$ million</c>.
    /// </summary>
    public override string ToString()
    {
        var symbol = Currency == "USD" ? "US$" : Currency;
        var scale = Scale switch
        {
            MoneyScale.Units => "",
            MoneyScale.Thousands => " thousand",
            MoneyScale.Millions => " million",
            MoneyScale.Billions => " billion",
            _ => "",
        };
        return Basis.BaseYear is { } y
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"constant ({y:0000}) {symbol}{scale}")
            : symbol + scale;
    }

    /// <summary>
    /// Parses a unit as tables print it: <c>US$ million</c>, <c>USD million</c>, <c>US$ Million</c>, <c>USD mn</c>,
    /// <c>US$ m</c>, <c>PKR thousand</c>, <c>USD bn</c> (case-insensitive), all at current prices; with a price basis,
    /// <c>constant (2023) US$ million</c>, <c>constant (2023) US$ m.</c> or <c>current US$ million</c>.
    /// </summary>
    /// <exception cref="FormatException">The text is not a currency and scale.</exception>
    public static MoneyUnit Parse(string text) => TryParse(text, out var unit) ? unit
        : throw new FormatException($"Expected a money unit such as 'US$ million' or 'USD million', found '{text}'.");

    /// <summary>Tries to parse a unit (see <see cref="Parse"/>).</summary>
    public static bool TryParse(string? text, out MoneyUnit unit)
    {
        unit = default;
        if (text is null)
        {
            return false;
        }
        var t = text.Trim();
        var basis = PriceBasis.Current;
        var b = BasisPattern().Match(t);
        if (b.Success)
        {
            if (b.Groups["year"].Success)
            {
                var year = int.Parse(b.Groups["year"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
                if (year < 1)
                {
                    return false;
                }
                basis = PriceBasis.Constant(year);
            }
            t = t[b.Length..].Trim();
        }
        t = t.TrimEnd('.');
        var m = UnitPattern().Match(t);
        if (!m.Success)
        {
            return false;
        }
        var currency = m.Groups["cur"].Value.ToUpperInvariant() switch
        {
            "US$" or "$" or "US DOLLARS" or "US DOLLAR" => "USD",
            var c => c,
        };
        // SIPRI's TIV is a volume indicator, not a currency: "TIV million" is never money.
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetter) || currency == "TIV")
        {
            return false;
        }
        var scale = m.Groups["scale"].Value.ToUpperInvariant() switch
        {
            "" => MoneyScale.Units,
            "THOUSAND" or "THOUSANDS" or "K" or "TH" => MoneyScale.Thousands,
            "MILLION" or "MILLIONS" or "MN" or "M" or "MLN" => MoneyScale.Millions,
            "BILLION" or "BILLIONS" or "BN" or "B" => MoneyScale.Billions,
            _ => (MoneyScale)(-1),
        };
        if (!Enum.IsDefined(scale))
        {
            return false;
        }
        unit = new MoneyUnit(currency, scale, basis);
        return true;
    }

    [GeneratedRegex(@"^(?:current\s+|constant\s*\((?<year>\d{4})\)\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BasisPattern();

    [GeneratedRegex(@"^(?<cur>US\$|\$|US dollars?|[A-Za-z]{3})\s*,?\s*(?<scale>[A-Za-z]*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitPattern();
}
