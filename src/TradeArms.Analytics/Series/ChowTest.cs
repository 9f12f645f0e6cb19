using System.Globalization;

namespace TradeArms;

/// <summary>
/// A Chow test for a structural break in a linear trend at a given year: the series is fitted once over all years and
/// once on each side of the break (years before <see cref="Break"/>, and from it on), and
/// F = ((S - S1 - S2) / 2) / ((S1 + S2) / (n - 4)), with S the sums of squared residuals, is compared with Fisher's F
/// with (2, n - 4) degrees of freedom (intercept and slope both allowed to change). Made by <see cref="Trend.Chow"/>.
/// </summary>
/// <param name="Break">The first period of the second segment.</param>
/// <param name="FirstN">Values before the break (missing values left out).</param>
/// <param name="SecondN">Values from the break on.</param>
/// <param name="F">The F statistic; null when both segments fit perfectly (no residual variance).</param>
/// <param name="NumeratorDegreesOfFreedom">2 (intercept and slope).</param>
/// <param name="DenominatorDegreesOfFreedom">n - 4.</param>
/// <param name="PValue">P(F(2, n - 4) ≥ F), computed without cancellation; null when F is.</param>
public sealed record ChowTest(Period Break, int FirstN, int SecondN, double? F, int NumeratorDegreesOfFreedom, int DenominatorDegreesOfFreedom, double? PValue)
{
    /// <inheritdoc />
    public override string ToString() => F is { } f
        ? string.Create(CultureInfo.InvariantCulture, $"Chow test for a break in {Break}: F({NumeratorDegreesOfFreedom}, {DenominatorDegreesOfFreedom}) = {f:0.###}, p {Text.PValueText.Format(PValue!.Value)} (n = {FirstN} + {SecondN})")
        : $"Chow test for a break in {Break}: undefined (both segments fit exactly)";
}
