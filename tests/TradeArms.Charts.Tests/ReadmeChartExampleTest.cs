using TradeArms.Charts.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Charts.Tests;

/// <summary>README's "save a chart from code in three lines" is this code, and it writes a real chart.</summary>
public class ReadmeChartExampleTest
{
    private const string Line1 = "var arms = Datasets.Sipri;";
    private const string Line2 = "var plot = SeriesCharts.WithRollingAverage(arms.Series(arms.Actor(\"Russia\"), arms.Actor(\"India\"), YearRange.Parse(\"1992-2021\")));";
    private const string Line3 = "File.WriteAllBytes(\"russia-india.png\", ChartImage.Png(plot, ChartSize.Standard));";

    [Fact]
    public void TheReadme_ShowsTheseThreeLines()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md"));
        Assert.Contains(Line1, readme, StringComparison.Ordinal);
        Assert.Contains(Line2, readme, StringComparison.Ordinal);
        Assert.Contains(Line3, readme, StringComparison.Ordinal);
    }

    [Fact]
    public void TheThreeLines_WriteAPng()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "russia-india.png");
        var arms = Datasets.Sipri;
        var plot = SeriesCharts.WithRollingAverage(arms.Series(arms.Actor("Russia"), arms.Actor("India"), YearRange.Parse("1992-2021")));
        File.WriteAllBytes(path, ChartImage.Png(plot, ChartSize.Standard));
        Assert.Equal((800, 500), PngInfo.Size(File.ReadAllBytes(path)));
    }
}
