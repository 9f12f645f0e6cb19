using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Sipri;

/// <summary>The read window (<see cref="SipriReadOptions.Years"/>) is checked once, by the reader, against the files' years.</summary>
public class ReadWindowTest
{
    private static string India => RepositoryRoot.Combine("data", "sipri", "by-recipient-2022-04-22", "India.csv");

    [Fact]
    public void WindowSharingNoYearWithTheFile_IsOutsideTheData()
    {
        var e = Assert.Throws<WindowOutsideDataException>(() => SipriTivTableReader.Read(India, new SipriReadOptions { Years = YearRange.Parse("2030-2035") }));
        Assert.Equal(YearRange.Parse("2030-2035"), e.Requested);
        Assert.Equal($"The window 2030-2035 is outside the data: the SIPRI tables in {India} covers 1950-2021.", e.Message);
        Assert.Throws<WindowOutsideDataException>(() => SipriTivTableReader.Parse(File.ReadAllText(India), "India.csv", new SipriReadOptions { Years = YearRange.Parse("1900-1949") }));
    }

    [Fact]
    public void WindowOverlappingTheFile_KeepsTheOverlap()
    {
        var arms = SipriTivTableReader.Read(India, new SipriReadOptions { Years = YearRange.Parse("2017-2030") });
        Assert.Equal(YearRange.Parse("2017-2021"), arms.Years);
        // python over India.csv: the Total row's 2017-2021 cells sum to 15356.
        Assert.Equal(15356, arms.Total(YearRange.Parse("2017-2021"), recipient: arms.Actor("India")).Millions);
    }
}
