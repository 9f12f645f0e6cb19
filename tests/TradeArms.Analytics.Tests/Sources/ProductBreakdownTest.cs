using TradeArms.Economies;
using TradeArms.Products;
using TradeArms.Sources;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Sources;

/// <summary>A pair's trade by product (<c>trade summary --level</c>) as a library result, on the real legacy Comtrade file.</summary>
public class ProductBreakdownTest
{
    [SharedDataFact]
    public void ChinaUsa2018_Chapters_AsTheFilePublishesThem()
    {
        var data = ComtradeCsvReader.Read(RealFiles.LegacyChinaUsaExports);
        var china = EconomyRegistry.Default.Find("CHN")!;
        var usa = EconomyRegistry.Default.Find("USA")!;
        var arms = ProductBreakdown.Of(data, china, usa, ProductLevel.Chapter, "93");
        // Chapter 93 (arms and ammunition), China's exports to the US in 2018: 96,378,949 US$ (the file's chapter row); no import file.
        var row = Assert.Single(arms.Rows);
        Assert.Equal(("2018", "93"), (row.Period.ToString(), row.Product));
        Assert.Equal(96378949m, row.Exports!.Value.Amount);
        Assert.Null(row.Imports);
        Assert.Equal("US$", arms.Measure.Label);
        Assert.Equal("China with United States by chapter", arms.Title);
        Assert.Matches(@"\n2018 +93 +96378949 +n/a\n", arms.ToString());

        // Every chapter the file publishes for the pair, once per year (independently: the distinct chapter codes of its records).
        var all = ProductBreakdown.Of(data, china, usa, ProductLevel.Chapter);
        var chapters = data.Records.Where(r => r.Product?.Level == ProductLevel.Chapter && !r.IsBreakdown).Select(r => r.Product!.Code).Distinct().Count();
        Assert.Equal(chapters, all.Rows.Length);
        Assert.Empty(ProductBreakdown.Of(data, usa, china, ProductLevel.Chapter).Rows);
    }
}
