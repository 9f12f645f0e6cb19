using TradeArms.Economies;
using TradeArms.Products;
using TradeArms.Sources;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Sources;

/// <summary>BACI's code tables (real, ../shared/data/baci-codes), and the BACI and IMTS readers on DERIVED files (see <see cref="RealFiles"/>).</summary>
public class BaciAndImtsTest
{
    private static Economy E(string code) => EconomyRegistry.Default.Find(code)!;

    [SharedDataFact]
    public void BaciCountryTable_V202301_MapsEveryCode()
    {
        var codes = BaciCodeTables.ReadCountries(RealFiles.BaciCountries);
        Assert.Equal(238, codes.Count);
        string Iso(string code) => codes.Single(c => c.Code == code).Economy.Iso3!;
        Assert.Equal("IND", Iso("699")); // BACI uses 699, not 356
        Assert.Equal("USA", Iso("842"));
        Assert.Equal(("SUN", EconomyKind.FormerCountry), (Iso("810"), codes.Single(c => c.Code == "810").Economy.Kind));
        Assert.Equal("PAK", Iso("586"));
        Assert.Equal("RUS", Iso("643"));
        Assert.Equal(EconomyKind.Unallocated, codes.Single(c => c.Code == "490").Economy.Kind); // N/A: Other Asia, nes
        var registry = EconomyRegistry.Default.WithTradeCodes(codes);
        Assert.Equal("ZAF", registry.Resolve(EconomyCodeSystem.Baci, "711", 2020).Economy!.Iso3); // Comtrade's 711 is SACU
        Assert.Equal("Comtrade:711", EconomyRegistry.Default.Resolve(EconomyCodeSystem.Baci, "711", 2020).Economy!.Id);
    }

    [SharedDataFact]
    public void BaciProductTables_RestoreTheLeadingZero()
    {
        var hs92 = BaciCodeTables.ReadProducts(RealFiles.BaciProductsHs92, Classification.Hs1992);
        Assert.Equal(5021, hs92.Count);
        Assert.Equal("Horses: live, pure-bred breeding animals", hs92[new ProductCode("010111", Classification.Hs1992)]);
        Assert.StartsWith("Military weapons: other than revolvers", hs92[new ProductCode("930100", Classification.Hs1992)], StringComparison.Ordinal);
        Assert.Equal("Electronic circuits: monolithic integrated, digital", hs92[new ProductCode("854211", Classification.Hs1992)]);
        Assert.Equal(347, hs92.Keys.Count(k => k.Code.StartsWith('0')));
        var hs17 = BaciCodeTables.ReadProducts(RealFiles.BaciProductsHs17, Classification.Hs2017);
        Assert.Equal(5384, hs17.Count);
        Assert.Equal("Military weapons: artillery weapons (e.g. guns, howitzers, and mortars)", hs17[new ProductCode("930110", Classification.Hs2017)]);
        Assert.Equal(561, hs17.Keys.Count(k => k.Code.StartsWith('0')));
    }

    [SharedDataFact]
    public void Baci_DerivedFile_ThousandsOfUsDollars_TonnesAndMissingQuantities()
    {
        using var temp = new TempFolder();
        var path = RealFiles.WriteDerivedBaci(temp);
        var registry = EconomyRegistry.Default.WithTradeCodes(BaciCodeTables.ReadCountries(RealFiles.BaciCountries));
        var data = BaciReader.Read(path, new TradeReadOptions { Economies = registry });
        var source = RealFiles.LegacySubheadings().ToList();
        Assert.Equal(4322, data.Records.Length);
        Assert.Equal(source.Count, data.Records.Length);
        Assert.Empty(data.Unmapped);
        Assert.All(data.Records, r => Assert.Equal(("CHN", "USA", SourceFlow.Exports, "US$ thousand", Valuation.Fob), (r.Reporter!.Iso3!, r.Partner!.Iso3!, r.Flow, r.Value!.Value.Value.Unit.ToString(), r.Value!.Value.Valuation)));
        Assert.Equal(Classification.Hs2017, data.Classifications.Single());
        // The US$ thousand values sum to the legacy file's US$ subheading total / 1000; 146 rows have no weight.
        Assert.Equal(source.Sum(s => decimal.Parse(s.Value, System.Globalization.CultureInfo.InvariantCulture)) / 1000m, data.Records.Sum(r => r.Value!.Value.Value.Amount));
        Assert.Equal(146, data.Records.Count(r => r.NetWeight is null));
        var horses = data.Records.First(r => r.Product!.Code.StartsWith("0101", StringComparison.Ordinal));
        Assert.Equal(6, horses.Product!.Code.Length); // 10121 read back as 010121
        Assert.Equal("t", data.Records.First(r => r.NetWeight is not null).NetWeight!.Value.Unit);
    }

    [SharedDataFact]
    public void Imts_DerivedFromDots_PakistanRussia2018()
    {
        using var temp = new TempFolder();
        var data = ImtsSdmxCsvReader.Read(RealFiles.WriteDerivedImts(temp));
        Assert.Equal(362, data.Records.Length);
        Assert.Empty(data.Unmapped);
        var pakImports = data.Records.Single(r => r.ReporterCode == "PAK" && r.PartnerCode == "RUS" && r.Flow == SourceFlow.Imports && r.Period.Year == 2018);
        Assert.Equal((484.938791m, "US$ million", Valuation.Cif), (pakImports.Value!.Value.Value.Amount, pakImports.Value!.Value.Value.Unit.ToString(), pakImports.Value!.Value.Valuation));
        var rusExports = data.Records.Single(r => r.ReporterCode == "RUS" && r.PartnerCode == "PAK" && r.Flow == SourceFlow.Exports && r.Period.Year == 2018);
        Assert.Equal((418.321735m, Valuation.Fob), (rusExports.Value!.Value.Value.Amount, rusExports.Value!.Value.Valuation));
        Assert.True(data.Records.First(r => r.PartnerCode == "G001").Partner!.IsAggregate);
        Assert.Equal(EconomyKind.FormerCountry, data.Records.First(r => r.PartnerCode == "SUN").Partner!.Kind);
        var table = data.Table(E("PAK"), E("RUS"));
        Assert.Equal(29, table.Rows.Length);
        Assert.Equal(150.438963m, table.Rows.Single(r => r.Period.ToString() == "2018").Exports!.Value.Amount);
    }

    [Fact]
    public void Imts_QuarterlyAndMonthlyPeriods_AndEstimates()
    {
        using var temp = new TempFolder();
        var path = temp.Write("imts.csv",
            "DATAFLOW,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE,UNIT_MULT,OBS_STATUS\n" +
            "IMF.STA:IMTS(1.0.0),FRA,MG_CIF_USD,USA,Q,2020-Q1,12.5,9,E\n" +
            "IMF.STA:IMTS(1.0.0),FRA,MG_CIF_USD,USA,M,2020-01,4100.25,6,\n" +
            "IMF.STA:IMTS(1.0.0),FRA,XG_FOB_USD,USA,A,2020,,6,\n");
        var data = ImtsSdmxCsvReader.Read(path);
        Assert.Equal(["2020-Q1", "2020-01", "2020"], data.Records.Select(r => r.Period.ToString()));
        Assert.Equal((12.5m, "US$ billion", true), (data.Records[0].Value!.Value.Value.Amount, data.Records[0].Value!.Value.Value.Unit.ToString(), data.Records[0].Value!.Value.Estimated));
        Assert.Equal(4100.25m, data.Records[1].Value!.Value.InUsDollarMillions().Amount);
        Assert.Equal(12500m, data.Records[0].Value!.Value.InUsDollarMillions().Amount);
        Assert.Null(data.Records[2].Value); // empty OBS_VALUE: missing, not zero
    }

    [SharedDataFact]
    public void Detect_RecognisesEveryFormatFromItsHeader()
    {
        using var temp = new TempFolder();
        Assert.Equal(TradeFileFormat.ComtradePlusCsv, TradeFile.Detect(RealFiles.ChinaGermanyUsa2022));
        Assert.Equal(TradeFileFormat.ComtradePlusCsv, TradeFile.Detect(RealFiles.ChinaUsa8542));
        Assert.Equal(TradeFileFormat.ComtradePlusJson, TradeFile.Detect(RealFiles.ComtradeJson));
        Assert.Equal(TradeFileFormat.ComtradeLegacyCsv, TradeFile.Detect(RealFiles.LegacyChinaUsaExports));
        Assert.Equal(TradeFileFormat.Baci, TradeFile.Detect(RealFiles.WriteDerivedBaci(temp)));
        Assert.Equal(TradeFileFormat.ImtsSdmxCsv, TradeFile.Detect(RealFiles.WriteDerivedImts(temp)));
        Assert.Null(TradeFile.Detect(RealFiles.BaciCountries));
    }
}
