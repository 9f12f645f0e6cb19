using TradeArms.FactSheets;
using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Sipri;

/// <summary>The library's one ranking rule (fact sheets and profiles), its refusal of NaN shares and of unequal windows.</summary>
public class ActorRankingTest
{
    private const string Data = """
        supplier,recipient,year,tiv
        Atlantis,Xanadu,2000,30
        Brigadoon,Xanadu,2000,10
        Rebels (Xanadu)*,Xanadu,2001,60
        Atlantis,Ys,2001,30
        Brigadoon,Ys,2003,40
        """;

    private static readonly ArmsTransfers Arms = TidyTivCsv.Parse(Data, "hand-made.csv");

    [Fact]
    public void RankExporters_StatesOnly_SharesOfEveryCell()
    {
        // 2000-2001: Atlantis 60, Brigadoon 10, the rebels 60 (not a state: counted in the total, not ranked); total 130.
        var ranking = Arms.RankExporters(YearRange.Parse("2000-2001"));
        Assert.Equal(130, ranking.Total.Millions);
        Assert.Equal(["Atlantis", "Brigadoon"], ranking.Rows.Select(r => r.Actor.Name));
        Assert.Equal(60.0 / 130 * 100, ranking.Rows[0].SharePercent, 12);
        Assert.Null(ranking.Of(Arms.Actor("Rebels (Xanadu)*")));
        Assert.Equal(60.0 / 130 * 100, ranking.PercentOf(Arms.Actor("Rebels (Xanadu)*"))!.Value, 12);
        Assert.Throws<WindowOutsideDataException>(() => Arms.RankExporters(YearRange.Parse("1999-2001")));
    }

    [Fact]
    public void RankImporters_EqualVolumesShareARank()
    {
        // 2001-2003: Xanadu 60, Ys 30 + 40 = 70.
        var ranking = Arms.RankImporters(YearRange.Parse("2000-2001"));
        // 2000-2001: Xanadu 100, Ys 30.
        Assert.Equal([1, 2], ranking.Rows.Select(r => r.Rank));
        var tied = TidyTivCsv.Parse("supplier,recipient,year,tiv\nAtlantis,Xanadu,2000,5\nAtlantis,Ys,2000,5\n", "tied.csv").RankImporters(YearRange.Parse("2000"));
        Assert.Equal([1, 1], tied.Rows.Select(r => r.Rank));
    }

    [Fact]
    public void FactSheet_WindowWithoutTransfers_IsRefused_NotNaN()
    {
        // 2002 holds no transfer: a share of the world in it would be 0/0.
        var e = Assert.Throws<ArgumentException>(() => FactSheet.Compute(Arms, YearRange.Parse("2002"), YearRange.Parse("2003")));
        Assert.Contains("hold no transfers in 2002: shares of the world are undefined.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FactSheet_UnequalWindows_AreRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => FactSheet.Compute(Arms, YearRange.Parse("2000"), YearRange.Parse("2001-2003")));
        Assert.StartsWith("The windows 2000 and 2001-2003 differ in length (1 and 3 years): a fact sheet compares windows of equal length", e.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void RankExporters_2017To2021_MatchesTheMarch2022FactSheet()
    {
        // Published: United States 39% (38.6%), Russia 19%, France 11%, China 4.6%, Germany 4.5% of world exports.
        var arms = SipriTivTableReader.Read(SharedData.Path("sipri-tiv", "by-recipient-2022-04-22"));
        var ranking = arms.RankExporters(YearRange.Parse("2017-2021"));
        Assert.Equal(["United States", "Russia", "France", "China", "Germany"], ranking.Rows.Take(5).Select(r => r.Actor.Name));
        Assert.Equal(136095, ranking.Total.Millions);
        Assert.InRange(ranking.Rows[0].SharePercent, 38.6 - 0.5, 38.6 + 0.5);
        var india = arms.RankImporters(YearRange.Parse("2017-2021")).Of(arms.Actor("India"))!;
        Assert.Equal(1, india.Rank);
        Assert.InRange(india.SharePercent, 11.3 - 0.5, 11.3 + 0.5);
    }
}
