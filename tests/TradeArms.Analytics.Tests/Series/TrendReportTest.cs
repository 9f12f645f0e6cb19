using TradeArms.Rendering;

namespace TradeArms.Tests.Series;

/// <summary>
/// The trend statistics as one library result (<see cref="TrendReport"/>). By hand for 1, 3, 2, 5, 4 in 2000-2004:
/// x - 2002 = -2..2, Sxx = 10, Sxy = 8, slope 0.8; residuals -0.4, 0.8, -1, 1.2, -0.6, SSE 3.6, SE sqrt(1.2 / 10) =
/// 0.3464, R² = 1 - 3.6 / 10 = 0.64, Durbin-Watson 12.76 / 3.6 = 3.544, CAGR (4 / 1)^(1/4) - 1 = 41.42%; mpmath
/// 2 P(t3 > 2.3094) = betainc(1.5, 0.5, 0, 3 / (3 + t²), regularized=True) = 0.104088038661828.
/// </summary>
public class TrendReportTest
{
    private static TimeSeries Small => SeriesFixtures.Calendar(2000, 1, 3, 2, 5, 4);

    [Fact]
    public void Rows_AreTheStatistics_ComputedOnceInTheLibrary()
    {
        var report = new TrendReport("Test trend", [("test", TrendInference.Of(Small, cagr: true))]);
        var frame = report.ToDataFrame();
        Assert.Equal(["series", "statistic", "estimate", "standard_error", "lower", "upper", "p_value", "n", "note"], frame.Columns.Select(c => c.Name));
        var statistics = frame.Columns["statistic"].Cast<string>().ToList();
        Assert.Equal(["CAGR (% per year)", "Slope per year (OLS)", "Slope per year (Newey-West)", "R²", "Durbin-Watson", "Log-linear growth (% per year)"], statistics);
        Assert.Equal(41.42135623730951, (double)frame.Columns["estimate"][0], 10);
        Assert.Equal(0.8, (double)frame.Columns["estimate"][1], 12);
        Assert.Equal(Math.Sqrt(0.12), (double)frame.Columns["standard_error"][1], 12);
        Assert.Equal(0.104088038661828, (double)frame.Columns["p_value"][1], 10);
        Assert.Equal(0.64, (double)frame.Columns["estimate"][3], 12);
        Assert.Equal(12.76 / 3.6, (double)frame.Columns["estimate"][4], 12);
        Assert.Equal(5, frame.Columns["n"][1]);
        Assert.Equal(Measure.TivMillions, report.Measure);
        Assert.Equal("2000 to 2004", report.Window);
        Assert.Empty(report.Notes);
    }

    [Fact]
    public void ToString_IsTheRendererTable_PValuesNeverZero()
    {
        var report = new TrendReport("Test trend", [("test", TrendInference.Of(Small))]);
        var text = report.ToString();
        Assert.Equal(TableRenderer.Render(report), text);
        var lines = text.Split('\n');
        Assert.Equal("Test trend", lines[0]);
        Assert.Matches(@"^test +Slope per year \(OLS\) +0\.8 +0\.35 +-?[0-9.]+ +[0-9.]+ +0\.1041 +5 *$", lines[3]);
        Assert.Matches(@"^test +Durbin-Watson +3\.54 +n/a +n/a +n/a +n/a +5 *$", lines[6]);
        Assert.StartsWith("Slopes in TIV million per year (OLS on the year;", lines[8], StringComparison.Ordinal);
    }

    [Fact]
    public void WhatCannotBeFitted_IsANoteWithTheReason()
    {
        var report = new TrendReport("Two values", [("x", TrendInference.Of(SeriesFixtures.Calendar(2000, 1, -2), cagr: true, breakPeriod: new CalendarYear(2001)))]);
        // Only the CAGR row is left, without an estimate (n/a); the reasons are notes.
        var frame = report.ToDataFrame();
        Assert.Equal(1, frame.Rows.Count);
        Assert.Null(frame.Columns["estimate"][0]);
        Assert.Equal("x: CAGR undefined: end value -2 is negative.", report.Notes[0]);
        Assert.StartsWith("x: linear trend not fitted: A trend with standard errors needs at least 3 values", report.Notes[1], StringComparison.Ordinal);
        Assert.StartsWith("x: Chow test not computed:", report.Notes[2], StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new TrendReport("Mixed", [("a", TrendInference.Of(Small)), ("b", TrendInference.Of(SeriesFixtures.Percent(2000, 1, 2, 3)))]));
    }
}
