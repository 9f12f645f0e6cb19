using TradeArms.Profiles;
using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Profiles;

public class CountryProfileTest
{
    // Two 2-year windows, 2000-2001 and 2002-2003. Xanadu imports: 2000: A 30; 2001: A 10, B 10; 2002: A 20;
    // 2003: B 20, C 20. Ys imports 2002-2003: 100 (from A). Xanadu exports to Ys: 5 in 2003.
    private const string Data = """
        supplier,recipient,year,tiv
        Atlantis,Xanadu,2000,30
        Atlantis,Xanadu,2001,10
        Brigadoon,Xanadu,2001,10
        Atlantis,Xanadu,2002,20
        Brigadoon,Xanadu,2003,20
        Camelot,Xanadu,2003,20
        Atlantis,Ys,2002,60
        Atlantis,Ys,2003,40
        Xanadu,Ys,2003,5
        """;

    private static readonly ArmsTransfers Arms = TidyTivCsv.Parse(Data, "hand-made.csv");

    private static CountryProfile Xanadu => CountryProfile.Of(Arms, Arms.Actor("Xanadu"), windowLength: 2);

    [Fact]
    public void Windows_EndWithTheData()
    {
        Assert.Equal(["2000-2001", "2002-2003"], Xanadu.Windows.Select(w => w.ToString()));
        // 2001-2003 with 2-year windows: one window 2002-2003; 2001 is left out rather than half a window.
        Assert.Equal(["2002-2003"], CountryProfile.Of(Arms, Arms.Actor("Xanadu"), YearRange.Parse("2001-2003"), 2).Windows.Select(w => w.ToString()));
    }

    [Fact]
    public void AsRecipient_SharesAndConcentrationByWindow()
    {
        var imports = Xanadu.AsRecipient!;
        Assert.Equal(ProfileRole.Recipient, imports.Role);
        Assert.Equal(110, imports.Volume.Total.Millions);
        var first = imports.PartnersByWindow[0];
        var second = imports.PartnersByWindow[1];
        // 2000-2001: A 40, B 10 of 50 -> 80%, 20%; HHI = 0.8^2 + 0.2^2 = 0.68 -> 6800 points.
        Assert.Equal(80.0, first.PercentOf(Arms.Actor("Atlantis"))!.Value, 10);
        Assert.Equal(6800, first.Concentration.Points!.Value, 6);
        // 2002-2003: A 20, B 20, C 20 of 60 -> a third each; HHI = 3 x (1/3)^2 = 1/3 -> 3333.3 points.
        Assert.Equal(10000.0 / 3, second.Concentration.Points!.Value, 6);
        Assert.Equal(10000.0 / 3 - 6800, imports.ConcentrationChangePoints!.Value, 6);
    }

    [Fact]
    public void AsRecipient_TrendAndRollingSum()
    {
        var imports = Xanadu.AsRecipient!;
        // Yearly imports 30, 20, 20, 40 at x = 2000..2003: slope = Sxy/Sxx = (-1.5*30 - 0.5*20 + 0.5*20 + 1.5*40)/5 = 15/5 = 3.
        Assert.Equal(3.0, imports.Trend!.Slope, 10);
        // 2-year rolling sums at the window's last year: 2001: 50, 2002: 40, 2003: 60.
        Assert.Equal([null, 50.0, 40.0, 60.0], imports.RollingSum.Points.Select(p => p.Value));
    }

    [Fact]
    public void RankAndShare_AmongTheActorsOfTheData()
    {
        // 2002-2003 imports: Ys 105, Xanadu 60; all transfers 165.
        var imports = Xanadu.AsRecipient!;
        Assert.Equal(2, imports.Rank);
        Assert.Equal(2, imports.RankedActors);
        Assert.Equal(100.0 * 60 / 165, imports.ShareOfDataPercent!.Value, 10);
        // Exports 2002-2003: Atlantis 140, Camelot 20, Brigadoon 20, Xanadu 5.
        var exports = Xanadu.AsSupplier!;
        Assert.Equal(4, exports.Rank);
        Assert.Equal(100.0 * 5 / 165, exports.ShareOfDataPercent!.Value, 10);
    }

    [Fact]
    public void AnActorWithOneRoleOnly_HasNoProfileForTheOther()
    {
        var atlantis = CountryProfile.Of(Arms, Arms.Actor("Atlantis"), windowLength: 2);
        Assert.Null(atlantis.AsRecipient);
        Assert.NotNull(atlantis.AsSupplier);
    }

    [Fact]
    public void Errors_SayWhatIsWrong()
    {
        var e1 = Assert.Throws<DataCoverageException>(() => CountryProfile.Of(Arms, Actor.Find("France"), windowLength: 2));
        Assert.Contains(") hold no transfers to or from France.", e1.Message, StringComparison.Ordinal);
        var e2 = Assert.Throws<WindowOutsideDataException>(() => CountryProfile.Of(Arms, Arms.Actor("Xanadu"), YearRange.Parse("1999-2003")));
        Assert.Equal("The window 1999-2003 is outside the data: the SIPRI data (tidy file: vintage not stated in the file) covers 2000-2003.", e2.Message);
        var e3 = Assert.Throws<ArgumentException>(() => CountryProfile.Of(Arms, Arms.Actor("Xanadu")));
        Assert.StartsWith("The years 2000-2003 are shorter than one 5-year window.", e3.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void India_FromTheShippedExtract()
    {
        var india = CountryProfile.Of(Datasets.Sipri, Datasets.Sipri.Actor("India"), YearRange.Parse("1992-2021"));
        var last = india.AsRecipient!.PartnersByWindow[^1];
        Assert.Equal(YearRange.Parse("2017-2021"), last.Window);
        Assert.Equal(46.03, last.PercentOf(Datasets.Sipri.Actor("Russia"))!.Value, 2);
        // HHI 2017-2021 over India's 14 suppliers (python: 10000 x sum of squared shares of the supplier rows) = 3090.5389.
        Assert.Equal(3090.5389, last.Concentration.Points!.Value, 4);
        Assert.StartsWith("Country profile: India, 1992-2021\nIndia: a state (IND).\n", india.ToString(), StringComparison.Ordinal);
    }

    [SharedDataTheory]
    // Ranks in 2017-2021 among all states of the 2022 release, as SIPRI's fact sheet ranks them.
    [InlineData("India", ProfileRole.Recipient, 1, 11.28)]
    [InlineData("Pakistan", ProfileRole.Recipient, 8, 2.99)]
    [InlineData("China", ProfileRole.Recipient, 5, 4.82)]
    [InlineData("Russia", ProfileRole.Supplier, 2, 18.59)]
    [InlineData("China", ProfileRole.Supplier, 4, 4.61)]
    public void WholeRelease_RanksAndWorldShares(string name, ProfileRole role, int rank, double share)
    {
        var arms = SipriTivTableReader.Read(SharedData.Path("sipri-tiv", "by-recipient-2022-04-22"));
        var profile = CountryProfile.Of(arms, arms.Actor(name), YearRange.Parse("1992-2021"));
        var side = role == ProfileRole.Recipient ? profile.AsRecipient! : profile.AsSupplier!;
        Assert.Equal(rank, side.Rank);
        Assert.Equal(share, side.ShareOfDataPercent!.Value, 2);
    }
}
