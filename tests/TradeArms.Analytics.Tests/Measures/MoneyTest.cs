namespace TradeArms.Tests.Measures;

public class MoneyTest
{
    [Fact]
    public void Add_SameUnit_Adds() =>
        Assert.Equal(Money.UsDollarMillions(345.99m), Money.UsDollarMillions(183.57m) + Money.UsDollarMillions(162.42m));

    [Fact]
    public void Subtract_SameUnit_GivesBalance() =>
        Assert.Equal(-69.86m, (Money.UsDollarMillions(207.31m) - Money.UsDollarMillions(277.17m)).Amount);

    [Fact]
    public void Add_DifferentScale_ThrowsUnitMismatch()
    {
        var thousands = new Money(1000m, new MoneyUnit("USD", MoneyScale.Thousands));
        var e = Assert.Throws<UnitMismatchException>(() => Money.UsDollarMillions(1m) + thousands);
        Assert.Equal("Cannot combine with '+' 1 US$ million and 1000 US$ thousand: the units differ (US$ million vs US$ thousand). Convert one of them first.", e.Message);
    }

    [Fact]
    public void Add_DifferentCurrency_ThrowsUnitMismatch() =>
        Assert.Throws<UnitMismatchException>(() => Money.UsDollarMillions(1m) + new Money(1m, new MoneyUnit("PKR", MoneyScale.Millions)));

    [Fact]
    public void Compare_DifferentUnit_Throws() =>
        Assert.Throws<UnitMismatchException>(() => Money.UsDollarMillions(1m) < new Money(1m, new MoneyUnit("EUR", MoneyScale.Millions)));

    [Fact]
    public void ToString_UsesInvariantDecimalPointUnderGermanCulture() =>
        Assert.Equal("183.57 US$ million", Money.UsDollarMillions(183.57m).ToString());

    [Theory]
    [InlineData("US$ million", "USD", MoneyScale.Millions)]
    [InlineData("US$ Million", "USD", MoneyScale.Millions)]
    [InlineData("USD mn", "USD", MoneyScale.Millions)]
    [InlineData("usd m", "USD", MoneyScale.Millions)]
    [InlineData("PKR thousand", "PKR", MoneyScale.Thousands)]
    [InlineData("EUR bn", "EUR", MoneyScale.Billions)]
    [InlineData("USD", "USD", MoneyScale.Units)]
    public void UnitParse_CommonSpellings(string text, string currency, MoneyScale scale)
    {
        var unit = MoneyUnit.Parse(text);
        Assert.Equal(currency, unit.Currency);
        Assert.Equal(scale, unit.Scale);
    }

    [Theory]
    [InlineData("TIV million")]
    [InlineData("dollars")]
    [InlineData("US$ lakh")]
    [InlineData("")]
    public void UnitTryParse_NotMoney_ReturnsFalse(string text) => Assert.False(MoneyUnit.TryParse(text, out _));

    [Fact]
    public void UnitToString_UsDollarMillions() => Assert.Equal("US$ million", MoneyUnit.UsDollarMillions.ToString());

    [Fact]
    public void MoneyAndTiv_HaveNoCommonArithmetic()
    {
        // Compile-time guarantee, checked by reflection: no operator takes both a Money and a Tiv.
        var operators = typeof(Money).GetMethods().Concat(typeof(Tiv).GetMethods())
            .Where(m => m.Name.StartsWith("op_", StringComparison.Ordinal))
            .Where(m => m.GetParameters().Select(p => p.ParameterType).Distinct().Count() > 1);
        Assert.DoesNotContain(operators, m => m.GetParameters().Any(p => p.ParameterType == typeof(Money)) && m.GetParameters().Any(p => p.ParameterType == typeof(Tiv)));
        Assert.DoesNotContain(typeof(Money).GetMethods(), m => m.Name == "op_Addition" && m.GetParameters().Any(p => p.ParameterType == typeof(decimal)));
    }
}
