using System.Text.Json;
using TradeArms.Cli.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

/// <summary>
/// The trend inference in the CLI's JSON and tables, on India's imports 1950-2021 (the shipped SIPRI extract, the
/// 2022 India.csv). References: Debian python3 statsmodels 0.13.5 on the same 72 values
/// (<c>sm.OLS(y, sm.add_constant(x)).fit()</c> and <c>fit(cov_type="HAC", cov_kwds={"maxlags": 3, "use_correction": False}, use_t=True)</c>),
/// mpmath 1.2.1 for the p-value (<c>betainc(35, 1/2, 0, 70/(70+t²), regularized=True)</c> = 3.7797751281734902e-10);
/// log-linear CI from the OLS of ln y. JSON rounds these to 6 decimals, p-values to 4 significant digits.
/// </summary>
public class TrendInferenceOutputTest
{
    private static void AssertIndiaTrend(JsonElement trend)
    {
        Assert.Equal(3.78e-10, trend.GetProperty("slopePValue").GetDouble());
        Assert.Equal("3.8e-10", trend.GetProperty("slopePValueText").GetString());
        Assert.Equal(5.157333, trend.GetProperty("slopeStandardError").GetDouble());
        Assert.Equal(0.538985, trend.GetProperty("durbinWatson").GetDouble());
        Assert.Equal(3, trend.GetProperty("hacLag").GetInt32());
        Assert.Equal(5.979014, trend.GetProperty("slopeStandardErrorHac").GetDouble());
        Assert.Equal(25.641748, trend.GetProperty("slopeLowerHac").GetDouble());
        Assert.Equal(49.491283, trend.GetProperty("slopeUpperHac").GetDouble());
        Assert.Equal(2.462e-08, trend.GetProperty("slopePValueHac").GetDouble());
        Assert.Equal(2.121362, trend.GetProperty("cagrLower95").GetDouble());
        Assert.Equal(3.465568, trend.GetProperty("cagrUpper95").GetDouble());
    }

    [Fact]
    public void ArmsProfile_Json_PValueIsNotRoundedToZero_AndCarriesInference()
    {
        // Today's code printed "slopePValue": 0 (rounded to 4 decimals).
        var result = Tool.Run("arms", "profile", "India", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        AssertIndiaTrend(json.RootElement.GetProperty("asRecipient").GetProperty("trend"));
    }

    [Fact]
    public void ArmsSeries_Json_HasTrendWithInference()
    {
        var result = Tool.Run("arms", "series", "--recipient", "India", "--format", "json", "--break", "1990");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var trend = json.RootElement.GetProperty("trend");
        AssertIndiaTrend(trend);
        Assert.Equal(37.566516, trend.GetProperty("slopePerYear").GetDouble());
        Assert.Equal("1990", trend.GetProperty("chowBreak").GetString());
        Assert.Equal(68, trend.GetProperty("chowDfDenominator").GetInt32());
    }

    [Fact]
    public void ArmsSeries_Table_PrintsSmallPValuesInScientificNotation()
    {
        var result = Tool.Run("arms", "series", "--recipient", "India", "--break", "1990");
        Assert.Equal(0, result.ExitCode);
        // The series, a blank line, then the library's TrendReport rendered by the one table renderer (statsmodels values above).
        var trend = result.Out.Split("\n\n")[1].Split('\n');
        Assert.Equal("Trend: All suppliers to India", trend[0]);
        Assert.Equal("Series  Statistic                       Estimate  Standard error  Lower  Upper  P value   N  Note", trend[1]);
        Assert.Equal("Trend   Slope per year (OLS)               37.57            5.16  27.28  47.85  3.8e-10  72", trend[3]);
        Assert.Equal("Trend   Slope per year (Newey-West)        37.57            5.98  25.64  49.49   2.5e-8  72  lag 3", trend[4]);
        Assert.Equal("Trend   Durbin-Watson                       0.54             n/a    n/a    n/a      n/a  72", trend[6]);
        Assert.Equal("Trend   Log-linear growth (% per year)      2.79             n/a   2.12   3.47  3.4e-12  72", trend[7]);
        Assert.StartsWith("Trend   Chow F, break in 1990 ", trend[8], StringComparison.Ordinal);
        Assert.EndsWith("72  F(2, 68); n = 40 + 32", trend[8], StringComparison.Ordinal);
        Assert.Contains("Window: 1950 to 2021.", trend);
    }

    [Fact]
    public void ArmsSeries_BadBreakAndLag_AreUsageErrors()
    {
        var year = Tool.Run("arms", "series", "--recipient", "India", "--break", "1890");
        Assert.Equal(2, year.ExitCode);
        Assert.Contains("--break: '1890' is not a period", year.Error, StringComparison.Ordinal);
        var lag = Tool.Run("arms", "series", "--recipient", "India", "--hac-lag", "500");
        Assert.Equal(2, lag.ExitCode);
        Assert.Contains("--hac-lag: A Newey-West lag must be from 0 to n - 1 = 71; 500 was asked.", lag.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ArmsShares_Json_CarriesCrTheilGini()
    {
        // numpy on the 14 supplier volumes 2017-2021: CR1 0.4602761135712425, CR3 0.8549752539723886,
        // CR5 0.9643136233394113, Theil 1.1937611667758385, Gini 0.7720016373311502.
        var result = Tool.Run("arms", "shares", "--recipient", "India", "--from", "2017", "--to", "2021", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(0.460276, root.GetProperty("cr1").GetDouble());
        Assert.Equal(0.854975, root.GetProperty("cr3").GetDouble());
        Assert.Equal(0.964314, root.GetProperty("cr5").GetDouble());
        Assert.Equal(1.193761, root.GetProperty("theil").GetDouble());
        Assert.Equal(0.772002, root.GetProperty("gini").GetDouble());
    }

    [Fact]
    public void ArmsCompare_Json_CarriesPerYearAverages()
    {
        var result = Tool.Run("arms", "compare", "--recipient", "India", "--first", "2012-2016", "--second", "2017-2021", "--format", "json");
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(3869.6, root.GetProperty("firstAveragePerYear").GetDouble());
        Assert.Equal(3071.2, root.GetProperty("secondAveragePerYear").GetDouble());
        // Equal windows: the per-year change equals the total change, (15356 - 19348) / 19348 = -20.6326%.
        Assert.Equal(-20.6326, root.GetProperty("averagePercentChange").GetDouble());
    }

    [Fact]
    public void TradeSummary_Json_PakistanImportsFromRussia_MatchStatsmodels()
    {
        // The shipped DOTS extract, Pakistan's imports from Russia 1992-2020 (n = 29, lag 3). statsmodels: OLS SE
        // 2.6607057978910604, Durbin-Watson 1.3443563598067096, HAC SE 2.210180611482132, HAC CI 7.80117579 .. 16.87100784,
        // HAC p 6.416237380005169e-06, OLS p 8.092041843062918e-05, log-linear growth CI 4.70559353 .. 9.97447393.
        var result = Tool.Run("trade", "summary", TradeArms.Tests.Infrastructure.RepositoryRoot.Combine("data", "trade", "imf-dots-pakistan-russia.csv"),
            "--reporter", "Pakistan", "--partner", "Russia", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var imports = json.RootElement.GetProperty("trends").EnumerateArray().Single(t => t.GetProperty("flow").GetString() == "imports");
        Assert.Equal(29, imports.GetProperty("n").GetInt32());
        Assert.Equal(2.660706, imports.GetProperty("slopeStandardError").GetDouble());
        Assert.Equal(1.344356, imports.GetProperty("durbinWatson").GetDouble());
        Assert.Equal(2.210181, imports.GetProperty("slopeStandardErrorHac").GetDouble());
        Assert.Equal(7.801176, imports.GetProperty("slopeLowerHac").GetDouble());
        Assert.Equal(16.871008, imports.GetProperty("slopeUpperHac").GetDouble());
        Assert.Equal(6.416e-06, imports.GetProperty("slopePValueHac").GetDouble());
        Assert.Equal(8.092e-05, imports.GetProperty("slopePValue").GetDouble());
        Assert.Equal(4.705594, imports.GetProperty("cagrLower95").GetDouble());
        Assert.Equal(9.974474, imports.GetProperty("cagrUpper95").GetDouble());
    }
}
