using TradeArms.Profiles;
using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Actors;

/// <summary>
/// Actors with a lifetime: a year outside it is "did not exist", not zero, in series, trends, shares and profiles.
/// Expected values were computed independently with Python over the same by-recipient files of the 2022 release
/// (sum of each recipient's supplier cells; OLS slope of the yearly sums).
/// </summary>
public class ActorLifetimeTest
{
    private static readonly Lazy<ArmsTransfers> Release = new(() => SipriTivTableReader.Read(SharedData.Path("sipri-tiv", "by-recipient-2022-04-22")));

    private static readonly YearRange All = YearRange.Parse("1950-2021");

    [Theory]
    [InlineData("Soviet Union", "-1991")]
    [InlineData("Russia", "1992-")]
    [InlineData("Ukraine", "1992-")]
    [InlineData("Czechoslovakia", "-1992")]
    [InlineData("Czechia", "1993-")]
    [InlineData("Slovakia", "1993-")]
    [InlineData("East Germany (GDR)", "-1990")]
    [InlineData("Yugoslavia", "-1991")]
    [InlineData("South Vietnam", "-1975")]
    [InlineData("North Yemen", "-1989")]
    [InlineData("South Yemen", "1967-1989")]
    [InlineData("Yemen", "1990-")]
    [InlineData("South Sudan", "2011-")]
    public void Catalogue_CarriesLifetimes(string name, string lifetime)
    {
        var actor = Actor.Find(name);
        Assert.Equal(lifetime, actor.Lifetime.ToString());
        Assert.False(string.IsNullOrWhiteSpace(actor.LifetimeSource));
    }

    [Fact]
    public void Catalogue_StatesWithoutAnEnd_HaveNoLifetime()
    {
        Assert.Null(Actor.Find("India").Lifetime);
        Assert.Null(Actor.Find("Germany").Lifetime);
        Assert.True(Actor.Find("India").ExistedIn(1950));
        Assert.False(Actor.Find("Soviet Union").ExistedIn(1992));
        Assert.True(Actor.Find("Soviet Union").ExistedIn(1991));
        // Every historical state of the catalogue that SIPRI's data list has an end.
        Assert.All(ActorCatalog.Default.Actors.Where(a => a.Kind == ActorKind.HistoricalState), a => Assert.NotNull(a.Lifetime?.Last));
    }

    [Fact]
    public void Lifetime_Algebra()
    {
        var czechoslovakia = ActorLifetime.Parse("-1992");
        Assert.Equal(YearRange.Parse("1950-1992"), czechoslovakia.Within(All));
        Assert.Null(czechoslovakia.Within(YearRange.Parse("1993-2021")));
        Assert.Equal("1967-1989", ActorLifetime.Parse("1967-1989").ToString());
        Assert.Equal("2007-", ActorLifetime.Parse("2011-").Widen(YearRange.Parse("2007-2016")).ToString());
        Assert.Throws<FormatException>(() => ActorLifetime.Parse("-"));
    }

    [Fact]
    public void Tiv_DidNotExist_IsNeitherZeroNorNoDeliveries()
    {
        Assert.False(Tiv.DidNotExist.Existed);
        Assert.False(Tiv.DidNotExist.HasDeliveries);
        Assert.Equal("did not exist", Tiv.DidNotExist.ToString());
        Assert.Equal(TivStatus.DidNotExist, Tiv.Sum([Tiv.DidNotExist, Tiv.DidNotExist]).Status);
        Assert.Equal(TivStatus.NoDeliveries, Tiv.Sum([Tiv.DidNotExist, Tiv.NoDeliveries]).Status);
        Assert.Equal(TivStatus.Reported, (Tiv.DidNotExist + Tiv.FromMillions(3)).Status);
    }

    [SharedDataFact]
    public void Czechoslovakia_ImportsAfter1992_DidNotExist()
    {
        var arms = Release.Value;
        var series = arms.ImportsOf(arms.Actor("Czechoslovakia"), All);
        Assert.All(YearRange.Parse("1993-2021"), y => Assert.Equal(TivStatus.DidNotExist, series[y].Status));
        Assert.Equal(TivStatus.NoDeliveries, series[1992].Status); // it existed; SIPRI lists no imports in 1992
        Assert.Equal(29357, series.Total.Millions);
        Assert.Equal(YearRange.Parse("1950-1992"), series.ExistingYears);
        var frame = series.ToDataFrame();
        Assert.Null(frame.Columns["tiv"][2021 - 1950]);
        Assert.Equal("didNotExist", frame.Columns["status"][2021 - 1950]);
        Assert.Null(series.ToTimeSeries()[(Period)new CalendarYear(2000)]);
    }

    [SharedDataFact]
    public void Czechoslovakia_Profile_Over1950To2021_FitsOnlyTo1992()
    {
        var arms = Release.Value;
        var profile = CountryProfile.Of(arms, arms.Actor("Czechoslovakia"), All);
        Assert.Equal(YearRange.Parse("1950-1992"), profile.Years);
        Assert.Equal(All, profile.RequestedYears);
        Assert.Equal(YearRange.Parse("1988-1992"), profile.Windows[^1]);
        Assert.Contains(profile.Notes, n => n.Contains("existed in 1950-1992 of the requested 1950-2021", StringComparison.Ordinal));
        // Python: OLS slope of the yearly imports over 1950-1992 is -2.8124; padded with zeros to 2021 it would be -14.287.
        Assert.Equal(-2.8124433705829053, profile.AsRecipient!.Trend!.Slope, 9);
        Assert.Equal(43, profile.AsRecipient.Volume.Years.Count);
        var text = profile.ToString();
        Assert.StartsWith("Country profile: Czechoslovakia, 1950-1992\nCzechoslovakia: a historical state (CSK).\n", text, StringComparison.Ordinal);
        Assert.Contains("\nCzechoslovakia existed in 1950-1992 of the requested 1950-2021", text, StringComparison.Ordinal);
        Assert.Contains("\n1988-1992          1,793       9,834  Soviet Union 99.2%, Poland 0.8%\n", text, StringComparison.Ordinal);
        Assert.Contains("; linear trend -2.8 per year (95% CI -11 to 5.4); rank 30 of 148 in 1988-1992", text, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void EastGermany_Profile_StopsIn1990()
    {
        var arms = Release.Value;
        var profile = CountryProfile.Of(arms, arms.Actor("East Germany"), All);
        Assert.Equal(YearRange.Parse("1950-1990"), profile.Years);
        // Python: +14.529 per year over 1950-1990 (zero-padded to 2021: -12.546, the wrong sign).
        Assert.Equal(14.529094076655054, profile.AsRecipient!.Trend!.Slope, 9);
    }

    [SharedDataFact]
    public void SovietUnion_Exports_DidNotExistFrom1992_AndItsProfileEndsIn1991()
    {
        var arms = Release.Value;
        var soviet = arms.Actor("Soviet Union");
        var exports = arms.ExportsOf(soviet, All);
        Assert.Equal(TivStatus.DidNotExist, exports[1992].Status);
        Assert.Equal(5656, exports[1991].Millions);
        Assert.Equal(450799, exports.Total.Millions);
        var profile = CountryProfile.Of(arms, soviet, All);
        Assert.Equal(YearRange.Parse("1950-1991"), profile.Years);
        Assert.Equal(YearRange.Parse("1987-1991"), profile.Windows[^1]);
        // Python: +228.65 per year over 1950-1991; zero-padded to 2021 it would be -172.07.
        Assert.Equal(228.648164654404, profile.AsSupplier!.Trend!.Slope, 9);
        // Ranked among the exporters of its last window, not absent from 2017-2021. Python over the same files,
        // 1987-1991: United States 58520, Soviet Union 53421, United Kingdom 13046.
        Assert.Equal(2, profile.AsSupplier.Rank);
        // A pair series: years after 1991 did not exist for the supplier.
        Assert.Equal(TivStatus.DidNotExist, arms.Series(soviet, arms.Actor("India"), All)[2000].Status);
    }

    [SharedDataFact]
    public void Czechia_BornIn1993_YearsBeforeDidNotExist_WindowsAlignedToTheEnd()
    {
        var arms = Release.Value;
        var czechia = arms.Actor("Czechia");
        var imports = arms.ImportsOf(czechia, All);
        Assert.Equal(TivStatus.DidNotExist, imports[1992].Status);
        Assert.Equal(TivStatus.NoDeliveries, imports[1993].Status);
        Assert.Equal(1104, imports.Total.Millions);
        var profile = CountryProfile.Of(arms, czechia, All);
        Assert.Equal(YearRange.Parse("1993-2021"), profile.Years);
        Assert.Equal(YearRange.Parse("1997-2001"), profile.Windows[0]);
        Assert.Contains(profile.Notes, n => n.Contains("1993-1996 (4 years) is in no window", StringComparison.Ordinal));
        // Python: OLS slope over 1993-2021 is -0.69113 (zero-padded from 1950 it would be +0.718, the wrong sign).
        Assert.Equal(-0.6911330049261083, profile.AsRecipient!.Trend!.Slope, 9);
    }

    [SharedDataFact]
    public void SouthSudan_DeliveriesBeforeIndependence_WidenTheLifetime_AndSaySo()
    {
        var arms = Release.Value;
        var southSudan = arms.Actor("South Sudan");
        Assert.Equal("2007-", arms.LifetimeOf(southSudan).ToString());
        Assert.Contains(arms.Notes, n => n.StartsWith("The data record transfers of South Sudan in 2007-", StringComparison.Ordinal));
        Assert.Equal(TivStatus.DidNotExist, arms.ImportsOf(southSudan, All)[2006].Status);
    }

    [SharedDataFact]
    public void Shares_OfAnActorThatDidNotExist_SaySo()
    {
        var arms = Release.Value;
        var shares = arms.SupplierShares(arms.Actor("Czechoslovakia"), YearRange.Parse("2017-2021"));
        Assert.Empty(shares.Partners);
        Assert.Contains(shares.Notes, n => n.StartsWith("Czechoslovakia did not exist in 2017-2021", StringComparison.Ordinal));
        Assert.DoesNotContain(shares.Notes, n => n.StartsWith("No deliveries", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => CountryProfile.Of(arms, arms.Actor("Czechoslovakia"), YearRange.Parse("2000-2021")));
    }
}
