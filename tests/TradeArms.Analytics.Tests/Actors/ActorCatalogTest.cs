namespace TradeArms.Tests.Actors;

public class ActorCatalogTest
{
    [Theory]
    [InlineData("Russia")]
    [InlineData("russia")]
    [InlineData("Russian Federation")]
    [InlineData("RUS")]
    [InlineData("  rus ")]
    public void Find_NameAliasOrIsoCode_GivesRussia(string text)
    {
        var actor = Actor.Find(text);
        Assert.Equal("Russia", actor.Name);
        Assert.Equal(ActorKind.State, actor.Kind);
        Assert.Equal("RUS", actor.Iso3);
    }

    [Theory]
    [InlineData("USA", "United States", "USA")]
    [InlineData("United States of America", "United States", "USA")]
    [InlineData("UAE", "UAE", "ARE")]
    [InlineData("United Arab Emirates", "UAE", "ARE")]
    [InlineData("PAK", "Pakistan", "PAK")]
    [InlineData("IND", "India", "IND")]
    [InlineData("CHN", "China", "CHN")]
    public void Find_CommonAliases(string text, string name, string iso3)
    {
        var actor = Actor.Find(text);
        Assert.Equal(name, actor.Name);
        Assert.Equal(iso3, actor.Iso3);
    }

    [Theory]
    [InlineData("Soviet Union", ActorKind.HistoricalState)]
    [InlineData("Czechoslovakia", ActorKind.HistoricalState)]
    [InlineData("Yugoslavia", ActorKind.HistoricalState)]
    [InlineData("East Germany (GDR)", ActorKind.HistoricalState)]
    [InlineData("ANC (South Africa)*", ActorKind.NonState)]
    [InlineData("NATO**", ActorKind.Organisation)]
    [InlineData("United Nations**", ActorKind.Organisation)]
    [InlineData("Unknown supplier(s)", ActorKind.Unknown)]
    [InlineData("Unknown recipient(s)", ActorKind.Unknown)]
    public void Find_SipriKinds(string name, ActorKind kind) => Assert.Equal(kind, Actor.Find(name).Kind);

    [Fact]
    public void SovietUnion_IsNotRussia()
    {
        var soviet = Actor.Find("Soviet Union");
        Assert.NotEqual(Actor.Find("Russia"), soviet);
        Assert.Equal("SUN", soviet.Iso3);
        Assert.Equal(soviet, Actor.Find("USSR"));
    }

    [Fact]
    public void Find_UnknownName_ListsTheClosestNames()
    {
        var e = Assert.Throws<ActorNotFoundException>(() => Actor.Find("Rusia"));
        Assert.Contains("Russia", e.Suggestions);
        Assert.StartsWith("Unknown actor 'Rusia'. Did you mean 'Russia'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_Gibberish_ExplainsWhatIsAccepted()
    {
        var e = Assert.Throws<ActorNotFoundException>(() => Actor.Find("Qqqqqqqqqqqq"));
        Assert.Empty(e.Suggestions);
        Assert.Contains("ISO 3166-1 alpha-3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalogue_IsoCodesAreUniqueAndThreeLetters()
    {
        var codes = ActorCatalog.Default.Actors.Where(a => a.Iso3 is not null).Select(a => a.Iso3!).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^[A-Z]{3}$", c));
    }

    [Fact]
    public void Catalogue_KindsFollowSipriMarkers()
    {
        foreach (var actor in ActorCatalog.Default.Actors)
        {
            if (actor.Name.EndsWith("**", StringComparison.Ordinal))
            {
                Assert.Equal(ActorKind.Organisation, actor.Kind);
            }
            else if (actor.Name.EndsWith('*'))
            {
                Assert.Equal(ActorKind.NonState, actor.Kind);
            }
            if (actor.Kind is ActorKind.NonState or ActorKind.Organisation or ActorKind.Unknown)
            {
                Assert.Null(actor.Iso3);
            }
        }
    }

    [Fact]
    public void Infer_UnknownNames_UsesSipriMarkers()
    {
        Assert.Equal(ActorKind.NonState, Actor.Infer("New rebels (Somewhere)*").Kind);
        Assert.Equal(ActorKind.Organisation, Actor.Infer("New Alliance**").Kind);
        Assert.Equal(ActorKind.Unknown, Actor.Infer("unknown country").Kind);
        Assert.Equal(ActorKind.State, Actor.Infer("Atlantis").Kind);
        Assert.False(Actor.Infer("Atlantis").IsCatalogued);
    }

    [Fact]
    public void Equality_IgnoresCase() => Assert.Equal(Actor.Infer("atlantis"), Actor.Infer("Atlantis"));
}
