using static TradeArms.Tests.Series.SeriesFixtures;

namespace TradeArms.Tests.Series;

public class TrendFitTest
{
    [Fact]
    public void Linear_HandComputedFivePoints()
    {
        // x = 2001..2005, y = 1 3 2 5 4. By hand: mean x 2003, mean y 3, Sxx 10, Sxy 8 -> slope 0.8,
        // intercept 3 - 0.8 x 2003 = -1599.4; residuals -0.4 0.8 -1 1.2 -0.6, SSE 3.6, SST 10 -> R² 0.64;
        // s = sqrt(3.6 / 3); SE(slope) = s / sqrt(10) = 0.34641016; t(0.975, 3) = 3.18244631;
        // p (two-sided, t = 2.3094, 3 df) = 0.104088 (python3, regularised incomplete beta).
        var fit = Trend.Linear(Calendar(2001, 1, 3, 2, 5, 4));

        Assert.Equal(5, fit.N);
        Assert.Equal(0.8, fit.Slope, 10);
        Assert.Equal(-1599.4, fit.Intercept, 8);
        Assert.Equal(0.64, fit.RSquared!.Value, 10);
        Assert.Equal(0.34641016151377546, fit.SlopeStandardError, 10);
        Assert.Equal(693.859726457733, fit.InterceptStandardError, 6);
        Assert.Equal(0.10408803866182777, fit.SlopePValue!.Value, 8);
        Assert.Equal(-0.30243173862224615, fit.SlopeInterval.Lower, 8);
        Assert.Equal(1.9024317386222462, fit.SlopeInterval.Upper, 8);
        Assert.Equal(Measure.TivMillions, fit.Measure);
    }

    [Fact]
    public void Linear_RussiaToIndia2010To2021_MatchesIndependentComputation()
    {
        // python3 OLS by formula: slope -175.1083916083916, R² 0.501697292013948, SE 55.18648129659922,
        // p 0.009936367771333141, 95% CI -298.0715 .. -52.1452; band at 2010: 3060.0128 +/- 798.4718.
        var fit = Trend.Linear(RussiaToIndia());

        Assert.Equal(-175.1083916083916, fit.Slope, 8);
        Assert.Equal(0.501697292013948, fit.RSquared!.Value, 10);
        Assert.Equal(55.18648129659922, fit.SlopeStandardError, 8);
        Assert.Equal(0.009936367771333141, fit.SlopePValue!.Value, 8);
        Assert.Equal(-298.07153468975815, fit.SlopeInterval.Lower, 6);
        Assert.Equal(-52.14524852702503, fit.SlopeInterval.Upper, 6);
        var first = fit.Fitted[0];
        Assert.Equal(3060.0128205128713, first.Fitted, 6);
        Assert.Equal(3060.0128205128713 - 798.4718156977012, first.Lower, 6);
        Assert.Equal(3060.0128205128713 + 798.4718156977012, first.Upper, 6);
        Assert.Equal(2294, first.Observed);
        Assert.Equal(12, fit.Fitted.Length);
    }

    [Fact]
    public void Linear_MissingValues_AreLeftOutAndKeptInFitted()
    {
        var fit = Trend.Linear(Calendar(2001, 1, null, 3, 4));
        Assert.Equal(3, fit.N);
        Assert.Equal(4, fit.Fitted.Length);
        Assert.Null(fit.Fitted[1].Observed);
    }

    [Fact]
    public void Linear_ConstantSeries_HasZeroSlopeAndUndefinedRSquared()
    {
        var fit = Trend.Linear(Calendar(2001, 5, 5, 5, 5));
        Assert.Equal(0, fit.Slope, 12);
        Assert.Null(fit.RSquared);
        Assert.Null(fit.SlopePValue);
    }

    [Fact]
    public void Linear_TwoPoints_ThrowsWithCount()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Trend.Linear(Calendar(2001, 1, 2)));
        Assert.Equal("A trend with standard errors needs at least 3 values; 'test' has 2.", e.Message);
    }

    [Fact]
    public void Linear_SinglePoint_Throws() => Assert.Throws<InvalidOperationException>(() => Trend.Linear(Calendar(2001, 1)));

    [Fact]
    public void Linear_FiscalSeries_UsesStartYears()
    {
        var exports = Datasets.PakistanRussiaTable1.Series(TradeFlow.Exports);
        var fit = Trend.Linear(exports);
        Assert.Equal(fit.Predict(exports.Periods[0]), fit.Fitted[0].Fitted, 10);
        Assert.Equal(fit.Intercept + fit.Slope * 2010, fit.Fitted[0].Fitted, 8);
    }

    [Fact]
    public void LogLinear_RussiaToIndia_GrowthRateAndInterval()
    {
        // python3: OLS of ln(TIV) on year: (exp(b) - 1) x 100 = -7.954906853432786 %/year,
        // 95% CI -12.038310522985851 .. -3.681941277694667.
        var fit = Trend.LogLinear(RussiaToIndia());
        Assert.Equal(-7.954906853432786, fit.GrowthPercentPerYear, 8);
        Assert.Equal(-12.038310522985851, fit.GrowthInterval.Lower, 6);
        Assert.Equal(-3.681941277694667, fit.GrowthInterval.Upper, 6);
        Assert.True(fit.Fitted.All(f => f.Lower < f.Fitted && f.Fitted < f.Upper));
    }

    [Fact]
    public void LogLinear_ExactGrowth_IsRecovered()
    {
        var fit = Trend.LogLinear(Calendar(2000, 100, 110, 121, 133.1));
        Assert.Equal(10, fit.GrowthPercentPerYear, 8);
        Assert.Equal(133.1, fit.Predict(new CalendarYear(2003)), 6);
    }

    [Fact]
    public void LogLinear_ZeroValue_ThrowsAndNamesThePeriod()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Trend.LogLinear(Calendar(2000, 1, 0, 3)));
        Assert.StartsWith("A log-linear trend needs positive values, but 'test' is 0 in 2001.", e.Message, StringComparison.Ordinal);
    }
}
