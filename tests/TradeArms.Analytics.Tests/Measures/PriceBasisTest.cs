namespace TradeArms.Tests.Measures;

public class PriceBasisTest
{
    private static readonly MoneyUnit Constant2023 = MoneyUnit.ConstantUsDollarMillions(2023);
    private static readonly MoneyUnit Constant2022 = MoneyUnit.ConstantUsDollarMillions(2022);

    [Fact]
    public void ExistingUnits_AreCurrentPrices_AndSaySo()
    {
        Assert.True(MoneyUnit.UsDollarMillions.Basis.IsCurrent);
        Assert.Equal(PriceBasis.Current, new MoneyUnit("PKR", MoneyScale.Thousands).Basis);
        Assert.Equal("US$ million", MoneyUnit.UsDollarMillions.ToString());
        Assert.Equal("US$ million, current prices", MoneyUnit.UsDollarMillions.Description);
        Assert.Equal("constant (2023) US$ million", Constant2023.ToString());
        Assert.Equal("constant (2023) US$ million", Constant2023.Description);
        Assert.Equal("constant (2023) prices", Constant2023.Basis.ToString());
    }

    [Fact]
    public void Add_CurrentAndConstant_ThrowsUnitMismatch()
    {
        var e = Assert.Throws<UnitMismatchException>(() => Money.UsDollarMillions(1m) + new Money(2m, Constant2023));
        Assert.Equal("Cannot combine with '+' 1 US$ million and 2 constant (2023) US$ million: the units differ (US$ million vs constant (2023) US$ million). Convert one of them first.", e.Message);
    }

    [Fact]
    public void Subtract_TwoBaseYears_ThrowsUnitMismatch()
    {
        var e = Assert.Throws<UnitMismatchException>(() => new Money(83623.14m, Constant2023) - new Money(83334.46m, Constant2022));
        Assert.Equal("Cannot combine with '-' 83623.14 constant (2023) US$ million and 83334.46 constant (2022) US$ million: the units differ (constant (2023) US$ million vs constant (2022) US$ million). Convert one of them first.", e.Message);
    }

    [Fact]
    public void Compare_TwoBaseYears_Throws() =>
        Assert.Throws<UnitMismatchException>(() => new Money(1m, Constant2023) < new Money(1m, Constant2022));

    [Fact]
    public void Add_SameBaseYear_Adds() =>
        Assert.Equal(new Money(3m, Constant2023), new Money(1m, Constant2023) + new Money(2m, Constant2023));

    [Theory]
    [InlineData("constant (2023) US$ m.", 2023)]
    [InlineData("Constant (2022) US$ million", 2022)]
    [InlineData("constant(2015) USD mn", 2015)]
    public void Parse_ConstantUnits(string text, int baseYear)
    {
        var unit = MoneyUnit.Parse(text);
        Assert.Equal(MoneyUnit.ConstantUsDollarMillions(baseYear), unit);
    }

    [Theory]
    [InlineData("current US$ million")]
    [InlineData("US$ m.")]
    public void Parse_CurrentUnits(string text) => Assert.Equal(MoneyUnit.UsDollarMillions, MoneyUnit.Parse(text));

    [Theory]
    [InlineData("constant () US$ m")]
    [InlineData("constant (2023)")]
    [InlineData("constant (2023) TIV million")]
    public void Parse_BadConstantUnits_Fail(string text) => Assert.False(MoneyUnit.TryParse(text, out _));

    private static Deflator Hand() => new("hand index", "USD", new DataSource("test"),
        [KeyValuePair.Create(2020, 100.0), KeyValuePair.Create(2022, 110.0), KeyValuePair.Create(2023, 121.0)]);

    [Fact]
    public void ToConstant_HandComputed()
    {
        // 220 at 2022 prices in 2023 prices: 220 x 121 / 110 = 242.
        var c = Hand().ToConstant(Money.UsDollarMillions(220m), 2022, 2023);
        Assert.Equal(new Money(242m, Constant2023), new Money(Math.Round(c.Amount, 10), c.Unit));
    }

    [Fact]
    public void ToCurrent_AndRebase_HandComputed()
    {
        var d = Hand();
        var current = d.ToCurrent(new Money(242m, Constant2023), 2020);
        Assert.Equal(200m, Math.Round(current.Amount, 10));
        Assert.True(current.Unit.Basis.IsCurrent);
        var rebased = d.Rebase(new Money(121m, Constant2023), 2022);
        Assert.Equal(110m, Math.Round(rebased.Amount, 10));
        Assert.Equal(Constant2022, rebased.Unit);
        Assert.Equal(110.0 / 121.0, d.RebaseFactor(2023, 2022), 15);
    }

    [Fact]
    public void Conversions_RejectTheWrongBasisOrCurrencyOrYear()
    {
        var d = Hand();
        Assert.Equal("ToConstant expects an amount at current prices, found 1 constant (2023) US$ million: use Rebase for constant amounts.",
            Assert.Throws<UnitMismatchException>(() => d.ToConstant(new Money(1m, Constant2023), 2022, 2023)).Message);
        Assert.Equal("Rebase expects an amount at constant prices, found 1 US$ million: use ToConstant for current amounts.",
            Assert.Throws<UnitMismatchException>(() => d.Rebase(Money.UsDollarMillions(1m), 2022)).Message);
        Assert.Equal("The deflator 'hand index' measures USD prices and cannot convert 1 PKR million.",
            Assert.Throws<UnitMismatchException>(() => d.ToConstant(new Money(1m, new MoneyUnit("PKR", MoneyScale.Millions)), 2022, 2023)).Message);
        Assert.Equal("The deflator 'hand index' has no value for 2021 (it covers 2020-2023); the amount cannot be converted.",
            Assert.Throws<DataCoverageException>(() => d.ToConstant(Money.UsDollarMillions(1m), 2021, 2023)).Message);
    }

    [Fact]
    public void Deflator_RejectsNonPositiveValues() =>
        Assert.Throws<ArgumentException>(() => new Deflator("x", null, new DataSource("t"), [KeyValuePair.Create(2020, 0.0)]));
}
