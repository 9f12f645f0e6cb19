using Microsoft.VisualBasic.FileIO;
using TradeArms.Matrix;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Imf.Tests;

/// <summary>
/// IMF aggregates are not partners: on the real DOTS workbooks (../shared/data/trade/imf-dots-2022-02), "World" was
/// every reporter's largest export "partner" before aggregates were left out of <see cref="BilateralTradeMatrix.TopPartners"/>.
/// </summary>
public class AggregatePartnersTest
{
    private static readonly Lazy<BilateralTradeMatrix> s_matrix = new(() => DotsWorkbookReader.Read(SharedData.Path("trade", "imf-dots-2022-02")).Matrix);

    /// <summary>The 15 labels that report a row for themselves in the DOTS workbooks (python3 over the sheets' XML: B4 among the B8.. partner labels).</summary>
    private static readonly string[] SelfReporting =
    [
        "World", "Advanced Economies", "Emerging and Developing Economies", "Emerging and Developing Asia", "Africa", "Sub-Saharan Africa",
        "Middle East", "Middle East and Central Asia", "Euro Area", "European Union", "Emerging and Developing Europe", "Western Hemisphere",
        "Other Countries not included elsewhere", "Emerging Market and Developing Economies by Source of Export Earnings: Fuel",
        "Emerging Market and Developing Economies by Source of Export Earnings: Nonfuel",
    ];

    [SharedDataFact]
    public void WorldIsNoLongerAnyonesTopExportPartner()
    {
        var m = s_matrix.Value;
        var period = m.IndexOfPeriod(new CalendarYear(2019));
        var top = m.TopPartners(TradeFlow.Exports, 5);
        var withAggregates = m.TopPartners(TradeFlow.Exports, 5, includeAggregates: true);
        var reporters = Enumerable.Range(0, m.ActorCount).Where(r => !ImfAggregates.IsAggregate(m.Actors[r]) && top.Total(r, period) is > 0).ToList();
        Assert.True(reporters.Count > 150, $"{reporters.Count} reporting economies with 2019 exports");
        // Before: World first for every reporting economy with exports.
        Assert.All(reporters, r => Assert.Equal("World", m.Actors[withAggregates.PartnerId(r, period, 0)]));
        // Now: no aggregate among anyone's top 5, and shares of the sum over economies add up to at most 1.
        foreach (var r in reporters)
        {
            for (var k = 0; k < top.Count; k++)
            {
                if (top.Value(r, period, k) is not null)
                {
                    Assert.False(ImfAggregates.IsAggregate(m.Actors[top.PartnerId(r, period, k)]), $"{m.Actors[r]}: {m.Actors[top.PartnerId(r, period, k)]}");
                }
            }
            Assert.True(Enumerable.Range(0, top.Count).Sum(k => top.Share(r, period, k) ?? 0) <= 1 + 1e-12);
        }
        var pakistan = top.For("Pakistan", new CalendarYear(2019));
        Assert.Equal("United States", pakistan[0].Partner);
    }

    [SharedDataFact]
    public void EveryLabelReportingForItselfIsAnAggregate_AndNoUnM49CountryIs()
    {
        Assert.All(SelfReporting, name => Assert.True(ImfAggregates.IsAggregate(name), name));
        var m = s_matrix.Value;
        // UN M49 (../shared/data/codes/datasets__country-codes/UNSD-en.csv): region and sub-region names are groups,
        // country names are economies. Every DOTS label that is an M49 region is an aggregate; none that is an M49 country is.
        using var parser = new TextFieldParser(SharedData.Path("codes", "datasets__country-codes", "UNSD-en.csv")) { TextFieldType = FieldType.Delimited };
        parser.SetDelimiters(",");
        parser.ReadFields();
        var regions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var countries = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (parser.ReadFields() is { } f)
        {
            regions.UnionWith(new[] { f[1], f[3], f[5], f[7] }.Where(s => s.Length > 0));
            countries.Add(f[8]);
        }
        var labels = m.Actors.ToList();
        var regionLabels = labels.Where(regions.Contains).ToList();
        Assert.Contains("World", regionLabels);
        Assert.Contains("Sub-Saharan Africa", regionLabels);
        Assert.All(regionLabels, l => Assert.True(ImfAggregates.IsAggregate(l), l));
        var countryLabels = labels.Where(countries.Contains).ToList();
        Assert.True(countryLabels.Count > 100);
        Assert.All(countryLabels, l => Assert.False(ImfAggregates.IsAggregate(l), l));
        // Historical economies stay economies.
        Assert.False(ImfAggregates.IsAggregate("USSR"));
    }
}
