using System.Text.RegularExpressions;

namespace TradeArms;

/// <summary>
/// The unit of a money amount: a currency (ISO 4217 code) and a scale, e.g. US$ million. Amounts in different
/// units never add up silently.
/// </summary>
public readonly partial record struct MoneyUnit
{
    /// <summary>Creates a unit.</summary>
    /// <param name="currency">An ISO 4217 code of three letters, e.g. <c>USD</c>, <c>PKR</c>.</param>
    /// <param name="scale">The scale.</param>
    /// <exception cref="ArgumentException">The code is not three letters.</exception>
    public MoneyUnit(string currency, MoneyScale scale)
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
    }

    /// <summary>US$ million, the unit of most published trade tables and of IMF DOTS.</summary>
    public static MoneyUnit UsDollarMillions { get; } = new("USD", MoneyScale.Millions);

    /// <summary>The ISO 4217 currency code.</summary>
    public string Currency { get; }

    /// <summary>The scale of amounts.</summary>
    public MoneyScale Scale { get; }

    /// <summary>For example <c>US$ million</c> or <c>PKR thousand</c>.</summary>
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
        return symbol + scale;
    }

    /// <summary>
    /// Parses a unit as tables print it: <c>US$ million</c>, <c>USD million</c>, <c>US$ Million</c>, <c>USD mn</c>,
    /// <c>US$ m</c>, <c>PKR thousand</c>, <c>USD bn</c> (case-insensitive).
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
        var m = UnitPattern().Match(text.Trim());
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
        unit = new MoneyUnit(currency, scale);
        return true;
    }

    [GeneratedRegex(@"^(?<cur>US\$|\$|US dollars?|[A-Za-z]{3})\s*,?\s*(?<scale>[A-Za-z]*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitPattern();
}
