using TradeArms.Trade;

namespace TradeArms.Tests.Trade;

/// <summary>The one mirror rule, by hand: gap, ratio, percent gap and their undefined cases; the per-key outer join.</summary>
public class MirrorRuleTest
{
    [Fact]
    public void BothSides_GapRatioAndPercent_ByHand()
    {
        // Exporter (FOB) 10, importer (CIF) 11: gap +1, ratio 1.1, +10%.
        Assert.Equal(1m, MirrorRule.Gap<decimal>(10m, 11m));
        Assert.Equal(1.1, MirrorRule.Ratio<decimal>(10m, 11m)!.Value, 12);
        Assert.Equal(10, MirrorRule.GapPercent<decimal>(10m, 11m)!.Value, 12);
        Assert.Equal(MirrorStatus.Defined, MirrorRule.Status<decimal>(10m, 11m));
        // The same with doubles (the matrix's numbers): 418.321735 against 484.938791 is +15.925...%.
        Assert.Equal((484.938791 / 418.321735 - 1) * 100, MirrorRule.GapPercent<double>(418.321735, 484.938791)!.Value, 10);
        Assert.Equal(15.9, MirrorRule.GapPercent<double>(418.321735, 484.938791)!.Value, 1);
    }

    [Fact]
    public void UndefinedCases_AreNullWithTheirStatus_NeverZeroOrInfinity()
    {
        Assert.Null(MirrorRule.Gap<double>(null, 5));
        Assert.Null(MirrorRule.Gap<double>(5, null));
        Assert.Equal(MirrorStatus.NeitherReported, MirrorRule.Status<double>(null, null));
        Assert.Equal(MirrorStatus.ExporterMissing, MirrorRule.Status<double>(null, 5));
        Assert.Equal(MirrorStatus.ImporterMissing, MirrorRule.Status<double>(5, null));
        // An exporter's 0 (or a negative revision): the absolute gap exists, the relative one does not.
        Assert.Equal(1, MirrorRule.Gap<double>(0, 1));
        Assert.Null(MirrorRule.Ratio<double>(0, 1));
        Assert.Null(MirrorRule.GapPercent<double>(-4.8, 1));
        Assert.Equal(MirrorStatus.ExporterNotPositive, MirrorRule.Status<double>(-4.8, 1));
        // A missing exporter never counts as 0.
        Assert.Null(MirrorRule.Ratio<double>(null, 0));
    }

    [Fact]
    public void Match_PerKey_WithAProductDimension_IsAnOuterJoin()
    {
        // Keys (exporter, importer, year, HS code): what issue 16's product-level mirror adds to the pair and year.
        var byExporters = new Dictionary<(string, string, int, string), double?>
        {
            [("PAK", "RUS", 2018, "52")] = 10,
            [("PAK", "RUS", 2018, "61")] = 3,
        };
        var byImporters = new Dictionary<(string, string, int, string), double?>
        {
            [("PAK", "RUS", 2018, "52")] = 11,
            [("PAK", "RUS", 2018, "62")] = 2,
        };
        var matched = MirrorRule.Match(byExporters, byImporters);
        Assert.Equal([("PAK", "RUS", 2018, "52"), ("PAK", "RUS", 2018, "61"), ("PAK", "RUS", 2018, "62")], matched.Select(m => m.Key));
        Assert.Equal((10.0, 11.0), (matched[0].ByExporter!.Value, matched[0].ByImporter!.Value));
        Assert.Equal(MirrorStatus.ImporterMissing, MirrorRule.Status(matched[1].ByExporter, matched[1].ByImporter));
        Assert.Equal(MirrorStatus.ExporterMissing, MirrorRule.Status(matched[2].ByExporter, matched[2].ByImporter));
    }
}
