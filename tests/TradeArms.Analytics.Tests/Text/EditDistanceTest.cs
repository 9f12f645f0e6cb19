using TradeArms.Text;

namespace TradeArms.Tests.Text;

public class EditDistanceTest
{
    [Theory]
    [InlineData("Rusia", "Russia", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("SHARES", "shares", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("sharez", "shares", 1)]
    [InlineData("reportr", "reporter", 1)]
    public void Between_IsTheLevenshteinDistance_IgnoringCase(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
    }

    [Fact]
    public void Nearest_KeepsOnlyNearCandidates_BestFirst()
    {
        Assert.Equal(["shares"], EditDistance.Nearest("sharez", ["profile", "series", "shares", "deals"]));
        Assert.Equal(["carts", "charts"], EditDistance.Nearest("chrts", ["codes", "carts", "charts", "validate"]));
        Assert.Empty(EditDistance.Nearest("frobnicate", ["charts", "codes", "validate"]));
        Assert.Equal(["reporter"], EditDistance.Nearest("reportr", ["reporter", "partner", "unit"]));
    }
}
