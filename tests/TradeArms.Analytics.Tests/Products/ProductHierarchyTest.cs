using TradeArms.Economies;
using TradeArms.Products;
using TradeArms.Sources;
using TradeArms.Tests.Infrastructure;
using TradeArms.Tests.Sources;

namespace TradeArms.Tests.Products;

/// <summary>The HS nomenclatures (../shared/data/classifications), the hierarchy checks and the product-by-partner matrix on real Comtrade files.</summary>
public class ProductHierarchyTest
{
    private static string Classifications(params string[] parts) => SharedData.Path(["classifications", .. parts]);

    private static Economy E(string code) => EconomyRegistry.Default.Find(code)!;

    [SharedDataFact]
    public void Hs2022_FromTheHarmonizedSystemPackage_HasEveryLevelAndSection()
    {
        var hs = HsNomenclature.ReadHarmonizedSystemCsv(Classifications("datasets__harmonized-system", "harmonized-system.csv"), Classifications("datasets__harmonized-system", "sections.csv"));
        Assert.Equal((97, 1229, 5613, 21), (hs.Count(ProductLevel.Chapter), hs.Count(ProductLevel.Heading), hs.Count(ProductLevel.Subheading), hs.Sections.Count));
        Assert.Equal(("Military weapons; artillery weapons (e.g. guns, howitzers, and mortars)", "9301"), (hs.Find("930110")!.Description, hs.Find("930110")!.Parent));
        Assert.Equal(("XIX", "Arms and ammunition; parts and accessories thereof"), (hs.SectionOf("930110")!.Numeral, hs.SectionOf("930110")!.Name));
        Assert.Equal("XVI", hs.Find("854231")!.Section);
        Assert.Equal("live animals; animal products", hs.SectionOf("01")!.Name);
    }

    [SharedDataFact]
    public void ComtradeLists_H0_H5_H6_AndH6AgreesWithThePackage()
    {
        var h0 = HsNomenclature.ReadComtradeList(Classifications("insongkim__concordance", "classificationH0.json"));
        var h5 = HsNomenclature.ReadComtradeList(Classifications("insongkim__concordance", "classificationH5.json"));
        var h6 = HsNomenclature.ReadComtradeList(Classifications("insongkim__concordance", "classificationH6.json"));
        Assert.Equal((Classification.Hs1992, 5040), (h0.Classification, h0.Count(ProductLevel.Subheading))); // 5041 six-character ids, one is the pseudo-code 9999AA
        Assert.Equal((Classification.Hs2017, 5388), (h5.Classification, h5.Count(ProductLevel.Subheading)));
        Assert.Equal((Classification.Hs2022, 5613), (h6.Classification, h6.Count(ProductLevel.Subheading)));
        Assert.Equal("Military weapons; other than revolvers, pistols and arms of heading no. 9307", h0.Find("930100")!.Description);
        Assert.EndsWith("**LEGACY NON-WCO CODE**", h0.Find("271019")!.Description, StringComparison.Ordinal);
        Assert.StartsWith("Electronic integrated circuits; processors and controllers", h5.Find("854231")!.Description, StringComparison.Ordinal);
        var package = HsNomenclature.ReadHarmonizedSystemCsv(Classifications("datasets__harmonized-system", "harmonized-system.csv"));
        Assert.Equal(package.Entries.Select(e => e.Code.Code), h6.Entries.Select(e => e.Code.Code));
    }

    [SharedDataFact]
    public void Reconcile_LegacyChinaUsaImports_EveryLevelAgrees()
    {
        var result = ProductHierarchy.Reconcile(ComtradeCsvReader.Read(RealFiles.LegacyChinaUsaImports));
        Assert.Equal(1230, result.Checked); // TOTAL, 97 chapters and every heading with subheadings: computed independently, 1230
        Assert.True(result.Consistent);
    }

    [SharedDataFact]
    public void Reconcile_LegacyChinaUsaExports_ReportsTheHeadingsThatDisagree()
    {
        var result = ProductHierarchy.Reconcile(ComtradeCsvReader.Read(RealFiles.LegacyChinaUsaExports));
        Assert.Equal(1202, result.Checked);
        // TOTAL = sum of chapters (479701580548) and every chapter = sum of its headings; 438 headings differ from
        // their subheadings beyond rounding (0.5 US$ per figure), the largest 9999: 1407176086 vs 1446000894.
        Assert.Empty(result.At(ProductLevel.Total));
        Assert.Empty(result.At(ProductLevel.Chapter));
        Assert.Equal(438, result.At(ProductLevel.Heading).Count());
        var worst = result.Discrepancies.MaxBy(d => Math.Abs(d.Difference))!;
        Assert.Equal(("9999", 1407176086m, 1446000894m, -38824808m, 1), (worst.Record.Product!.Code, worst.Published.Amount, worst.Computed.Amount, worst.Difference, worst.Children));
        var first = result.Discrepancies[0];
        // 0505 differs by 1 US$ from its 2 subheadings: within rounding (1.5). The first beyond it: 0902, 22 US$ over 4 subheadings (tolerance 2.5).
        Assert.Equal(("0902", 89421629m, 89421607m, 2.5m), (first.Record.Product!.Code, first.Published.Amount, first.Computed.Amount, first.Tolerance));
    }

    [SharedDataFact]
    public void Aggregate_SubheadingsToChapters_AndBaciThousands()
    {
        var exports = ComtradeCsvReader.Read(RealFiles.LegacyChinaUsaExports);
        var chapters = ProductHierarchy.Aggregate(exports.Records, ProductLevel.Chapter);
        Assert.Equal(96378949m, chapters.Single(t => t.Product.Code == "93").Value!.Value.Amount);     // = published chapter 93
        Assert.Equal(119510870111m, chapters.Single(t => t.Product.Code == "85").Value!.Value.Amount); // published 119511219602
        using var temp = new TempFolder();
        var baci = BaciReader.Read(RealFiles.WriteDerivedBaci(temp));
        var total = ProductHierarchy.Aggregate(baci.Records, ProductLevel.Total).Single();
        Assert.Equal(("TOTAL", "US$ thousand"), (total.Product.Code, total.Value!.Value.Unit.ToString()));
        Assert.Equal(RealFiles.LegacySubheadings().Sum(s => decimal.Parse(s.Value, System.Globalization.CultureInfo.InvariantCulture)) / 1000m, total.Value!.Value.Amount);
    }

    [SharedDataFact]
    public void ProductByPartner_Thailand8542Imports2016_AggregatesKeptApart()
    {
        var data = ComtradeCsvReader.Read(RealFiles.Thailand8542);
        var matrix = ProductPartnerMatrix.Build(data, E("THA"), SourceFlow.Imports, 2016, ProductLevel.Heading);
        Assert.Equal(["8542"], matrix.Products.Select(p => p.Code));
        Assert.Equal(105, matrix.Partners.Length); // 108 records less World (W00), Other Asia nes (S19), Areas nes (_X)
        Assert.Equal(["W00", "S19", "_X"], matrix.AggregatePartners.Select(a => EconomyRegistry.Default.TradeCodes.Single(c => c.System == EconomyCodeSystem.Comtrade && c.Code == a.PartnerCode).Alpha));
        Assert.Equal("USA", matrix.Partners[0].Iso3);
        var ic = matrix.Products[0];
        Assert.Equal(1428074796.17m, matrix[ic, E("USA")]!.Value.Amount);
        Assert.Equal(21345.41m, matrix[ic, E("PAK")]!.Value.Amount);
        Assert.Equal(9428383351.96m, matrix.AggregatePartners[0].Value!.Value.Amount);
        Assert.Empty(matrix.Unmapped);
    }

    [SharedDataFact]
    public void ProductByPartner_ChinaExportsToUsa_ChaptersAsPublished()
    {
        var matrix = ProductPartnerMatrix.Build(ComtradeCsvReader.Read(RealFiles.LegacyChinaUsaExports), E("CHN"), SourceFlow.Exports, 2018, ProductLevel.Chapter);
        Assert.Equal(97, matrix.Products.Length);
        Assert.Equal(119511219602m, matrix[new ProductCode("85", Classification.Hs2017), E("USA")]!.Value.Amount); // the published chapter, not the sum
    }
}
