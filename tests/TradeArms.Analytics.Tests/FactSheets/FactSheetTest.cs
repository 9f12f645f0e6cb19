using TradeArms.FactSheets;
using TradeArms.Sipri;

namespace TradeArms.Tests.FactSheets;

/// <summary>Fact-sheet arithmetic on a small hand-made release whose every figure is computed by hand below.</summary>
public class FactSheetTest
{
    // Windows 2000-2001 (first) and 2002-2003 (second); 1998-1999 is the window before.
    // World: 1998-1999 = 10+10 = 20; first = 40+20+10+30 = 100 (A->X 40, A->Y 20, B->X 10, unknown->X 30);
    // second = 90+30+20+5+15 = 160 (A->X 90, B->Y 30, C->X 20, unknown->X 5, Rebels* 15).
    private const string Release = """
        supplier,recipient,year,tiv
        Atlantis,Xanadu,1998,10
        Atlantis,Xanadu,1999,10
        Atlantis,Xanadu,2000,25
        Atlantis,Xanadu,2001,15
        Atlantis,Ys,2001,20
        Brigadoon,Xanadu,2000,10
        unknown supplier(s),Xanadu,2001,30
        Atlantis,Xanadu,2002,50
        Atlantis,Xanadu,2003,40
        Brigadoon,Ys,2003,30
        Camelot,Xanadu,2002,20
        unknown supplier(s),Xanadu,2003,5
        Camelot,Free Ys Movement*,2003,15
        """;

    private static readonly ArmsTransfers Data = TidyTivCsv.Parse(Release, "hand-made.csv");

    private static FactSheet Sheet(FactSheetOptions? options = null) =>
        FactSheet.Compute(Data, YearRange.Parse("2000-2001"), YearRange.Parse("2002-2003"), options);

    [Fact]
    public void WorldVolume_AndItsChanges()
    {
        var sheet = Sheet();
        Assert.Equal(100, sheet.WorldFirst.Millions);
        Assert.Equal(160, sheet.WorldSecond.Millions);
        Assert.Equal(60.0, sheet.WorldChangePercent!.Value, 10);          // 160/100 - 1
        Assert.Equal(YearRange.Parse("1998-1999"), sheet.Previous);
        Assert.Equal(400.0, sheet.WorldChangeBeforePercent!.Value, 10);   // 100/20 - 1
    }

    [Fact]
    public void Exporters_RankedStatesOnly_WithSharesChangesAndPartners()
    {
        var exporters = Sheet().TopExporters;
        // Atlantis 90, Camelot 35, Brigadoon 30; the unknown supplier (5) counts in the world total but is not ranked.
        Assert.Equal(["Atlantis", "Camelot", "Brigadoon"], exporters.Select(e => e.Actor.Name));
        var atlantis = exporters[0];
        Assert.Equal(1, atlantis.Rank);
        Assert.Equal(60, atlantis.First.Millions);
        Assert.Equal(90, atlantis.Second.Millions);
        Assert.Equal(100.0 * 90 / 160, atlantis.ShareOfWorldPercent, 10);  // 56.25
        Assert.Equal(60.0, atlantis.ShareOfWorldFirstPercent, 10);          // 60/100
        Assert.Equal(50.0, atlantis.ChangePercent!.Value, 10);             // 90/60 - 1
        Assert.Equal(["Xanadu"], atlantis.MainPartners.Select(p => p.Actor.Name));
        Assert.Equal(100.0, atlantis.MainPartners[0].SharePercent, 10);
        // Camelot had nothing in the first window: the change is undefined, not infinite.
        Assert.Null(exporters[1].ChangePercent);
        Assert.Equal(["Xanadu", "Free Ys Movement*"], exporters[1].MainPartners.Select(p => p.Actor.Name));
        Assert.Equal(100.0 * 20 / 35, exporters[1].MainPartners[0].SharePercent, 10);
        Assert.Equal(200.0, exporters[2].ChangePercent!.Value, 10);        // Brigadoon 10 -> 30
    }

    [Fact]
    public void Importers_ExcludeNonStateRecipientsFromTheRanking()
    {
        var importers = Sheet().TopImporters;
        // Xanadu 90+20+5 = 115, Ys 30; the rebels' 15 count in the world total only.
        Assert.Equal(["Xanadu", "Ys"], importers.Select(e => e.Actor.Name));
        Assert.Equal(115, importers[0].Second.Millions);
        Assert.Equal(80, importers[0].First.Millions);                      // 40 + 10 + 30
        Assert.Equal(43.75, importers[0].ChangePercent!.Value, 10);         // 115/80 - 1
        Assert.Equal(50.0, importers[1].ChangePercent!.Value, 10);          // 20 -> 30
        Assert.Equal(100.0 * 115 / 160 + 100.0 * 30 / 160, Sheet().Top5ImportersSharePercent, 10);
        Assert.Equal(["Atlantis", "Camelot", "Unknown supplier(s)"], importers[0].MainPartners.Select(p => p.Actor.Name));
    }

    [Fact]
    public void RegionalImports_PutActorsOutsideTheCatalogueUnderNoRegion()
    {
        // Xanadu, Ys and the rebels are not in the catalogue: no SIPRI region, so all 160 are "No region".
        var regions = Sheet().RegionalImports;
        Assert.Equal(6, regions.Count);
        Assert.All(regions.Take(5), r => Assert.False(r.Second.HasDeliveries));
        Assert.Equal("No region", regions[5].Name);
        Assert.Equal(100.0, regions[5].ShareOfWorldPercent, 10);
        Assert.Equal(60.0, regions[5].ChangePercent!.Value, 10);
    }

    [Fact]
    public void RankedKinds_CanIncludeNonStateActors()
    {
        var sheet = Sheet(new FactSheetOptions { RankedKinds = new HashSet<ActorKind> { ActorKind.State, ActorKind.NonState } });
        Assert.Contains(sheet.TopImporters, e => e.Actor.Name == "Free Ys Movement*");
    }

    [Fact]
    public void Top_LimitsTheList()
    {
        var sheet = Sheet(new FactSheetOptions { Top = 1, Partners = 0 });
        Assert.Single(sheet.TopExporters);
        Assert.Empty(sheet.TopExporters[0].MainPartners);
    }

    [Fact]
    public void DefaultWindows_AreTheLastTwoFiveYearWindowsOfTheData()
    {
        var sheet = FactSheet.Compute(Datasets.Sipri);
        Assert.Equal(YearRange.Parse("2012-2016"), sheet.First);
        Assert.Equal(YearRange.Parse("2017-2021"), sheet.Second);
    }

    [Fact]
    public void WindowOutsideTheData_IsRejectedWithTheCoverage()
    {
        var e = Assert.Throws<WindowOutsideDataException>(() => FactSheet.Compute(Data, YearRange.Parse("2000-2001"), YearRange.Parse("2003-2004")));
        Assert.Equal("The window 2003-2004 is outside the data: the SIPRI data (tidy file: vintage not stated in the file) covers 1998-2003.", e.Message);
    }

    [Fact]
    public void WindowsInTheWrongOrder_AreRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => FactSheet.Compute(Data, YearRange.Parse("2002-2003"), YearRange.Parse("2000-2001")));
        Assert.StartsWith("The second window (2000-2001) must start after the first (2002-2003) ends.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoWindowBefore_GivesNoEarlierChange()
    {
        var sheet = FactSheet.Compute(Data, YearRange.Parse("1998-1999"), YearRange.Parse("2000-2001"));
        Assert.Null(sheet.Previous);
        Assert.Null(sheet.WorldChangeBeforePercent);
    }

    [Fact]
    public void Markdown_AndDataFrame_CarryTheFigures()
    {
        var sheet = Sheet();
        var markdown = sheet.ToMarkdown();
        Assert.Contains("World volume: 160 TIV million in 2002-2003, 100 in 2000-2001 (+60.0%); 2000-2001 vs 1998-1999: +400.0%.", markdown, StringComparison.Ordinal);
        Assert.Contains("**Largest exporters, 2002-2003**\n\n| Rank | Exporter | Share 2002-2003 (%) | Share 2000-2001 (%) | Change (%) | Main recipients |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| 1 | Atlantis | 56.3 | 60.0 | +50.0 | Xanadu 100.0% |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 2 | Camelot | 21.9 | 0.0 | n/a |", markdown, StringComparison.Ordinal);
        Assert.Contains("**Imports by region, 2002-2003**", markdown, StringComparison.Ordinal);
        Assert.Equal(1, markdown.Split("Source: ").Length - 1); // the composite states its source once
        Assert.Contains("not money", markdown, StringComparison.Ordinal);
        var frame = sheet.ToDataFrame();
        Assert.Equal(5, frame.Rows.Count);
        Assert.Equal(["side", "rank", "actor", "tiv_2000_2001", "tiv_2002_2003", "share_of_world_pct", "change_pct", "main_partners"], frame.Columns.Select(c => c.Name));
        Assert.Null(frame["change_pct"][1]);
    }
}
