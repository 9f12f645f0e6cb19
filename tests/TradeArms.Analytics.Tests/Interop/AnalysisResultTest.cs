using TradeArms.Profiles;
using TradeArms.Sipri;

namespace TradeArms.Tests.Interop;

/// <summary>Every analysis result meets one contract: title, measure, window, source and vintage, notes, DataFrame.</summary>
public class AnalysisResultTest
{
    private static readonly ArmsTransfers Arms = Datasets.Sipri;

    public static TheoryData<string> Results => ["shares", "comparison", "profile", "series"];

    private static IAnalysisResult Make(string kind)
    {
        var india = Arms.Actor("India");
        return kind switch
        {
            "shares" => Arms.SupplierShares(india, YearRange.Parse("2017-2021"), top: 3),
            "comparison" => Arms.CompareSupplierShares(india, YearRange.Parse("2012-2016"), YearRange.Parse("2017-2021"), top: 3),
            "profile" => CountryProfile.Of(Arms, india, YearRange.Parse("1992-2021")),
            _ => Arms.Series(Arms.Actor("Russia"), india, YearRange.Parse("1992-2021")),
        };
    }

    [Theory]
    [MemberData(nameof(Results))]
    public void Result_MeetsTheContract(string kind)
    {
        var result = Make(kind);
        Assert.False(string.IsNullOrWhiteSpace(result.Title));
        Assert.DoesNotContain('\n', result.Title);
        Assert.Equal(Measure.TivMillions, result.Measure);
        Assert.Matches(@"^\d{4}-\d{4}( vs \d{4}-\d{4})?$", result.Window);
        Assert.Equal("Generated: 2022-04-22 and 2022-07-28", result.Vintage);
        Assert.NotNull(result.Notes);
        Assert.True(result.ToDataFrame().Rows.Count > 0);
    }

    [Fact]
    public void CountryProfile_DataFrame_HasOneRowPerPartnerAndWindow()
    {
        var profile = CountryProfile.Of(Arms, Arms.Actor("India"), YearRange.Parse("1992-2021"));
        var frame = profile.ToDataFrame();
        // India 2017-2021 (shipped table, python): Russia 46.03% of 15,356; HHI 3090.54 (the CLI prints 3091).
        var russia = Enumerable.Range(0, (int)frame.Rows.Count).Single(i => (string)frame["window"][i] == "2017-2021" && (string)frame["partner"][i] == "Russia" && (string)frame["role"][i] == "recipient");
        Assert.Equal(46.03, (double)frame["share_pct"][russia]!, 2);
        Assert.InRange((double)frame["hhi_points"][russia]!, 3090.5, 3090.6);
    }

    [Fact]
    public void Series_OutsideALifetime_HasANote()
    {
        IAnalysisResult series = Arms.Series(Arms.Actor("Soviet Union"), Arms.Actor("India"), YearRange.Parse("1990-1993"));
        Assert.Contains("outside the lifetime of Soviet Union", Assert.Single(series.Notes), StringComparison.Ordinal);
    }
}
