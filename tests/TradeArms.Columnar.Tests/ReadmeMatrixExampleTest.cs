using TradeArms.Matrix;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Columnar.Tests;

/// <summary>The README's matrix example: the same calls, on a small file, do what the comments say.</summary>
public class ReadmeMatrixExampleTest
{
    [Fact]
    public void Readme_ShowsTheMatrixExample()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md")).ReplaceLineEndings("\n");
        foreach (var line in new[]
        {
            "var matrix = TradeMatrixCsvReader.Read(\"tidy.csv\", new() { Unit = MoneyUnit.UsDollarMillions });",
            "var summary = matrix.Summarize();",
            "var slopes = matrix.LinearTrendSlope(TradeFlow.Exports);",
            "var top = matrix.TopPartners(TradeFlow.Exports, 5);",
            "var gaps = matrix.MirrorGaps();",
            "var table = matrix.Table(\"PAK\", \"RUS\");",
            "var dots = TradeArms.Imf.DotsWorkbookReader.Read(\"imf-dots-2022-02/\").Matrix;",
            "using (var file = File.Create(\"matrix.parquet\")) TradeArms.Columnar.TradeMatrixParquet.Write(matrix, file);",
        })
        {
            Assert.Contains(line, readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Example_DoesWhatItsCommentsSay()
    {
        using var folder = new TempFolder();
        var path = folder.Write("tidy.csv", "reporter,partner,year,flow,value\nPAK,RUS,2018,X,40\nPAK,RUS,2018,M,500\nRUS,PAK,2018,X,418.32\nPAK,RUS,2019,X,45\nPAK,RUS,2020,X,50\n");
        var matrix = TradeMatrixCsvReader.Read(path, new() { Unit = MoneyUnit.UsDollarMillions });
        var summary = matrix.Summarize();
        var slopes = matrix.LinearTrendSlope(TradeFlow.Exports);
        var top = matrix.TopPartners(TradeFlow.Exports, 5);
        var gaps = matrix.MirrorGaps();
        var table = matrix.Table("PAK", "RUS");

        Assert.Equal(-460, summary.Balance["PAK", "RUS", new CalendarYear(2018)]);
        Assert.Equal(5, slopes["PAK", "RUS"]);                      // 40, 45, 50: +5 a year
        Assert.Equal("RUS", top.For("PAK", new CalendarYear(2018))[0].Partner);
        Assert.Equal(500 - 418.32, gaps.Gap["RUS", "PAK", new CalendarYear(2018)]!.Value, 10);
        Assert.Equal(Actor.Find("Pakistan"), table.Reporter);
        using var parquet = new MemoryStream();
        TradeArms.Columnar.TradeMatrixParquet.Write(matrix, parquet);
        Assert.True(parquet.Length > 0);
    }
}
