using System.Globalization;
using TradeArms.Text;

namespace TradeArms.Tests.Measures;

/// <summary>The one formatting rule for TIV and money: invariant by default, a provider when given, round-trips under de-DE.</summary>
public class FormattingTest
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Fact]
    public void SuiteRunsUnderAGermanCulture() =>
        Assert.Equal(",", CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);

    [Fact]
    public void NumberText_TheIssueExamples()
    {
        // A decimal carrying 14 places of scale and a sum of doubles with binary noise (issue 14).
        Assert.Equal("-7.3", NumberText.Format(-7.30000000000000m, "G", null));
        Assert.Equal("58.6", NumberText.Format(58.59999999999998, "G2", null));
        Assert.Equal(58.6, NumberText.Round(58.59999999999998, 2));
        Assert.Equal(-7.3m, NumberText.Normalise(-7.30000000000000m));
        Assert.Equal("-7.3", NumberText.Normalise(-7.30000000000000m).ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(21.15, "+G", "+21.15")]
    [InlineData(-48.04, "+G", "-48.04")]
    [InlineData(0.0, "+G", "0")]
    [InlineData(-0.004, "+G2", "0")]
    [InlineData(22530.5, "N", "22,530.5")]
    [InlineData(3798.0, "N0", "3,798")]
    [InlineData(46.0276, "F1", "46.0")]
    [InlineData(-0.04, "+F1", "0.0")]
    [InlineData(5.0, "+F1", "+5.0")]
    [InlineData(0.1 + 0.2, "G", "0.30000000000000004")]
    [InlineData(0.020200490998363338, "G", "0.020200490998363338")]
    public void NumberText_Doubles(double value, string format, string expected) =>
        Assert.Equal(expected, NumberText.Format(value, format, null));

    [Fact]
    public void NumberText_HonoursAProvider_AndRefusesNonFinite()
    {
        Assert.Equal("22.530,5", NumberText.Format(22530.5, "N", German));
        Assert.Equal("22530.5", NumberText.Format(22530.5, "G", null));
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberText.Format(double.NaN, "G", null));
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberText.Format(double.PositiveInfinity, "G", null));
        Assert.Throws<FormatException>(() => NumberText.Format(1.0, "X", null));
        Assert.Throws<FormatException>(() => NumberText.Format(1.0, "F", null));
    }

    [Fact]
    public void Tiv_FollowsSipriRule()
    {
        // SIPRI: an empty cell is "no deliveries" (-), a printed 0 is "under 0.5" (<0.5).
        Assert.Equal("-", Tiv.NoDeliveries.ToString("G", null));
        Assert.Equal("<0.5", Tiv.BelowHalf.ToString("G", null));
        Assert.Equal("did not exist", Tiv.DidNotExist.ToString("N0", null));
        Assert.Equal("no deliveries", Tiv.NoDeliveries.ToString());
        Assert.Equal("<0.5 TIV million", Tiv.BelowHalf.ToString());
        Assert.Equal("3798 TIV million", Tiv.FromMillions(3798).ToString());
        Assert.Equal("15,356", Tiv.FromMillions(15356).ToString("N0", null));
        Assert.Equal("15.356", Tiv.FromMillions(15356).ToString("N0", German));
        // As SIPRI's files print it (the register's raw cells).
        Assert.Equal("", Tiv.NoDeliveries.ToString("R", null));
        Assert.Equal("0", Tiv.BelowHalf.ToString("R", null));
        // At most the two decimals SIPRI publishes: a sum of published values prints without binary noise.
        var sum = Tiv.FromMillions(58.59999999999998);
        Assert.Equal("58.6", sum.ToString("G", null));
        Assert.Equal("58.6 TIV million", $"{sum:U}");
        Assert.Throws<FormatException>(() => sum.ToString("X", null));
    }

    [Theory]
    [InlineData("U")]
    [InlineData("G")]
    [InlineData("N")]
    public void Tiv_RoundTripsUnderDeDe(string format)
    {
        var buffer = new char[64];
        foreach (var tiv in new[] { Tiv.FromMillions(3798), Tiv.FromMillions(22530.5), Tiv.FromMillions(0.25), Tiv.NoDeliveries, Tiv.BelowHalf, Tiv.DidNotExist })
        {
            Assert.Equal(tiv, Tiv.Parse(tiv.ToString(format, null), null));
            Assert.Equal(tiv, Tiv.Parse(tiv.ToString(format, German), German));
            Assert.True(tiv.TryFormat(buffer, out var written, format, German));
            Assert.Equal(tiv, Tiv.Parse(buffer.AsSpan(0, written), German));
        }
        Assert.False(Tiv.TryParse("-3", null, out _));
        Assert.False(Tiv.TryParse("abc", null, out _));
        Assert.Throws<FormatException>(() => Tiv.Parse("NaN", null));
    }

    [Fact]
    public void Tiv_GenericParsable() => Assert.Equal(Tiv.FromMillions(12.5), ParseAs<Tiv>("12.5 TIV million"));

    [Fact]
    public void Money_FormatsAsPublished()
    {
        Assert.Equal("183.57 US$ million", Money.UsDollarMillions(183.57m).ToString());
        Assert.Equal("-7.3", Money.UsDollarMillions(-7.30000000000000m).ToString("G", null));
        Assert.Equal("-7.30 US$ million", Money.UsDollarMillions(-7.30m).ToString());
        Assert.Equal("+1.00", NumberText.Format(1.00m, "+P", null));
        Assert.Equal("-131.8", NumberText.Format(-131.80m, "G", null));
        Assert.Equal("-131.80", NumberText.Format(-131.804m, "P2", null));
        Assert.Equal("+21.15", Money.UsDollarMillions(21.15m).ToString("+G", null));
        Assert.Equal("-48.04", Money.UsDollarMillions(-48.04m).ToString("+G", null));
        Assert.Equal("1.234,57", Money.UsDollarMillions(1234.567m).ToString("N2", German));
        Assert.Equal("1234.57", Money.UsDollarMillions(1234.567m).ToString("G2", null));
        Assert.Equal("+21.15 constant (2023) US$ million", new Money(21.15m, MoneyUnit.ConstantUsDollarMillions(2023)).ToString("+U", null));
    }

    [Fact]
    public void Money_RoundTripsUnderDeDe()
    {
        foreach (var money in new[] { Money.UsDollarMillions(183.57m), Money.UsDollarMillions(-1234.5m), new Money(21.15m, MoneyUnit.ConstantUsDollarMillions(2023)), new Money(7m, new MoneyUnit("PKR", MoneyScale.Thousands)) })
        {
            Assert.Equal(money, Money.Parse(money.ToString(), null));
            Assert.Equal(money, Money.Parse(money.ToString("U", German), German));
            Assert.Equal(money, Money.Parse(money.ToString("+U", null), null));
            Assert.Equal(money, ParseAs<Money>(money.ToString()));
        }
        Assert.False(Money.TryParse("183.57", null, out _));
        Assert.False(Money.TryParse("183.57 TIV million", null, out _));
        Assert.Throws<FormatException>(() => Money.Parse("lots US$ million", null));
    }

    private static T ParseAs<T>(string text) where T : IParsable<T> => T.Parse(text, null);
}
