namespace TradeArms.Cli.Tests.Hostile;

/// <summary>The hostile runs' detector of a non-finite number in the output: numbers, not words.</summary>
public class NonFiniteDetectorTest
{
    [Theory]
    [InlineData("1992,NaN,3")]
    [InlineData("year,tiv\n1992,-Infinity\n")]
    [InlineData("  \"tiv\": NaN,")]
    [InlineData("[Infinity]")]
    [InlineData("Russia     NaN     12.3")]
    [InlineData("Russia     ∞")]
    [InlineData("share: Infinity")]
    public void NumberPrintedAsNaNOrInfinity_IsFound(string output) => Assert.True(HostileRunner.NonFinite(output));

    [Theory]
    [InlineData("supplier: Infinity Ltd")]
    [InlineData("note: status 'Infinity hand' is not one this library recognises; kept as published.")]
    [InlineData("1992,Infinity hand,3")]
    [InlineData("NaNa,InfinityX")]
    public void WordsInPublishedText_AreNotNumbers(string output) => Assert.False(HostileRunner.NonFinite(output));
}
