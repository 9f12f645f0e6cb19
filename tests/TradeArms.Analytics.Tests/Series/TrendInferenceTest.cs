using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;
using TradeArms.Text;
using TradeArms.Trade;
using static TradeArms.Tests.Series.SeriesFixtures;

namespace TradeArms.Tests.Series;

/// <summary>
/// Trend inference checked against independent computations. References (all recomputed from the raw files, not from
/// this library) were made with Debian's python3 packages numpy 1.24.2, scipy 1.10.1, statsmodels 0.13.5 and
/// mpmath 1.2.1 (60-digit arithmetic):
/// <list type="bullet">
/// <item>t tails: <c>mpmath.betainc(nu/2, 1/2, 0, nu/(nu+t*t), regularized=True)</c>; F tails:
/// <c>mpmath.betainc(d2/2, d1/2, 0, d2/(d2+d1*f), regularized=True)</c>.</item>
/// <item>OLS, Durbin-Watson and HAC: <c>sm.OLS(y, sm.add_constant(x)).fit()</c>, <c>durbin_watson(resid)</c>,
/// <c>fit(cov_type="HAC", cov_kwds={"maxlags": L, "use_correction": False|True}, use_t=True)</c>, L = floor(4 (n/100)^(2/9)).</item>
/// <item>Chow: sums of squared residuals from <c>numpy.linalg.lstsq</c> on the pooled and split samples, tail by scipy
/// <c>f.sf</c> and mpmath (they agree to 15 digits).</item>
/// <item>CR_n, Theil, Gini: numpy from the share CSV (<c>Σ s ln(n s)</c>; <c>Σ|xi - xj| / (2 n² mean)</c>).</item>
/// </list>
/// </summary>
public class TrendInferenceTest
{
    private static void Relative(double expected, double actual, double tolerance = 1e-9) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"expected {expected:R}, got {actual:R} (relative error {Math.Abs(actual - expected) / Math.Abs(expected):E2})");

    [Theory]
    [InlineData(2.3094010767585, 3, 0.10408803866182817)]
    [InlineData(6.5, 10, 6.8954129085239687e-5)]
    [InlineData(15.0, 59, 8.5238765484155628e-22)]
    [InlineData(40.0, 20, 1.4574696554310764e-20)]
    [InlineData(120.0, 30, 8.4724396996979852e-42)]
    [InlineData(1e3, 10, 2.4608247101732711e-26)]
    [InlineData(1e8, 5, 1.8980334491124701e-39)]
    [InlineData(1e15, 20, 1.8042578125e-288)]
    [InlineData(3e15, 20, 5.1745608704184403e-298)]
    [InlineData(0.1, 8, 0.9228049094305969)]
    [InlineData(1e-3, 4, 0.99925000015624996)]
    [InlineData(7.284096659931739, 70, 3.7797751281734902e-10)]
    [InlineData(3.0, 200, 0.0030430471139059028)]
    [InlineData(5.0, 1000, 6.7672563646486304e-7)]
    [InlineData(1.5, 35, 0.14258184423047912)]
    [InlineData(12.0, 300, 2.319124753616133e-27)]
    [InlineData(30.0, 1000, 1.5374687444043482e-141)]
    public void StudentTail_MatchesMpmathTo1e12(double t, double dof, double expected)
    {
        Relative(expected, TailProbability.StudentTwoSided(t, dof), 1e-12);
        Relative(expected, TailProbability.StudentTwoSided(-t, dof), 1e-12);
    }

    [Theory]
    [InlineData(3.5, 2, 20, 0.049735022076097138)]
    [InlineData(50.0, 2, 57, 2.8793422705390005e-13)]
    [InlineData(1e6, 2, 40, 1.048156657667467e-94)]
    [InlineData(0.2, 2, 10, 0.82192710675935177)]
    public void FisherTail_MatchesMpmath(double f, double d1, double d2, double expected) =>
        Relative(expected, TailProbability.FisherUpper(f, d1, d2), 1e-12);

    [Fact]
    public void PValueText_NeverPrintsAPositivePAsZero()
    {
        Assert.Equal("0.1041", PValueText.Format(0.10408803866182817));
        Assert.Equal("2.4e-10", PValueText.Format(2.4e-10));
        Assert.Equal("5.6e-44", PValueText.Format(5.5916746284333969e-44));
        Assert.Equal("< 1e-300", PValueText.Format(1.8042578125e-308));
        Assert.Equal("< 1e-300", PValueText.Format(0));
        Assert.Equal(5.592e-44, PValueText.Rounded(5.5916746284333969e-44));
        Assert.Equal(1e-300, PValueText.Rounded(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PValueText.Format(double.NaN));
    }

    private static DirectionOfTrade Dots() => ImfDotsCsv.Read(SharedData.Path("trade", "derived", "imf-dots-pakistan-russia.csv"));

    private static TimeSeries PakistanImportsFromWorld() => Dots().Series(Actor.Find("Pakistan"), null, DotsFlow.ImportsCif);

    [SharedDataFact]
    public void PakistanImportsFromWorld_LogLinearPValueIsTinyNotZero()
    {
        // Today's 2 (1 - CDF(|t|)) gives exactly 0 here; mpmath: 5.5916746284333969e-44 (ln imports on the year, n = 61).
        var fit = Trend.LogLinear(PakistanImportsFromWorld());
        Assert.Equal(61, fit.LogFit.N);
        Relative(5.5916746284333969e-44, fit.LogFit.SlopePValue!.Value, 1e-9);
        // Linear fit: mpmath 2.5760014420779523e-20 (scipy's t.sf 2.5760014420779294e-20).
        Relative(2.5760014420779523e-20, Trend.Linear(PakistanImportsFromWorld()).SlopePValue!.Value, 1e-9);
    }

    [SharedDataFact]
    public void PakistanImportsFromWorld_HacErrorIsTwiceTheOlsOne_MatchesStatsmodels()
    {
        var fit = Trend.Linear(PakistanImportsFromWorld());
        Relative(865.4521719561745, fit.Slope);
        Relative(62.112795692491396, fit.SlopeStandardError);
        Relative(0.151721334041871, fit.DurbinWatson!.Value);
        var hac = fit.SlopeHac;
        Assert.Equal(3, hac.Lag);
        Assert.False(hac.SmallSampleCorrection);
        Relative(124.78217357879922, hac.StandardError);
        Assert.True(hac.StandardError > 2 * fit.SlopeStandardError);
        Relative(615.76361948697, hac.Interval.Lower);
        Relative(1115.1407244253792, hac.Interval.Upper);
        Relative(3.4754403947123462e-09, hac.PValue!.Value, 1e-7);
        Relative(126.87949984846652, fit.NeweyWestSlope(smallSampleCorrection: true).StandardError);
        // CAGR from the log-linear fit: growth 8.208699289462196% a year, 95% CI 7.774312369626291 to 8.64483701607175.
        var log = Trend.LogLinear(PakistanImportsFromWorld());
        Relative(8.208699289462196, log.GrowthPercentPerYear);
        Relative(7.774312369626291, log.GrowthInterval.Lower);
        Relative(8.64483701607175, log.GrowthInterval.Upper);
    }

    [SharedDataFact]
    public void PakistanExportsToWorld_DurbinWatsonAndHac_MatchStatsmodels()
    {
        var fit = Trend.Linear(Dots().Series(Actor.Find("Pakistan"), null, DotsFlow.ExportsFob));
        Relative(0.12993949947404615, fit.DurbinWatson!.Value);
        Relative(22.93170796208516, fit.SlopeStandardError);
        Relative(44.85888748521987, fit.SlopeHac.StandardError);
        Relative(2.6928930985068653e-27, fit.SlopePValue!.Value, 1e-9);
    }

    [Fact]
    public void IndiaImports1950To2021_MatchStatsmodels()
    {
        // The shipped extract (India.csv, SIPRI 2022): n = 72, lag 3.
        var arms = Datasets.Sipri;
        var fit = Trend.Linear(arms.ImportsOf(arms.Actor("India"), YearRange.Parse("1950-2021")).ToTimeSeries());
        Assert.Equal(72, fit.N);
        Relative(37.56651553154528, fit.Slope);
        Relative(3.7797751281732922e-10, fit.SlopePValue!.Value, 1e-9);
        Relative(0.5389852481686533, fit.DurbinWatson!.Value);
        Relative(5.979013983981969, fit.SlopeHac.StandardError);
        Relative(25.641748152731964, fit.SlopeHac.Interval.Lower);
        Relative(49.49128291035859, fit.SlopeHac.Interval.Upper);
        Relative(6.063826929172391, fit.NeweyWestSlope(3, true).StandardError);
    }

    [Theory]
    [InlineData(12, 2)]
    [InlineData(61, 3)]
    [InlineData(5, 2)]
    [InlineData(3, 1)]
    [InlineData(100, 4)]
    public void NeweyWestDefaultLag_IsFloorOf4TimesNOver100ToTwoNinths(int n, int lag) => Assert.Equal(lag, NeweyWest.DefaultLag(n));

    [Fact]
    public void NeweyWest_LagZeroIsWhite_AndBadLagIsRefused()
    {
        // Lag 0: the heteroskedasticity-robust (HC0) error Σ e²d² / Sxx². By hand for 1 3 2 5 4: residuals
        // -0.4 0.8 -1 1.2 -0.6, d = -2..2: Σ e²d² = 0.64 + 0.64 + 0 + 1.44 + 1.44 = 4.16; / 100 -> SE sqrt(0.0416).
        var fit = Trend.Linear(Calendar(2001, 1, 3, 2, 5, 4));
        Relative(Math.Sqrt(0.0416), fit.NeweyWestSlope(0).StandardError, 1e-12);
        // Durbin-Watson by hand: (1.2² + 1.8² + 2.2² + 1.8²) / 3.6 = 12.76 / 3.6.
        Relative(12.76 / 3.6, fit.DurbinWatson!.Value, 1e-12);
        Assert.Throws<ArgumentOutOfRangeException>(() => fit.NeweyWestSlope(5));
    }

    [SharedDataTheory]
    [InlineData(1990, 30, 31, 84.03941654008159, 1.0020646051400163e-17)]
    [InlineData(2005, 45, 16, 251.1145163676437, 5.446614672391281e-29)]
    public void Chow_PakistanImportsFromWorld_MatchesNumpyAndMpmath(int year, int n1, int n2, double f, double p)
    {
        var chow = Trend.Chow(PakistanImportsFromWorld(), new CalendarYear(year));
        Assert.Equal((n1, n2, 2, 57), (chow.FirstN, chow.SecondN, chow.NumeratorDegreesOfFreedom, chow.DenominatorDegreesOfFreedom));
        Relative(f, chow.F!.Value, 1e-8);
        Relative(p, chow.PValue!.Value, 1e-7);
    }

    [Fact]
    public void Chow_TooFewValuesOnASide_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => Trend.Chow(Calendar(2001, 1, 3, 2, 5, 4, 6), new CalendarYear(2003)));
        Assert.StartsWith("A Chow test needs at least 3 values on each side of the break; 'test' has 2 before 2003 and 4 from it on.", e.Message);
    }

    [Fact]
    public void CompareWindows_PerYearAverageChange_DiffersForUnequalWindows()
    {
        // 2001-2003 total 6 (average 2), 2004-2007 total 20 (average 5): total +233.3%, per-year average +150%.
        var c = Trend.CompareWindows(Calendar(2001, 1, 2, 3, 4, 5, 5, 6), "2001-2003", "2004-2007");
        Relative(1400.0 / 6, c.PercentChange!.Value, 1e-12);
        Assert.Equal(2, c.FirstAverage);
        Assert.Equal(5, c.SecondAverage);
        Relative(150, c.AveragePercentChange!.Value, 1e-12);
    }

    [Fact]
    public void PartnerConcentration_IndiaSuppliers2017To2021_MatchesNumpy()
    {
        var arms = Datasets.Sipri;
        var shares = arms.SupplierShares(arms.Actor("India"), YearRange.Parse("2017-2021"));
        var c = shares.PartnerConcentration;
        Assert.Equal(14, c.Partners);
        Relative(0.4602761135712425, c.Cr1!.Value);
        Relative(0.8549752539723886, c.Cr3!.Value);
        Relative(0.9643136233394113, c.Cr5!.Value);
        Relative(1.1937611667758385, c.Theil!.Value);
        Relative(0.7720016373311502, c.Gini!.Value);
        Relative(0.30905389403295086, shares.Concentration.Index!.Value);
    }

    [Fact]
    public void PartnerConcentration_EqualAndSingleAndEmpty()
    {
        var equal = new PartnerConcentration([5, 5, 5, 5]);
        Assert.Equal(0, equal.Gini!.Value, 12);
        Assert.Equal(0, equal.Theil!.Value, 12);
        Assert.Equal(0.75, equal.Cr3!.Value, 12);
        // One partner gets all, three nothing: Gini (n - 1)/n = 0.75, Theil ln 4.
        var one = new PartnerConcentration([0, 0, 0, 8]);
        Assert.Equal(0.75, one.Gini!.Value, 12);
        Assert.Equal(Math.Log(4), one.Theil!.Value, 12);
        var none = new PartnerConcentration([0, 0]);
        Assert.Null(none.Gini);
        Assert.Null(none.Cr1);
    }
}
