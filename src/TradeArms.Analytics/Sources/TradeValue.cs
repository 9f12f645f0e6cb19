using System.Globalization;

namespace TradeArms.Sources;

/// <summary>
/// A trade value as a source states it: the amount with its currency and scale (US$, US$ thousand, US$ million), how it
/// is valued (FOB, CIF, Comtrade's primary value) and whether the source flags it as an estimate.
/// </summary>
/// <param name="Value">The amount, currency and scale.</param>
/// <param name="Valuation">FOB, CIF, primary or unspecified.</param>
/// <param name="Estimated">True when the source flags the value as estimated (SDMX <c>OBS_STATUS</c> E).</param>
public readonly record struct TradeValue(Money Value, Valuation Valuation, bool Estimated = false)
{
    /// <summary>The amount in US$ millions, converted from the stated scale (only for US$ values).</summary>
    /// <exception cref="InvalidOperationException">The currency is not US$.</exception>
    public Money InUsDollarMillions()
    {
        if (Value.Unit.Currency != "USD")
        {
            throw new InvalidOperationException($"{Value} is not in US$: convert its currency first.");
        }
        var factor = (int)Value.Unit.Scale - (int)MoneyScale.Millions;
        var amount = Value.Amount;
        for (var i = 0; i < Math.Abs(factor); i++)
        {
            amount = factor > 0 ? amount * 10 : amount / 10;
        }
        return Money.UsDollarMillions(amount);
    }

    /// <summary>For example <c>3413278053 US$ (CIF)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Value} ({Valuation.ToString().ToUpperInvariant()}{(Estimated ? ", estimated" : "")})");
}
