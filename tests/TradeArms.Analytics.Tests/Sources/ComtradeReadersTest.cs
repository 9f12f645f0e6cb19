using TradeArms.Economies;
using TradeArms.Products;
using TradeArms.Sources;
using TradeArms.Tests.Infrastructure;
using TradeArms.Text;

namespace TradeArms.Tests.Sources;

/// <summary>The Comtrade Plus CSV and JSON and legacy Comtrade CSV readers, on the real downloads in ../shared/data/comtrade.</summary>
public class ComtradeReadersTest
{
    private static Economy E(string code) => EconomyRegistry.Default.Find(code)!;

    private static TradeRecord One(TradeDataset data, string reporter, string partner, SourceFlow flow, int year, string product = "TOTAL") =>
        Assert.Single(data.Where(E(reporter), E(partner), product), r => r.Flow == flow && r.Period.Year == year);

    [SharedDataFact]
    public void PlusCsv_ChinaGermanyUsa2022_KeepsEveryPartner_AndTheSpotValues()
    {
        var data = ComtradeCsvReader.Read(RealFiles.ChinaGermanyUsa2022);
        Assert.Equal(TradeFileFormat.ComtradePlusCsv, data.Format);
        Assert.Equal(1352, data.Records.Length);
        Assert.Empty(data.Unmapped); // every one of the 241 partner codes (incl. 0 W00, 490 S19, 899 _X, 837 X1) maps
        Assert.Equal([Classification.Hs2022], data.Classifications);
        Assert.Equal(["CHN", "DEU", "USA"], data.Reporters.Select(e => e.Iso3));
        var pak = One(data, "CHN", "PAK", SourceFlow.Imports, 2022);
        Assert.Equal(3413278053m, pak.Value!.Value.Value.Amount);
        Assert.Equal((Valuation.Primary, "US$"), (pak.Value!.Value.Valuation, pak.Value!.Value.Value.Unit.ToString()));
        Assert.Equal(3413278053m, pak.Cif!.Value.Amount);
        Assert.Equal(118501522799m, One(data, "CHN", "IND", SourceFlow.Exports, 2022).Value!.Value.Value.Amount); // India is 699
        Assert.Equal("699", One(data, "CHN", "IND", SourceFlow.Exports, 2022).PartnerCode);
        Assert.Equal(114148970877m, One(data, "CHN", "RUS", SourceFlow.Imports, 2022).Value!.Value.Value.Amount);
        Assert.Equal(3083549384.324m, One(data, "DEU", "PAK", SourceFlow.Imports, 2022).Value!.Value.Value.Amount);
        var world = data.Records.Where(r => r.PartnerCode == "0").ToList();
        Assert.All(world, r => Assert.True(r.InvolvesAggregate));
        Assert.Equal(6, world.Count); // 3 reporters x 2 flows
        Assert.Equal("Côte d'Ivoire", data.Records.First(r => r.PartnerCode == "384").Partner!.Name); // Windows-1252 0xF4
    }

    [SharedDataFact]
    public void PlusCsv_ChinaPakistanTable_IsAYearOfUsDollars()
    {
        var table = ComtradeCsvReader.Read(RealFiles.ChinaGermanyUsa2022).Table(E("CHN"), E("PAK"));
        var row = Assert.Single(table.Rows);
        Assert.Equal("2022", row.Period.ToString());
        Assert.Equal(3413278053m, row.Imports!.Value.Amount);
        Assert.Equal("US$", table.Unit.ToString());
        Assert.Equal("China", table.Reporter.Name);
    }

    [SharedDataFact]
    public void PlusCsv_Thailand8542_MixesHsVintages_ByYear()
    {
        var data = ComtradeCsvReader.Read(RealFiles.Thailand8542);
        Assert.Equal(1178, data.Records.Length);
        Assert.Equal(["HS2012", "HS2017", "HS2022"], data.Classifications.Select(c => c.Name));
        Assert.Equal(2819596m, One(data, "THA", "IND", SourceFlow.Imports, 2014, "8542").Value!.Value.Value.Amount);
        var pak = One(data, "THA", "PAK", SourceFlow.Imports, 2016, "8542");
        Assert.Equal((21345.41m, 5m, "kg"), (pak.Value!.Value.Value.Amount, pak.NetWeight!.Value.Amount, pak.NetWeight!.Value.Unit));
        Assert.Equal(4389.58m, One(data, "THA", "RUS", SourceFlow.Imports, 2016, "8542").Value!.Value.Value.Amount);
        Assert.Equal(8.016m, One(data, "THA", "RUS", SourceFlow.Imports, 2016, "8542").NetWeight!.Value.Amount);
        Assert.Contains(data.Records, r => r.PublishedAggregateFlag == true);
        Assert.Contains(data.Records, r => r.PublishedAggregateFlag == false);
        Assert.Equal(11, data.Table(E("THA"), E("IND")).Rows.Length); // the only product, 8542, 2014-2024
    }

    [SharedDataFact]
    public void PlusCsv_PandasSaved_ChinaUsa8542_BreakdownsStayOutOfTheTable()
    {
        var data = ComtradeCsvReader.Read(RealFiles.ChinaUsa8542);
        Assert.Equal(173, data.Records.Length);
        var y2010 = One(data, "CHN", "USA", SourceFlow.Imports, 2010, "8542");
        Assert.Equal((7903767147m, 853234m, "HS2007"), (y2010.Value!.Value.Value.Amount, y2010.NetWeight!.Value.Amount, y2010.Product!.Classification.Name));
        Assert.Equal(14203311548m, One(data, "CHN", "USA", SourceFlow.Imports, 2013, "8542").Value!.Value.Value.Amount);
        Assert.Equal(450216.116m, One(data, "CHN", "USA", SourceFlow.Imports, 2024, "8542").NetWeight!.Value.Amount);
        Assert.Contains(data.Records, r => r.IsBreakdown && r.Partner2Code != "0");
        var table = data.Table(E("CHN"), E("USA"));
        Assert.Equal(15, table.Rows.Length);
        Assert.Equal(11754177020m, table.Rows[^1].Imports!.Value.Amount);
        Assert.Null(table.Rows[0].Exports); // the file has imports only: missing, not zero
    }

    [SharedDataFact]
    public void PlusJson_ChinaArgentinaGermany2010()
    {
        var data = ComtradeJsonReader.Read(RealFiles.ComtradeJson);
        Assert.Equal(TradeFileFormat.ComtradePlusJson, data.Format);
        Assert.Equal(4, data.Records.Length);
        var arg = One(data, "CHN", "ARG", SourceFlow.Imports, 2010);
        Assert.Equal((6804128143.0m, 6804128143.0m), (arg.Value!.Value.Value.Amount, arg.Cif!.Value.Amount));
        Assert.Equal(74251272075.0m, One(data, "CHN", "DEU", SourceFlow.Imports, 2010).Value!.Value.Value.Amount);
        var x = One(data, "CHN", "ARG", SourceFlow.Exports, 2010);
        Assert.Equal(6115764185.0m, x.Value!.Value.Value.Amount);
        Assert.Null(x.Cif); // JSON null: missing
        Assert.Equal(Classification.Parse("H3"), x.Product!.Classification);
        Assert.Equal(5, arg.Line); // the line of the record's opening brace
    }

    [SharedDataFact]
    public void BulkFileListing_IsNotTradeData_AndSaysSo()
    {
        var e = Assert.Throws<DataFormatException>(() => ComtradeJsonReader.Read(RealFiles.BulkListingJson));
        Assert.Equal($"{RealFiles.BulkListingJson}:5: expected a Comtrade Plus data record with \"refYear\" (this is not a /data/v1/get response), found nothing.", e.Message);
    }

    [SharedDataFact]
    public void Legacy_ChinaUsa2018_AllLevels()
    {
        var exports = ComtradeCsvReader.Read(RealFiles.LegacyChinaUsaExports);
        Assert.Equal(TradeFileFormat.ComtradeLegacyCsv, exports.Format);
        Assert.Equal(5526, exports.Records.Length);
        Assert.Equal(96378949m, One(exports, "CHN", "USA", SourceFlow.Exports, 2018, "93").Value!.Value.Value.Amount);
        Assert.Equal(1225901036m, One(exports, "CHN", "USA", SourceFlow.Exports, 2018, "27").Value!.Value.Value.Amount);
        var sorghum = One(exports, "CHN", "USA", SourceFlow.Exports, 2018, "1007");
        Assert.Equal((73081m, 69445m), (sorghum.Value!.Value.Value.Amount, sorghum.NetWeight!.Value.Amount));
        var imports = ComtradeCsvReader.Read(RealFiles.LegacyChinaUsaImports);
        Assert.Equal(5528, imports.Records.Length);
        Assert.Equal(568852m, One(imports, "CHN", "USA", SourceFlow.Imports, 2018, "93").Value!.Value.Value.Amount);
        var crude = One(imports, "CHN", "USA", SourceFlow.Imports, 2018, "2709");
        Assert.Equal((6798860012m, 12281295000m), (crude.Value!.Value.Value.Amount, crude.NetWeight!.Value.Amount));
        Assert.Equal(726805953m, One(imports, "CHN", "USA", SourceFlow.Imports, 2018, "1007").Value!.Value.Value.Amount);
        Assert.True(One(exports, "CHN", "USA", SourceFlow.Exports, 2018, "01").NetWeight!.Value.Estimated); // Flag 4
    }

    [SharedDataFact]
    public void Legacy_EuUkraineSorghum_OneVintagePerYear_AndTheEuIsAnAggregate()
    {
        var data = ComtradeCsvReader.Read(RealFiles.LegacyEuUkraineSorghum);
        Assert.Equal(21, data.Records.Length);
        Assert.Equal(["HS1996", "HS2002", "HS2007", "HS2012", "HS2017"], data.Classifications.Select(c => c.Name));
        var eu = data.Records[0].Reporter!;
        Assert.Equal((EconomyKind.Aggregate, "EU"), (eu.Kind, eu.Name));
        Assert.Equal(640252m, data.Records.Single(r => r.Period.Year == 2017).Value!.Value.Value.Amount);
        Assert.Equal(168625m, data.Records.Single(r => r.Period.Year == 2017).NetWeight!.Value.Amount);
        Assert.Equal((2069534m, "HS2012"), (data.Records.Single(r => r.Period.Year == 2012).Value!.Value.Value.Amount, data.Records.Single(r => r.Period.Year == 2012).Product!.Classification.Name));
        var y2000 = data.Records.Single(r => r.Period.Year == 2000);
        Assert.Equal((28171m, "HS1996", true), (y2000.Value!.Value.Value.Amount, y2000.Product!.Classification.Name, y2000.NetWeight!.Value.Estimated)); // Flag 6
    }

    [SharedDataFact]
    public void UnknownPartnerCode_IsReportedWithItsValue_NotDropped()
    {
        using var temp = new TempFolder();
        var lines = File.ReadAllLines(RealFiles.LegacyEuUkraineSorghum);
        lines[1] = lines[1].Replace(",804,Ukraine,UKR,", ",998,Atlantis,ATL,", StringComparison.Ordinal);
        lines[2] = lines[2].Replace(",804,Ukraine,UKR,", ",998,Atlantis,ATL,", StringComparison.Ordinal);
        var path = temp.Write("unknown.csv", string.Join('\n', lines) + "\n");
        var data = ComtradeCsvReader.Read(path);
        var unmapped = Assert.Single(data.Unmapped);
        Assert.Equal("Comtrade code 998 ('Atlantis'): 2 rows, 902173 US$, first on line 2: not a Comtrade code known to TradeArms", unmapped.ToString());
        Assert.Equal(21, data.Records.Length); // kept, with no partner economy
        Assert.Equal(2, data.Records.Count(r => r.Partner is null));
    }
}
