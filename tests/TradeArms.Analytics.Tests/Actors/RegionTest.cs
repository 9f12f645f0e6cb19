namespace TradeArms.Tests.Actors;

public class RegionTest
{
    [Theory]
    [InlineData("India", SipriRegion.AsiaAndOceania)]
    [InlineData("Pakistan", SipriRegion.AsiaAndOceania)]
    [InlineData("Kazakhstan", SipriRegion.AsiaAndOceania)]
    [InlineData("Russia", SipriRegion.Europe)]
    [InlineData("Soviet Union", SipriRegion.Europe)]
    [InlineData("Azerbaijan", SipriRegion.Europe)]
    [InlineData("Cyprus", SipriRegion.Europe)]
    [InlineData("Turkey", SipriRegion.MiddleEast)]
    [InlineData("Egypt", SipriRegion.MiddleEast)]
    [InlineData("Algeria", SipriRegion.Africa)]
    [InlineData("United States", SipriRegion.Americas)]
    [InlineData("Hezbollah (Lebanon)*", SipriRegion.MiddleEast)]
    [InlineData("Ukraine Rebels*", SipriRegion.Europe)]
    [InlineData("African Union**", SipriRegion.Africa)]
    public void Actors_HaveSipriRegions(string name, SipriRegion region) => Assert.Equal(region, Actor.Find(name).Region);

    [Theory]
    [InlineData("NATO**")]
    [InlineData("United Nations**")]
    [InlineData("Unknown recipient(s)")]
    [InlineData("Unknown supplier(s)")]
    public void OrganisationsAndUnknowns_HaveNoRegion(string name) => Assert.Null(Actor.Find(name).Region);

    [Fact]
    public void EveryState_HasARegion() =>
        Assert.All(ActorCatalog.Default.Actors.Where(a => a.Kind is ActorKind.State or ActorKind.HistoricalState), a => Assert.NotNull(a.Region));

    [Fact]
    public void InferredActors_HaveNoRegion() => Assert.Null(Actor.Infer("Atlantis").Region);
}
