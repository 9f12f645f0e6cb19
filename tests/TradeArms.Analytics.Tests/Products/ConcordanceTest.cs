using ExcelDataReader;
using TradeArms.Products;
using TradeArms.Sources;
using TradeArms.Tests.Infrastructure;
using TradeArms.Tests.Sources;

namespace TradeArms.Tests.Products;

/// <summary>UNSD's correlation tables in ../shared/data/classifications: documented link counts, relationships, conversions.</summary>
public class ConcordanceTest
{
    private static string Table(string folder, string file) => SharedData.Path("classifications", folder, file);

    private static string Kim(string file) => Table("insongkim__concordance", file);

    private static Money Usd(decimal amount) => new(amount, new MoneyUnit("USD", MoneyScale.Units));

    public static TheoryData<string, string, string, int, int, int, int, int> Tables => new()
    {
        // file, from, to, links, then the published 1:1, n:1, 1:n, n:n counts (FORMATS.md gives HS2022-HS2017's; the
        // others as the tables publish them, and each equals the count computed from the links' structure).
        { "HS2022toHS2017ConversionAndCorrelationTables.xlsx", "HS2022", "HS2017", 15657, 4097, 1392, 54, 10114 },
        { "HS2022toHS1992ConversionAndCorrelationTables.xlsx", "HS2022", "HS1992", 18900, -1, -1, -1, -1 },
        { "HS2017toHS1992ConversionAndCorrelationTables.xlsx", "HS2017", "HS1992", 7862, -1, -1, -1, -1 },
        { "HS2022toSITC3ConversionAndCorrelationTables.xlsx", "HS2022", "SITC3", 14992, -1, -1, -1, -1 },
        { "HS2022toSITC4ConversionAndCorrelationTables.xlsx", "HS2022", "SITC4", 13191, -1, -1, -1, -1 },
        { "HS2022 to BEC Conversion and Correlation Tables.csv", "HS2022", "BEC", 5926, 0, 5468, 0, 458 },
        { "HS2017 to BEC Conversion and Correlation Tables.csv", "HS2017", "BEC", 5511, 0, 5286, 0, 225 },
    };

    [SharedDataTheory]
    [MemberData(nameof(Tables))]
    public void EveryTable_RoundTripsItsDocumentedLinkCounts(string file, string from, string to, int links, int oneToOne, int manyToOne, int oneToMany, int manyToMany)
    {
        var table = file.EndsWith(".csv", StringComparison.Ordinal) ? Concordance.ReadUnsdCsv(Kim(file)) : Concordance.ReadUnsdWorkbook(Kim(file));
        Assert.Equal((from, to, links), (table.From.Name, table.To.Name, table.Links.Length));
        var counts = table.PublishedCounts;
        int Count(LinkRelationship r) => counts.TryGetValue(r, out var n) ? n : 0;
        if (oneToOne >= 0)
        {
            Assert.Equal((oneToOne, manyToOne, oneToMany, manyToMany),
                (Count(LinkRelationship.OneToOne), Count(LinkRelationship.ManyToOne), Count(LinkRelationship.OneToMany), Count(LinkRelationship.ManyToMany)));
        }
        Assert.Equal(links, counts.Values.Sum());
        Assert.Empty(table.Mismatches); // every published relationship is what the links' structure gives
        var reversed = table.Reverse().Reverse();
        Assert.True(table.Links.SequenceEqual(reversed.Links));
        Assert.Equal(Count(LinkRelationship.OneToMany), table.Reverse().PublishedCounts.GetValueOrDefault(LinkRelationship.ManyToOne));
    }

    [SharedDataFact]
    public void Hs2022ToHs2017_PublishedRelationships_MatchTheirStructure()
    {
        var table = Concordance.ReadUnsdWorkbook(Kim("HS2022toHS2017ConversionAndCorrelationTables.xlsx"));
        Assert.Empty(table.Mismatches);
        Assert.Contains("854231", table.Targets("854921")); // the conversion sheet's 854921 -> 854231, one of its n:n links
        Assert.Equal(["930110"], table.Targets("930110").ToArray());
    }

    [SharedDataFact]
    public void Hs1992ToSitc3_Xls_ThroughFromLinks()
    {
        // The Excel 97 (.xls) table is read here with ExcelDataReader (the library reads .xlsx only) and handed to FromLinks.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var path = Table("harvard-growth-lab__comtrade-conversion-weights", "HS 1992 to SITC3 1988 Conversion and Correlation Tables.xls");
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        while (reader.Name != "Correlation Tables")
        {
            Assert.True(reader.NextResult());
        }
        var rows = new List<(string From, string To, string? Rel, int Line)>();
        for (var line = 1; reader.Read(); line++)
        {
            string Cell(int i) => reader.GetValue(i)?.ToString()?.Trim() ?? "";
            if (line > 2 && Cell(0).Length > 0)
            {
                rows.Add((Cell(0), Cell(1), Cell(2), line));
            }
        }
        var table = Concordance.FromLinks(Classification.Hs1992, Classification.Parse("SITC3"), rows, path);
        Assert.Equal(12112, table.Links.Length); // the 12,112 correlation rows below the title and header rows
        Assert.Equal(["89112"], table.Targets("930100").ToArray());
        Assert.Equal(9, table.Targets("854211").Length);
        Assert.Equal(LinkRelationship.OneToMany, table.Links.First(l => l.From == "271000").Published);
    }

    [SharedDataFact]
    public void Convert_Hs2022ToHs1992_SplitsMergesAndReportsUnmapped_NeverDropping()
    {
        var table = Concordance.ReadUnsdWorkbook(Kim("HS2022toHS1992ConversionAndCorrelationTables.xlsx"));
        Assert.Equal(["930100"], table.Targets("930110").ToArray());
        Assert.Equal(["930100"], table.Targets("930190").ToArray());
        var split = table.Targets("010121");
        Assert.True(split.Length > 1);
        var result = table.Convert([("930110", Usd(100m)), ("930190", Usd(50m)), ("010121", Usd(90m)), ("990000", Usd(7m))]);
        Assert.Equal(150m, result.Values.Single(v => v.Code == "930100").Value.Amount); // 930110 and 930190 merged
        var step = Assert.Single(result.Split);
        Assert.Equal(($"split equally among {split.Length}", 90m), (step.Rule, step.To.Sum(t => t.Value.Amount)));
        var unmapped = Assert.Single(result.Unmapped);
        Assert.Equal(("990000", 7m), (unmapped.From, unmapped.Value.Amount));
        Assert.Contains(result.Merged, m => m.Code == "930100" && m.Sources.SequenceEqual(["930110", "930190"]));
        Assert.Equal(247m, result.Values.Sum(v => v.Value.Amount) + result.Unmapped.Sum(u => u.Value.Amount));
    }

    [SharedDataFact]
    public void Convert_TradeWeighted_SplitsByTheWeightTable()
    {
        var table = Concordance.ReadUnsdWorkbook(Kim("HS2022toHS1992ConversionAndCorrelationTables.xlsx"));
        var targets = table.Targets("010121");
        var weights = new ConversionWeights(new Dictionary<string, decimal> { [targets[0]] = 3m, [targets[1]] = 1m }, "test weights 3:1");
        var step = table.Convert([("010121", Usd(80m))], weights).Steps.Single();
        Assert.Equal("split by weights (test weights 3:1)", step.Rule);
        Assert.Equal(60m, step.To[0].Value.Amount);
        Assert.Equal(20m, step.To[1].Value.Amount);
        Assert.All(step.To.Skip(2), t => Assert.Equal(0m, t.Value.Amount));
    }

    [SharedDataFact]
    public void Convert_ChinasHs2017ImportsFromTheUsa_ToHs2022_ThroughTheReversedTable()
    {
        var data = ComtradeCsvReader.Read(RealFiles.LegacyChinaUsaImports);
        var table = Concordance.ReadUnsdWorkbook(Kim("HS2022toHS2017ConversionAndCorrelationTables.xlsx")).Reverse();
        Assert.Equal(("HS2017", "HS2022"), (table.From.Name, table.To.Name));
        var subheadings = data.Records.Where(r => r.Product!.Level == ProductLevel.Subheading).Select(r => (r.Product!.Code, r.Value!.Value.Value)).ToList();
        var result = table.Convert(subheadings);
        Assert.Equal(subheadings.Sum(s => s.Value.Amount), result.Values.Sum(v => v.Value.Amount) + result.Unmapped.Sum(u => u.Value.Amount));
        Assert.Contains("854231", table.Targets("854231"));
        Assert.Equal(["930110"], table.Targets("930110").ToArray());
    }
}
