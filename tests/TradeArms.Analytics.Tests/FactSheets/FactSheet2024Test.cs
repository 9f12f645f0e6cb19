using TradeArms.FactSheets;
using TradeArms.Register;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.FactSheets;

/// <summary>
/// Reproduces SIPRI's fact sheet "Trends in international arms transfers, 2023" (March 2024; 2019-2023 vs 2014-2018)
/// from the 2024 release as deliveries by year (the Trade Register's by-delivery-year export, generated 13 and 16 April
/// 2024: 1990-2023 and 1950-1989), summed into TIV by supplier, recipient and year. Tolerances as for 2022.
/// </summary>
public class FactSheet2024Test
{
    private static readonly Lazy<FactSheet> Sheet = new(() =>
    {
        var files = Directory.GetFiles(SharedData.Path("sipri-register", "by-delivery-year-2024-04"), "*.csv").Order(StringComparer.Ordinal);
        var arms = TradeRegisterReader.Read(files).ToArmsTransfers();
        return FactSheet.Compute(arms, YearRange.Parse("2014-2018"), YearRange.Parse("2019-2023"));
    });

    [SharedDataFact]
    public void WorldVolume_Fell3Point3Percent()
    {
        // Published: "-3.3 per cent".
        Assert.InRange(Sheet.Value.WorldChangePercent!.Value, -3.3 - 0.6, -3.3 + 0.6);
        Assert.Contains("2024-04-13", Sheet.Value.Source.Vintage, StringComparison.Ordinal);
    }

    [SharedDataTheory]
    // Published shares of world exports 2019-2023 and changes vs 2014-2018.
    [InlineData("United States", 42, 17)]
    [InlineData("France", 11, 47)]
    [InlineData("Russia", 11, -53)]
    [InlineData("China", 5.8, -5.3)]
    [InlineData("Germany", 5.6, -14)]
    public void TopExporters_MatchThePublishedSharesAndChanges(string name, double share, double change)
    {
        var entry = Sheet.Value.TopExporters.Single(e => e.Actor.Name == name);
        Assert.InRange(entry.ShareOfWorldPercent, share - 0.5, share + 0.5);
        Assert.InRange(entry.ChangePercent!.Value, change - 0.6, change + 0.6);
    }

    [SharedDataFact]
    public void France_OvertookRussiaAsSecondExporter() =>
        Assert.Equal(["United States", "France", "Russia"], Sheet.Value.TopExporters.Take(3).Select(e => e.Actor.Name));

    [SharedDataTheory]
    // Published shares of world imports 2019-2023 and changes vs 2014-2018.
    [InlineData("India", 9.8, 4.7)]
    [InlineData("Saudi Arabia", 8.4, -28)]
    [InlineData("Qatar", 7.6, 396)]
    [InlineData("Ukraine", 4.9, 6633)]
    [InlineData("Pakistan", 4.3, 43)]
    public void TopImporters_MatchThePublishedSharesAndChanges(string name, double share, double change)
    {
        var entry = Sheet.Value.TopImporters.Single(e => e.Actor.Name == name);
        Assert.InRange(entry.ShareOfWorldPercent, share - 0.5, share + 0.5);
        Assert.InRange(entry.ChangePercent!.Value, change - 0.6, change + 0.6);
    }

    [SharedDataFact]
    public void India_RussiaStillTheMainSupplier_With36Percent()
    {
        var india = Sheet.Value.TopImporters.Single(e => e.Actor.Name == "India");
        Assert.Equal("Russia", india.MainPartners[0].Actor.Name);
        Assert.InRange(india.MainPartners[0].SharePercent, 35.5, 36.5);
    }
}
