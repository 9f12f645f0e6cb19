using System.Text.Json;
using TradeArms.Economies;
using TradeArms.Tests.Infrastructure;
using TradeArms.Text;

namespace TradeArms.Tests.Economies;

/// <summary>The one economy code model, against the real code lists in ../shared/data/codes.</summary>
public class EconomyRegistryTest
{
    private static EconomyRegistry Codes => EconomyRegistry.Default;

    private static string CodesFolder => SharedData.Path("codes");

    [SharedDataFact]
    public void ShippedTable_IsExactlyWhatTheReferenceFilesDerive()
    {
        var derived = new StringWriter();
        EconomyRegistry.FromReferenceFiles(CodesFolder).WriteTable(derived);
        var shipped = RepositoryRoot.Combine("src", "TradeArms.Analytics", "Economies", "economies.csv");
        if (Environment.GetEnvironmentVariable("TRADEARMS_REGENERATE") == "1")
        {
            File.WriteAllText(shipped, derived.ToString());
        }
        Assert.Equal(derived.ToString(), File.ReadAllText(shipped));
    }

    [Fact]
    public void Default_HoldsIso31661_Iso31663_AndM49Regions()
    {
        // iso_3166-1.json: 249 entries; iso_3166-3.json: 31; UNSD-en.csv: 30 region codes (001 World .. 061 Polynesia).
        Assert.Equal(249, Codes.Economies.Count(e => e.Kind == EconomyKind.Country));
        Assert.Equal(31 + 15, Codes.Economies.Count(e => e.Kind == EconomyKind.FormerCountry)); // + 15 former areas only Comtrade codes (886 Fmr Arab Rep. of Yemen, ...)
        Assert.Equal(30, Codes.Economies.Count(e => e.Id.StartsWith("M49:", StringComparison.Ordinal)));
        var pakistan = Codes.Find("PAK")!;
        Assert.Equal((586, "PK", "Pakistan"), (pakistan.M49!.Value, pakistan.Iso2!, pakistan.Name));
        Assert.Same(pakistan, Codes.Find("pk"));
        Assert.Same(pakistan, Codes.Find("Islamic Republic of Pakistan")); // official_name in iso_3166-1.json
        Assert.Equal("Russian Federation", Codes.ByM49(643)!.Name);
        Assert.Equal("India", Codes.ByM49(356)!.Name);
    }

    [Fact]
    public void FormerCountries_CarryTheirIso31663WithdrawalDates()
    {
        // iso_3166-3.json: SUHH SUN 810 withdrawn 1992-08-30; CSHH CSK 200 1993-06-15; DDDE DDR 278 1990-10-30; YUCS YUG 891 2003-07-23.
        var ussr = Codes.Find("SUN")!;
        Assert.Equal((EconomyKind.FormerCountry, 810, new DateOnly(1992, 8, 30)), (ussr.Kind, ussr.M49!.Value, ussr.Withdrawn!.Value));
        Assert.Equal(new DateOnly(1993, 6, 15), Codes.Find("CSK")!.Withdrawn);
        Assert.Equal(new DateOnly(1990, 10, 30), Codes.Find("DDR")!.Withdrawn);
        Assert.Equal((891, new DateOnly(2003, 7, 23)), (Codes.Find("YUG")!.M49!.Value, Codes.Find("YUG")!.Withdrawn!.Value));
        // A renamed country keeps its number: 104 is Myanmar, not Burma (BUMM, also 104 in ISO 3166-3).
        Assert.Equal("MMR", Codes.ByM49(104)!.Iso3);
    }

    [Fact]
    public void ComtradeDatedCodes_ResolveByYear()
    {
        var pak1970 = Codes.Resolve(EconomyCodeSystem.Comtrade, "588", 1970);
        Assert.Equal(("PAK", false), (pak1970.Economy!.Iso3, pak1970.OutsideValidity));
        Assert.Equal("Comtrade code 588 (East and West Pakistan), valid until 1971", pak1970.Rule);
        Assert.True(Codes.Resolve(EconomyCodeSystem.Comtrade, "588", 1990).OutsideValidity);
        Assert.Equal("PAK", Codes.Resolve(EconomyCodeSystem.Comtrade, "586", 2022).Economy!.Iso3);
        Assert.Equal("IND", Codes.Resolve(EconomyCodeSystem.Comtrade, "356", 1974).Economy!.Iso3);
        Assert.Equal("IND", Codes.Resolve(EconomyCodeSystem.Comtrade, "699", 2022).Economy!.Iso3);
        Assert.True(Codes.Resolve(EconomyCodeSystem.Comtrade, "699", 1970).OutsideValidity);
        Assert.Equal("SUN", Codes.Resolve(EconomyCodeSystem.Comtrade, "810", 1991).Economy!.Iso3);
        Assert.True(Codes.Resolve(EconomyCodeSystem.Comtrade, "810", 1992).OutsideValidity);
        Assert.Equal("USA", Codes.Resolve(EconomyCodeSystem.Comtrade, "842", 2022).Economy!.Iso3);
        Assert.Equal("FRA", Codes.Resolve(EconomyCodeSystem.Comtrade, "251", 2022).Economy!.Iso3);
    }

    [Fact]
    public void Aggregates_AreFlagged_AndShareOneWorld()
    {
        var world = Codes.Resolve(EconomyCodeSystem.Comtrade, "0", 2022).Economy!;
        Assert.True(world.IsAggregate);
        Assert.Equal("M49:001", world.Id);
        Assert.Same(world, Codes.Find("W00"));
        Assert.Same(world, Codes.Resolve(EconomyCodeSystem.Imf, "G001", 2020).Economy);
        Assert.Same(world, Codes.Resolve(EconomyCodeSystem.M49, "001", null).Economy);
        Assert.True(Codes.Resolve(EconomyCodeSystem.Comtrade, "899", 2022).Economy!.IsAggregate); // Areas, nes
        Assert.True(Codes.Find("142")!.IsAggregate);                                          // M49 Asia
        Assert.False(Codes.Find("PAK")!.IsAggregate);
        Assert.Null(Codes.Resolve(EconomyCodeSystem.Comtrade, "999", 2022).Economy);
        Assert.Equal("not an ISO 3166 alpha-3 code nor an IMF aggregate code known to TradeArms", Codes.Resolve(EconomyCodeSystem.Imf, "G998", 2020).Rule);
    }

    [Fact]
    public void Economies_LinkToSipriActors()
    {
        Assert.Equal("Soviet Union", Codes.Find("810")!.SipriActor!.Name);
        Assert.Equal("Czechoslovakia", Codes.Find("CSK")!.SipriActor!.Name);
        Assert.Equal("East Germany (GDR)", Codes.Find("DDR")!.SipriActor!.Name);
        Assert.Equal("Yugoslavia", Codes.Find("YUG")!.SipriActor!.Name);
        Assert.Equal("Russia", Codes.Find("RUS")!.SipriActor!.Name);
        Assert.Equal("Germany", Codes.Resolve(EconomyCodeSystem.Comtrade, "280", 1980).Economy!.SipriActor!.Name);
        Assert.Null(Codes.Find("W00")!.SipriActor);
        Assert.Same(Codes.Find("RUS"), Codes.Find("Russia")); // SIPRI's name finds the economy
    }

    [SharedDataFact]
    public void EveryCodeOfComtradesLegacyLists_Resolves()
    {
        // reporterAreas.json (257 entries) and partnerAreas.json (293) without "all": every code resolves to an economy.
        foreach (var file in new[] { "zhujinyan__Trade-Network-Resilience-Reseach-Code/reporterAreas.json", "drunkcoding__complex-network-research/partnerAreas.json" })
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(CodesFolder, file)).TrimStart('\uFEFF'));
            var entries = json.RootElement.GetProperty("results").EnumerateArray().Select(e => (Id: e.GetProperty("id").GetString()!, Text: e.GetProperty("text").GetString()!))
                .Where(e => e.Id != "all").ToList();
            var unmapped = entries.Where(e => !Codes.Resolve(EconomyCodeSystem.Comtrade, e.Id, null).IsMapped).ToList();
            Assert.Empty(unmapped);
            Assert.True(entries.Count is 256 or 292, file);
        }
    }

    [SharedDataFact]
    public void CountryCodesCompendium_AndLukesList_AgreeWithTheRegistry()
    {
        // country-codes.csv (datasets/country-codes, 249 rows) and all.csv (lukes, 249 rows): same M49 and alpha-2 per alpha-3.
        foreach (var (file, iso3, iso2, m49) in new[]
        {
            ("datasets__country-codes/country-codes.csv", "ISO3166-1-Alpha-3", "ISO3166-1-Alpha-2", "ISO3166-1-numeric"),
            ("lukes__ISO-3166-Countries-with-Regional-Codes/all.csv", "alpha-3", "alpha-2", "country-code"),
        })
        {
            var path = Path.Combine(CodesFolder, file);
            var lines = CsvTokenizer.Split(File.ReadAllText(path), ',', path);
            var header = lines[0].Fields.ToList();
            var rows = lines.Skip(1).Where(l => !l.IsBlank && l[header.IndexOf(iso3)].Length > 0).ToList();
            Assert.Equal(249, rows.Count);
            foreach (var row in rows)
            {
                var economy = Codes.Find(row[header.IndexOf(iso3)]);
                Assert.NotNull(economy);
                Assert.Equal(int.Parse(row[header.IndexOf(m49)], System.Globalization.CultureInfo.InvariantCulture), economy.M49);
                Assert.Equal(row[header.IndexOf(iso2)], economy.Iso2);
            }
        }
    }
}
