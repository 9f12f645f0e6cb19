using TradeArms.Tests.Infrastructure;
using TradeArms.Text;
using TradeArms.Trade;

namespace TradeArms.Tests.Trade;

/// <summary>The IMF DOTS long-CSV loader, on the shipped extract, the full derived file and malformed input.</summary>
public class ImfDotsCsvTest
{
    private static DirectionOfTrade Dots => Datasets.PakistanRussiaDots;
    private static Actor Pakistan => Actor.Find("Pakistan");
    private static Actor Russia => Actor.Find("Russia");

    [Fact]
    public void ShippedExtract_HasBothSidesOfThePair_AndTheUssrApart()
    {
        // data/trade/imf-dots-pakistan-russia.csv: 182 figures (29 years x 2 flows x 2 reporters + 33 x 2 for the USSR).
        Assert.Equal(182, Dots.Observations.Length);
        Assert.Equal(["Pakistan", "Russian Federation"], Dots.Reporters.Select(e => e.Name));
        Assert.Equal(["Pakistan", "Russia"], Dots.Reporters.Select(e => e.Actor!.Name));
        Assert.Equal(66, Dots.Observations.Count(o => o.Partner.Actor?.Name == "Soviet Union"));
        // The code model: the IMF names map to ISO codes, the USSR to its withdrawn ISO 3166-3 code.
        Assert.Equal(["PAK", "RUS", "SUN"], Dots.Observations.Select(o => o.Partner.Economy?.Iso3).Distinct().Order());
        Assert.Equal(ImfDotsCsv.Citation, Dots.Source.Citation);
        Assert.Equal("IMF DOTS as downloaded in February 2022 (data to 2020)", Dots.Source.Vintage);
    }

    [Fact]
    public void ShippedExtract_2018_MatchesTheFile()
    {
        // Lines 90 and 152 of the file: Pakistan's imports from Russia 484.938791 (CIF), Russia's exports to Pakistan 418.321735 (FOB).
        var pakistan = Dots.Table(Pakistan, Russia);
        var russia = Dots.Table(Russia, Pakistan);
        Assert.Equal(Money.UsDollarMillions(484.938791m), pakistan[new CalendarYear(2018)].Imports);
        Assert.Equal(Money.UsDollarMillions(150.438963m), pakistan[new CalendarYear(2018)].Exports);
        Assert.Equal(Money.UsDollarMillions(418.321735m), russia[new CalendarYear(2018)].Exports);
        Assert.Equal(Money.UsDollarMillions(312.588241m), russia[new CalendarYear(2018)].Imports);
        Assert.Equal(PeriodKind.CalendarYear, pakistan.PeriodKind);
        Assert.Equal(29, pakistan.Rows.Length);
        Assert.Equal("1992", pakistan.Rows[0].Period.ToString());
    }

    [Fact]
    public void Series_CarriesMoneyMeasureAndValuationInTheName()
    {
        var series = Dots.Series(Pakistan, Russia, DotsFlow.ImportsCif);
        Assert.Equal(MoneyUnit.UsDollarMillions, series.Measure.Money);
        Assert.Equal(484.938791, series[new CalendarYear(2018)]);
        Assert.Equal("Pakistan imports from Russia (CIF), as reported by Pakistan", series.Name);
        var ussr = Dots.Series(Pakistan, Actor.Find("USSR"), DotsFlow.ExportsFob);
        Assert.Equal(4.4, ussr[new CalendarYear(1960)]);
        Assert.Equal(4.789573050815661, ussr[new CalendarYear(1992)]);
    }

    [Fact]
    public void Series_NotInTheData_SaysSo()
    {
        var e = Assert.Throws<DataCoverageException>(() => Dots.Series(Russia, null, DotsFlow.ExportsFob));
        Assert.StartsWith("The DOTS data hold no exports (FOB) reported by Russia for the world.", e.Message, StringComparison.Ordinal);
        Assert.Throws<DataCoverageException>(() => Dots.Table(Actor.Find("India"), Russia));
    }

    [SharedDataFact]
    public void FullDerivedFile_LoadsWithWorldAggregates_AndAgreesWithTheExtract()
    {
        var full = ImfDotsCsv.Read(SharedData.Path("trade", "derived", "imf-dots-pakistan-russia.csv"));
        Assert.Equal(362, full.Observations.Length);
        // Pakistan's imports from the world, 2018 (line of the file: Pakistan,World,imports_cif,2018,60178.17126).
        Assert.Equal(60178.17126, full.Series(Pakistan, null, DotsFlow.ImportsCif)[new CalendarYear(2018)]);
        Assert.Equal(Money.UsDollarMillions(484.938791m), full.Table(Pakistan, Russia)[new CalendarYear(2018)].Imports);
        Assert.Equal(Money.UsDollarMillions(418.321735m), full.Table(Russia, Pakistan)[new CalendarYear(2018)].Exports);
        Assert.Equal(Dots.Observations.Select(o => (o.Reporter, o.Partner, o.Flow, o.Year, o.Value)),
            full.Observations.Where(o => !o.Partner.IsWorld).Select(o => (o.Reporter, o.Partner, o.Flow, o.Year, o.Value)));
    }

    [Fact]
    public void EmptyValue_IsMissingNotZero()
    {
        var dots = ImfDotsCsv.Parse(ImfDotsCsv.Header + "\nPakistan,Russian Federation,exports_fob,2018,\nPakistan,Russian Federation,imports_cif,2018,5\n", "m.csv");
        var row = dots.Table(Pakistan, Russia).Rows[0];
        Assert.Null(row.Exports);
        Assert.Equal(Money.UsDollarMillions(5), row.Imports);
    }

    [Theory]
    [InlineData("reporter,partner,flow,year,value\n", "m.csv:1:1: expected the header 'reporter,partner,flow,year,value_usd_millions', found 'reporter,partner,flow,year,value'.")]
    [InlineData(ImfDotsCsv.Header + "\nPakistan,Russian Federation,exports,2018,1\n", "m.csv:2:3: expected a flow 'exports_fob' or 'imports_cif', found 'exports'.")]
    [InlineData(ImfDotsCsv.Header + "\nPakistan,Russian Federation,exports_fob,18,1\n", "m.csv:2:4: expected a calendar year of four digits, found '18'.")]
    [InlineData(ImfDotsCsv.Header + "\nPakistan,Russian Federation,exports_fob,2018,1,5\n", "m.csv:2:6: expected 5 fields (reporter, partner, flow, year, value_usd_millions), found 'Pakistan,Russian Federation,exports_fob,2018,1,5'.")]
    [InlineData(ImfDotsCsv.Header + "\nPakistan,Russian Federation,exports_fob,2018,1\nPakistan,Russian Federation,exports_fob,2018,2\n", "m.csv:3:1: expected each reporter, partner, flow and year once (this one first appears on line 2), found 'Pakistan,Russian Federation,exports_fob,2018,2'.")]
    [InlineData(ImfDotsCsv.Header + "\nPakistan,Russian Federation,exports_fob,2018,-1\n", "m.csv:2:5: expected a non-negative amount (trade values are not negative), found '-1'.")]
    [InlineData(ImfDotsCsv.Header + "\nPakistan,Russian Federation,exports_fob,2018,1,2\n", "m.csv:2:6: expected 5 fields (reporter, partner, flow, year, value_usd_millions), found 'Pakistan,Russian Federation,exports_fob,2018,1,2'.")]
    [InlineData(ImfDotsCsv.Header + "\nPakistan,Russian Federation,exports_fob,2018,1.2.3\n", "m.csv:2:5: expected an amount in US$ million such as '418.321735' (or an empty cell for missing), found '1.2.3'.")]
    [InlineData(ImfDotsCsv.Header + "\nPakistan,Advanced Economies,exports_fob,2018,1\n", "m.csv:2:2: expected a partner country or 'World' known to the actor catalogue, found 'Advanced Economies'.")]
    public void Malformed_GivesPositionExpectedAndFound(string text, string message)
    {
        var e = Assert.Throws<DataFormatException>(() => ImfDotsCsv.Parse(text, "m.csv"));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void UnknownReporter_SuggestsCloseNames()
    {
        var e = Assert.Throws<DataFormatException>(() => ImfDotsCsv.Parse(ImfDotsCsv.Header + "\nPakistn,World,exports_fob,2018,1\n", "m.csv"));
        Assert.Equal("m.csv:2:1: expected a reporting country (closest: Pakistan), found 'Pakistn'.", e.Message);
    }
}
