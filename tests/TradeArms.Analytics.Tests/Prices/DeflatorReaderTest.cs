using TradeArms.Prices;
using TradeArms.Tests.Infrastructure;
using TradeArms.Text;

namespace TradeArms.Tests.Prices;

public class DeflatorReaderTest
{
    private static string Wdi => SharedData.Path("prices", "timtroendle__currency", "API_NY.GDP.DEFL.ZS_DS2_en_csv_v2_10405103.csv");

    private static string Fred => SharedData.Path("prices", "AliceBan111__Thesis-code", "GDPDEF.csv");

    [SharedDataFact]
    public void Wdi_RealDownload_PublishedSpotValues()
    {
        var all = WdiDeflatorReader.Read(Wdi);
        // 264 economy and aggregate rows; 54 carry no value in any year and get no series.
        Assert.Equal(210, all.Count);
        Assert.Equal(100, all["USA"][2010], 9);
        Assert.Equal(257.224078682251, all["PAK"][2017], 9);
        Assert.Equal(100.00000000246, all["RUS"][2016], 9);
        Assert.Equal(128.916665891672, all["IND"][2017], 9);
        Assert.Equal("WDI GDP deflator (NY.GDP.DEFL.ZS), Pakistan", all["PAK"].Name);
        Assert.Equal(new DateOnly(2019, 1, 30), all["PAK"].Source.Generated);
        Assert.False(all["PAK"].Index.ContainsKey(2018)); // the 2018 column is empty in this vintage
    }

    [SharedDataFact]
    public void Fred_RealDownload_AnnualMeansOfFourQuarters()
    {
        var fred = FredDeflatorReader.Read(Fred);
        var d = fred.Deflator;
        Assert.Equal(1947, d.Years.First.Year);
        Assert.Equal(2024, d.Years.Last.Year);
        Assert.Equal([2025], fred.IncompleteYears); // 2025 has three quarters (to 2025-07-01): no annual value
        Assert.Equal((99.39 + 99.65 + 100.162 + 100.778) / 4, d[2017], 12);
        Assert.Equal((121.288 + 121.92 + 122.914 + 123.405) / 4, d[2023], 12);
        // Constant (2022) to constant (2023) US$ by the US GDP deflator: x 1.03703.
        Assert.Equal(1.0370258172350753, d.RebaseFactor(2022, 2023), 12);
    }

    [Fact]
    public void Wdi_WrongIndicator_ExactMessage()
    {
        var text = "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2016\",\"2017\",\n\"Pakistan\",\"PAK\",\"Official exchange rate\",\"PA.NUS.FCRF\",\"104.8\",\"105.5\",\n";
        var e = Assert.Throws<DataFormatException>(() => WdiDeflatorReader.Parse(text, "wdi.csv"));
        Assert.Equal("wdi.csv:2:4: expected the indicator code 'NY.GDP.DEFL.ZS', found 'PA.NUS.FCRF'.", e.Message);
    }

    [Fact]
    public void Wdi_TextInAValueCell_ExactMessage()
    {
        var text = "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2016\",\"2017\",\n\"Pakistan\",\"PAK\",\"GDP deflator\",\"NY.GDP.DEFL.ZS\",\"n/a\",\"105.5\",\n";
        var e = Assert.Throws<DataFormatException>(() => WdiDeflatorReader.Parse(text, "wdi.csv"));
        Assert.Equal("wdi.csv:2:5: expected a positive index value or an empty cell, found 'n/a'.", e.Message);
    }

    [Fact]
    public void Fred_NotAQuarterStart_ExactMessage()
    {
        var e = Assert.Throws<DataFormatException>(() => FredDeflatorReader.Parse("observation_date,GDPDEF\n2017-02-01,99.6\n", "gdpdef.csv"));
        Assert.Equal("gdpdef.csv:2:1: expected the first day of a quarter such as '2017-07-01', found '2017-02-01'.", e.Message);
    }

    [Fact]
    public void Fred_WrongHeader_ExactMessage()
    {
        var e = Assert.Throws<DataFormatException>(() => FredDeflatorReader.Parse("observation_date,CPIAUCSL\n", "cpi.csv"));
        Assert.Equal("cpi.csv:1: expected the FRED header 'observation_date,GDPDEF', found 'observation_date,CPIAUCSL'.", e.Message);
    }
}
