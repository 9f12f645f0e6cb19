using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Conventions;

/// <summary>The README's example is code users copy: it must stay in the README verbatim and do what its comments say.</summary>
public class ReadmeExampleTest
{
    private const string Example = """
        using TradeArms;
        using TradeArms.Sipri;

        var table = Datasets.PakistanRussiaTable1;                  // FY2010-11..2014-15, US$ million, as printed
        foreach (var d in table.Validate().Discrepancies)
            Console.WriteLine(d);                                   // 2013-14 balance: published +48.04, computed -48.04, ... (sign reversed)

        var arms = Datasets.Sipri;                                  // or SipriTivTableReader.Read("my-sipri-download/")
        var series = arms.Series(arms.Actor("Russia"), arms.Actor("India"), YearRange.Parse("1992-2021"));
        Console.WriteLine(series[2012]);                            // 3798 TIV million: a volume, not US$
        var frame = series.ToDataFrame();                           // Microsoft.Data.Analysis DataFrame: year, tiv, status
        """;

    [Fact]
    public void Readme_ContainsTheExampleVerbatim()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md")).ReplaceLineEndings("\n");
        Assert.Contains("```csharp\n" + Example + "\n```", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Example_DoesWhatItsCommentsSay()
    {
        var lines = new List<string>();
        var table = Datasets.PakistanRussiaTable1;
        foreach (var d in table.Validate().Discrepancies)
        {
            lines.Add(d.ToString());
        }
        var arms = Datasets.Sipri;
        var series = arms.Series(arms.Actor("Russia"), arms.Actor("India"), YearRange.Parse("1992-2021"));
        lines.Add(series[2012].ToString());
        var frame = series.ToDataFrame();

        Assert.StartsWith("2013-14 balance: published +48.04, computed -48.04, ", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("(sign reversed)", lines[2], StringComparison.Ordinal);
        Assert.Equal("3798 TIV million", lines[^1]);
        Assert.Equal(["year", "tiv", "status"], frame.Columns.Select(c => c.Name));
        Assert.Equal(30, frame.Rows.Count);
    }
}
