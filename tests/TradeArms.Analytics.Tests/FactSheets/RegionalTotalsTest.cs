using System.Globalization;
using TradeArms.FactSheets;
using TradeArms.Register;
using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.FactSheets;

/// <summary>
/// The catalogue's regions against SIPRI's own regional totals of the same (2024) release: the deliveries by year of
/// the Trade Register, summed by the recipient's region, equal the "Regional total" rows of SIPRI's
/// regional-transfers table for every year 1990-2023 within SIPRI's rounding (python over the same files: largest
/// difference 0.49).
/// </summary>
public class RegionalTotalsTest
{
    private static readonly Lazy<ArmsTransfers> Deliveries2024 = new(() => TradeRegisterReader.Read(
        Directory.GetFiles(SharedData.Path("sipri-register", "by-delivery-year-2024-04"), "*.csv").Order(StringComparer.Ordinal)).ToArmsTransfers());

    [SharedDataTheory]
    [InlineData("Africa", SipriRegion.Africa)]
    [InlineData("Americas", SipriRegion.Americas)]
    [InlineData("Asia and Oceania", SipriRegion.AsiaAndOceania)]
    [InlineData("Europe", SipriRegion.Europe)]
    [InlineData("Middle East", SipriRegion.MiddleEast)]
    public void RegionalImports_EqualSipriRegionalTotals_EveryYear(string label, SipriRegion region)
    {
        var published = PublishedRegionalTotal(label);
        var computed = new Dictionary<int, double>();
        foreach (var o in Deliveries2024.Value.Observations.Where(o => o.Recipient.Region == region))
        {
            computed[o.Year.Year] = computed.GetValueOrDefault(o.Year.Year) + o.Value.Millions;
        }
        Assert.Equal(34, published.Count);
        Assert.All(published, p => Assert.True(Math.Abs(computed.GetValueOrDefault(p.Key) - p.Value) <= 0.5,
            $"{label} {p.Key}: computed {computed.GetValueOrDefault(p.Key):0.##}, SIPRI {p.Value}"));
    }

    [SharedDataFact]
    public void FactSheet2024_RegionalShares()
    {
        // March 2024 fact sheet: imports by European states +94%, African -52%; Asia and Oceania 37% of world imports,
        // the Middle East 30% (python over the same files: +94.2%, -52.3%, 37.38%, 30.39%).
        var sheet = FactSheet.Compute(Deliveries2024.Value, YearRange.Parse("2014-2018"), YearRange.Parse("2019-2023"));
        FactSheetRegion Of(SipriRegion r) => sheet.RegionalImports.Single(x => x.Region == r);
        Assert.Equal(94.2, Of(SipriRegion.Europe).ChangePercent!.Value, 1);
        Assert.Equal(-52.3, Of(SipriRegion.Africa).ChangePercent!.Value, 1);
        Assert.Equal(37.38, Of(SipriRegion.AsiaAndOceania).ShareOfWorldPercent, 2);
        Assert.Equal(30.39, Of(SipriRegion.MiddleEast).ShareOfWorldPercent, 2);
        Assert.Equal(100.0, sheet.RegionalImports.Sum(r => r.ShareOfWorldPercent), 9);
    }

    // SIPRI's "Volume of exports of major arms by region broken down by suppliers 1990-2023": the "Regional total" row.
    private static Dictionary<int, double> PublishedRegionalTotal(string region)
    {
        var lines = File.ReadAllLines(SharedData.Path("sipri-tiv", "country-totals-2024-04-13", "regional-transfers_1990-2023-suppliers_to_the_region.csv"));
        var header = lines.First(l => l.StartsWith(",,1990,", StringComparison.Ordinal)).Split(',');
        var row = lines.Single(l => l.StartsWith(region + ",Regional total,", StringComparison.Ordinal)).Split(',');
        var totals = new Dictionary<int, double>();
        for (var i = 2; i < header.Length && int.TryParse(header[i], NumberStyles.None, CultureInfo.InvariantCulture, out var year); i++)
        {
            totals[year] = row[i].Length == 0 ? 0 : double.Parse(row[i], NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        return totals;
    }
}
