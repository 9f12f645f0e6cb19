using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;
using TradeArms.Text;

namespace TradeArms.Tests.Sipri;

/// <summary>SIPRI revises its whole database with each release: mixing releases is an explicit choice, and every dataset names its vintage.</summary>
public class VintageTest
{
    private static string India => RepositoryRoot.Combine("data", "sipri", "by-recipient-2022-04-22", "India.csv");

    private static string Pakistan => RepositoryRoot.Combine("data", "sipri", "by-recipient-2022-04-22", "Pakistan.csv");

    private static string RussiaExports => RepositoryRoot.Combine("data", "sipri", "by-exporter-2022-07-28", "TIV-Export-RUS-1950-2021.csv");

    [Fact]
    public void OneRelease_CarriesItsGenerationDate()
    {
        var arms = SipriTivTableReader.Read([India, Pakistan]);
        Assert.Equal("Generated: 22 April 2022", arms.Source.Vintage);
        Assert.Equal(new DateOnly(2022, 4, 22), arms.Source.Generated);
        Assert.Equal("Source: SIPRI Arms Transfers Database (2022-04-22)", arms.Source.Caption);
    }

    [Fact]
    public void TwoReleases_AreRejectedUnlessCombinedExplicitly()
    {
        var e = Assert.Throws<DataFormatException>(() => SipriTivTableReader.Read([India, RussiaExports]));
        Assert.Equal(
            $"{RussiaExports}:9:1: expected a table of the same SIPRI release as {India} (generated 2022-04-22); to combine releases, say so explicitly (SipriReadOptions.CombineReleases), found 'generated 2022-07-28'.",
            e.Message);
    }

    [Fact]
    public void TwoReleases_CombinedExplicitly_NameBothDates()
    {
        var arms = SipriTivTableReader.Read([India, RussiaExports], new SipriReadOptions { CombineReleases = true });
        Assert.Equal("Generated: 2022-04-22 and 2022-07-28", arms.Source.Vintage);
        Assert.Null(arms.Source.Generated);
        Assert.Equal("Source: SIPRI Arms Transfers Database (generated 2022-04-22 and 2022-07-28)", arms.Source.Caption);
        // The two releases agree on Russia -> India in 2012; had they not, reading would fail with both locations.
        Assert.Equal(3798, arms.Series(arms.Actor("Russia"), arms.Actor("India"))[2012].Millions);
    }

    [Fact]
    public void TheEmbeddedExtract_CombinesItsTwoReleasesAndSaysSo() =>
        Assert.Equal("Generated: 2022-04-22 and 2022-07-28", Datasets.Sipri.Source.Vintage);
}
