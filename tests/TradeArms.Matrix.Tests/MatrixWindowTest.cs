namespace TradeArms.Matrix.Tests;

/// <summary>The matrix's one window gate, on the matrix of the shipped IMF DOTS extract (Pakistan, Russia; the USSR to 1992).</summary>
public class MatrixWindowTest
{
    private static readonly BilateralTradeMatrix Dots = BilateralTradeMatrix.From(Datasets.PakistanRussiaDots);

    [Fact]
    public void Within_KeepsTheWindowsPeriods_AndTheirValues()
    {
        Assert.Equal(YearRange.Parse("1960-2020"), Dots.Years);
        var within = Dots.Within(YearRange.Parse("2012-2016"));
        Assert.Equal(YearRange.Parse("2012-2016"), within.Years);
        // Pakistan's 2012-2016 imports from Russia, exactly as in the full matrix; the USSR (to 1992) is not in the window.
        foreach (var year in YearRange.Parse("2012-2016"))
        {
            Assert.Equal(Dots["Pakistan", "Russian Federation", year, TradeFlow.Imports], within["Pakistan", "Russian Federation", year, TradeFlow.Imports]);
        }
        Assert.DoesNotContain("USSR", within.Actors);
        Assert.Equal(5 * 4, within.ExportValueCount + within.ImportValueCount);
    }

    [Fact]
    public void WindowOutsideTheData_IsRefused_InWithinAndInTheWindowedQueries()
    {
        var e = Assert.Throws<WindowOutsideDataException>(() => Dots.Within(YearRange.Parse("2019-2023")));
        Assert.Equal(
            "The window 2019-2023 is outside the data: the matrix (International Monetary Fund, Direction of Trade Statistics (DOTS), 1960..2020) covers 1960-2020.",
            e.Message);
        Assert.Throws<WindowOutsideDataException>(() => Dots.Cagr(TradeFlow.Exports, new CalendarYear(2015), new CalendarYear(2022)));
        Assert.NotNull(Dots.Cagr(TradeFlow.Exports, new CalendarYear(2015), new CalendarYear(2020)));
    }
}
