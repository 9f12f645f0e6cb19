using TradeArms.Economies;
using TradeArms.Products;
using TradeArms.Sources;
using TradeArms.Tests.Infrastructure;
using TradeArms.Tests.Sources;

namespace TradeArms.Tests.Products;

/// <summary>A pair's trade product by product (ProductHierarchy.Trade) and the totals of a concordance conversion.</summary>
public class ProductTradeTest
{
    private static readonly MoneyUnit Usd = new("USD", MoneyScale.Units);

    private static Economy E(string code) => EconomyRegistry.Default.Find(code)!;

    private static TradeRecord Record(int line, string reporter, string partner, SourceFlow flow, string product, decimal? value, int year = 2018) => new()
    {
        Line = line,
        Period = TradePeriod.OfYear(year),
        ReporterCode = reporter,
        Reporter = E(reporter),
        PartnerCode = partner,
        Partner = E(partner),
        Flow = flow,
        Product = ProductCode.Parse(product, Classification.Hs2017),
        Value = value is { } v ? new TradeValue(new Money(v, Usd), Valuation.Primary) : null,
    };

    [Fact]
    public void Trade_PublishedLevelOrSummedFromSubheadings_LargestFirst_MissingStaysMissing()
    {
        TradeRecord[] records =
        [
            Record(2, "CHN", "USA", SourceFlow.Exports, "93", 10m),          // published chapter
            Record(3, "CHN", "USA", SourceFlow.Exports, "930110", 4m),       // not added in again
            Record(4, "CHN", "USA", SourceFlow.Exports, "84", 50m),
            Record(5, "CHN", "USA", SourceFlow.Imports, "930110", 3m),       // no chapters in the imports: summed
            Record(6, "CHN", "USA", SourceFlow.Imports, "930190", 4m),
            Record(7, "CHN", "USA", SourceFlow.Imports, "880240", null),     // missing stays missing
            Record(8, "CHN", "DEU", SourceFlow.Exports, "93", 1000m),        // another partner
            Record(9, "CHN", "USA", SourceFlow.Exports, "93", 99m, 2019),    // another year
        ];
        var trade = ProductHierarchy.Trade(records, E("CHN"), E("USA"), 2018, ProductLevel.Chapter);
        Assert.Equal(["84", "93", "88"], trade.Select(t => t.Product.Code));   // 50, 10 + 7, nothing
        var arms = trade[1];
        Assert.Equal((10m, 7m, 3m, 17m), (arms.Exports!.Value.Amount, arms.Imports!.Value.Amount, arms.Balance!.Value.Amount, arms.Turnover!.Value.Amount));
        Assert.Null(trade[0].Imports);
        Assert.Null(trade[0].Balance);                                          // never 50 - 0
        Assert.Null(trade[2].Imports);                                          // the only subheading has no value
        Assert.Null(trade[2].Exports);
        Assert.Throws<ArgumentOutOfRangeException>(() => ProductHierarchy.Trade(records, E("CHN"), E("USA"), 2018, ProductLevel.Total));
        var twice = Assert.Throws<InvalidOperationException>(() => ProductHierarchy.Trade(records.Concat(records), E("CHN"), E("USA"), 2018, ProductLevel.Chapter));
        Assert.Contains("given twice", twice.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Trade_LegacyChinaUsa2018_Chapters_AsPublished()
    {
        var exports = ComtradeCsvReader.Read(RealFiles.LegacyChinaUsaExports);
        var imports = ComtradeCsvReader.Read(RealFiles.LegacyChinaUsaImports);
        var trade = ProductHierarchy.Trade(exports.Records.Concat(imports.Records), E("CHN"), E("USA"), 2018, ProductLevel.Chapter);
        Assert.Equal(97, trade.Count);
        var arms = trade.Single(t => t.Product.Code == "93");
        Assert.Equal(96378949m, arms.Exports!.Value.Amount);                   // PROVENANCE.md: cmd 93, Trade Value (US$) 96378949
        var published = imports.Records.Single(r => r.Product!.Code == "93").Value!.Value.Value;
        Assert.Equal(published, arms.Imports);
        Assert.Equal(96378949m - published.Amount, arms.Balance!.Value.Amount);
        Assert.Equal("85", trade[0].Product.Code);                             // electrical machinery: 119,511,219,602 US$ of exports alone
        Assert.True(trade.Zip(trade.Skip(1)).All(p => p.First.Turnover!.Value.Amount >= p.Second.Turnover!.Value.Amount));
    }

    [Fact]
    public void ConversionTotals_SplitMergedUnmapped_AddUp()
    {
        var table = Concordance.FromLinks(Classification.Hs2017, Classification.Hs2022,
            [("880240", "880240", "1:n", 2), ("880240", "880610", "1:n", 3), ("930110", "930110", "1:1", 4)], "test links");
        var result = table.Convert([("880240", new Money(100m, Usd)), ("930110", new Money(7m, Usd)), ("999999", new Money(5m, Usd))]);
        Assert.Equal(112m, result.InputTotal!.Value.Amount);
        Assert.Equal(107m, result.ConvertedTotal!.Value.Amount);
        Assert.Equal(100m, result.SplitTotal!.Value.Amount);
        Assert.Equal(5m, result.UnmappedTotal!.Value.Amount);
        var none = table.Convert([("930110", new Money(7m, Usd))]);
        Assert.Null(none.SplitTotal);
        Assert.Null(none.UnmappedTotal);
    }
}
