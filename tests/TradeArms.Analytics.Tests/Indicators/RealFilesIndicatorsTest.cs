using TradeArms.Economies;
using TradeArms.Indicators;
using TradeArms.Products;
using TradeArms.Sources;
using TradeArms.Tests.Infrastructure;
using TradeArms.Tests.Sources;

namespace TradeArms.Tests.Indicators;

/// <summary>
/// The indicators on the real Comtrade files in ../shared/data/comtrade against an independent computation: a
/// straightforward LINQ recomputation in the test from the reader's records (TradeDataset.Records: code, flow, value),
/// which shares no code with ProductFlows or the indicator passes. Files: legacy Comtrade China-USA 2018 (China's
/// exports to and imports from the USA, HS2017, 2, 4 and 6 digits) and the Comtrade Plus TradeData.csv (China,
/// Germany and the USA with every partner, TOTAL, 2022).
/// </summary>
public sealed class RealFilesIndicatorsTest
{
    private static (TradeDataset Exports, TradeDataset Imports) Legacy() =>
        (ComtradeCsvReader.Read(RealFiles.LegacyChinaUsaExports), ComtradeCsvReader.Read(RealFiles.LegacyChinaUsaImports));

    /// <summary>The reference: per code at a level, China's exports to and imports from the USA, from the records.</summary>
    private static Dictionary<string, (double X, double M)> ByCode(ProductLevel level)
    {
        var (ex, im) = Legacy();
        var cells = new Dictionary<string, (double X, double M)>(StringComparer.Ordinal);
        foreach (var r in ex.Records.Concat(im.Records).Where(r => r.Product?.Level == level && r.Value is not null && !r.IsBreakdown))
        {
            var c = cells.GetValueOrDefault(r.Product!.Code);
            var v = (double)r.Value!.Value.Value.Amount;
            cells[r.Product.Code] = r.Flow == SourceFlow.Exports ? (c.X + v, c.M) : r.Flow == SourceFlow.Imports ? (c.X, c.M + v) : c;
        }
        return cells;
    }

    [SharedDataTheory]
    [InlineData(ProductLevel.Chapter)]
    [InlineData(ProductLevel.Heading)]
    [InlineData(ProductLevel.Subheading)]
    public void GrubelLloyd_ChinaUsa2018_AtEachLevel(ProductLevel level)
    {
        var (ex, im) = Legacy();
        var flows = ProductFlows.FromDatasets(level, ex, im);
        var reference = ByCode(level);
        var expected = 1 - (reference.Values.Sum(c => Math.Abs(c.X - c.M)) / reference.Values.Sum(c => c.X + c.M));
        var gl = GrubelLloyd.EveryPair(flows, aquino: true);
        var row = Assert.Single(gl.Where(2018, "CHN", "USA"));
        Assert.Equal(expected, gl.Value(row, "gl")!.Value, 1e-12);
        var (sx, sm) = (reference.Values.Sum(c => c.X), reference.Values.Sum(c => c.M));
        var aquino = 1 - (reference.Values.Sum(c => Math.Abs((c.X * (sx + sm) / (2 * sx)) - (c.M * (sx + sm) / (2 * sm)))) / (sx + sm));
        Assert.Equal(aquino, gl.Value(row, "gl_aquino")!.Value, 1e-12);
        Assert.Equal(sx, gl.Value(row, "exports")!.Value, 1e-3);
        // Per product, the same as the pair table's per-product rows.
        var byProduct = GrubelLloyd.ByProduct(flows, "CHN", "USA");
        var code = level switch { ProductLevel.Chapter => "93", ProductLevel.Heading => "9306", _ => "930629" };
        var c = reference[code];
        Assert.Equal(1 - (Math.Abs(c.X - c.M) / (c.X + c.M)), byProduct.Value(byProduct.Where(2018, "CHN", "USA", code).Single(), "gl")!.Value, 1e-12);
    }

    [SharedDataFact]
    public void GrubelLloyd_FallsAsProductsGetFiner()
    {
        var (ex, im) = Legacy();
        double Gl(ProductLevel level)
        {
            var t = GrubelLloyd.EveryPair(ProductFlows.FromDatasets(level, ex, im));
            return t.Value(t.Where(2018, "CHN", "USA").Single(), "gl")!.Value;
        }
        var (chapter, heading, subheading) = (Gl(ProductLevel.Chapter), Gl(ProductLevel.Heading), Gl(ProductLevel.Subheading));
        Assert.True(chapter > heading && heading > subheading, $"{chapter} {heading} {subheading}");
        // Grouped by chapter from 6-digit detail equals nothing summed: the chapter-93 group from its subheadings.
        var fine = ProductFlows.FromDatasets(ProductLevel.Subheading, ex, im);
        var grouped = GrubelLloyd.ByProduct(fine, "CHN", "USA", groupBy: ProductLevel.Chapter);
        var cells = ByCode(ProductLevel.Subheading).Where(c => c.Key.StartsWith("93", StringComparison.Ordinal)).Select(c => c.Value).ToList();
        Assert.Equal(1 - (cells.Sum(c => Math.Abs(c.X - c.M)) / cells.Sum(c => c.X + c.M)), grouped.Value(grouped.Where(2018, "CHN", "USA", "93").Single(), "gl")!.Value, 1e-12);
    }

    [SharedDataFact]
    public void Rca_Similarity_Complementarity_Diversification_ChinaUsa2018()
    {
        var (ex, im) = Legacy();
        var flows = ProductFlows.FromDatasets(ProductLevel.Subheading, ex, im);
        var cells = ByCode(ProductLevel.Subheading);
        double sx = cells.Values.Sum(c => c.X), sm = cells.Values.Sum(c => c.M);
        // RCA of China's exports to the USA within the pair's trade (the group is the two economies).
        var rca = RevealedComparativeAdvantage.Compute(flows, ["CHN", "USA"], reporter: "CHN");
        var arms = cells["930629"];
        var expected = arms.X / sx / ((arms.X + arms.M) / (sx + sm));
        Assert.Equal(expected, rca.Value(rca.Where(2018, "CHN", product: "930629").Single(), "rca")!.Value, 1e-12);
        Assert.Equal(cells.Count(c => c.Value.X > 0 || ex.Records.Any(r => r.Product?.Code == c.Key && r.Product.Level == ProductLevel.Subheading)), rca.Count);
        // Finger-Kreinin of China's exports to the USA and the USA's exports to China (as China reports its imports).
        var fk = cells.Values.Sum(c => Math.Min(c.X / sx, c.M / sm));
        var s = ExportSimilarity.Compute(flows);
        Assert.Equal(fk, s.Value(s.Where(2018, "CHN", "USA").Single(), "similarity")!.Value, 1e-12);
        // With one partner each, China's export mix is the USA's import mix: complementarity 1.
        var comp = Complementarity.Compute(flows, "CHN", "USA");
        Assert.Equal(1, comp.Value(comp.Where(2018, "CHN", "USA").Single(), "complementarity")!.Value, 1e-12);
        // Diversification of China's exports to the USA over 6-digit products.
        var positive = cells.Values.Where(c => c.X > 0).Select(c => c.X / sx).ToList();
        var hhi = positive.Sum(v => v * v);
        var d = ExportDiversification.Compute(flows, "CHN");
        var row = d.Where(2018, "CHN").Single();
        Assert.Equal(positive.Count, d.Value(row, "products"));
        Assert.Equal(hhi, d.Value(row, "products_hhi")!.Value, 1e-12);
        Assert.Equal((hhi - (1.0 / positive.Count)) / (1 - (1.0 / positive.Count)), d.Value(row, "products_hhi_normalised")!.Value, 1e-12);
        Assert.Equal(positive.Sum(v => v * Math.Log(v * positive.Count)), d.Value(row, "products_theil")!.Value, 1e-9);
        Assert.Null(d.Value(row, "partners_hhi_normalised")); // one partner
    }

    [SharedDataFact]
    public void TradeIntensity_AndMirror_ChinaGermanyUsa2022()
    {
        var data = ComtradeCsvReader.Read(RealFiles.ChinaGermanyUsa2022);
        var reported = data.Records.Where(r => r.Flow == SourceFlow.Exports && !r.IsBreakdown && r.Value is not null && r.Reporter is not null && r.Partner is { IsAggregate: false }).ToList();
        var exportsOnly = new TradeDataset(data.Format, data.Source, reported, []);
        var flows = ProductFlows.FromDataset(exportsOnly, ProductLevel.Total);
        // Reference: (x_ij / X_i) / (x_wj / X_w) over the three reporters' exports to non-aggregate partners.
        double X(Func<TradeRecord, bool> where) => reported.Where(where).Sum(r => (double)r.Value!.Value.Value.Amount);
        var chnUsa = X(r => r.Reporter!.Iso3 == "CHN" && r.Partner!.Iso3 == "USA");
        var expected = chnUsa / X(r => r.Reporter!.Iso3 == "CHN") / (X(r => r.Partner!.Iso3 == "USA") / X(_ => true));
        var ti = TradeIntensity.Compute(flows);
        Assert.Equal(expected, ti.Value(ti.Where(2022, "CHN", "USA").Single(), "intensity")!.Value, 1e-12);
        Assert.Equal(chnUsa, ti.Value(ti.Where(2022, "CHN", "USA").Single(), "exports")!.Value, 1e-3);
        // Mirror at TOTAL: the USA's reported exports to China against China's reported imports from the USA.
        var usa = EconomyRegistry.Default.Find("USA")!;
        var chn = EconomyRegistry.Default.Find("CHN")!;
        var mirror = ProductMirror.Compare(data, chn, usa, ProductLevel.Total);
        var byUsa = data.Records.Single(r => r.Reporter == usa && r.Partner == chn && r.Flow == SourceFlow.Exports && r.Product!.IsTotal && !r.IsBreakdown).Value!.Value.Value;
        var byChn = data.Records.Single(r => r.Reporter == chn && r.Partner == usa && r.Flow == SourceFlow.Imports && r.Product!.IsTotal && !r.IsBreakdown).Value!.Value.Value;
        var gap = mirror.Rows.Single(g => g.Gap.Exporter.Iso3 == "USA").Gap;
        Assert.Equal(byUsa, gap.ByExporter);
        Assert.Equal(byChn, gap.ByImporter);
        Assert.Equal(byChn - byUsa, gap.Gap);
        Assert.Equal(["product", "period", "exporter", "importer", "by_exporter", "by_importer", "gap", "gap_percent", "reason"], mirror.ToDataFrame().Columns.Select(c => c.Name));
    }
}
