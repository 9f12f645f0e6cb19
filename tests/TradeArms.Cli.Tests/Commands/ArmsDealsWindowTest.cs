using System.Text.Json;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

/// <summary>
/// <c>arms deals --from/--to</c> reports the TIV delivered in the window (SIPRI: delivered numbers "refer only to
/// deliveries in the selected year(s)"). Russia -> Pakistan 2015-2018 in the real 2024 by-delivery-year export
/// (../shared/data/sipri-register/by-delivery-year-2024-04), summed by hand from the rows
/// (<c>grep 'RD-33 (6200)' | grep Pakistan</c>): RD-33 2015-2018 = 37.4 + 37.4 + 37.4 + 33 = 145.2 of 426.8;
/// Mi-17 5.8 (2016); Mi-35M 46 (2018): in the window 197, whole deals 478.6.
/// </summary>
public class ArmsDealsWindowTest
{
    private static string ByYear => SharedData.Path("sipri-register", "by-delivery-year-2024-04", "trade-register.csv");

    private static string Full => SharedData.Path("sipri-register", "full-2024-10-13", "trade-register.csv");

    [SharedDataFact]
    public void ByDeliveryYear_Table_TotalIsTheTivDeliveredInTheWindow()
    {
        var result = Tool.Run("arms", "deals", "--data", ByYear, "--supplier", "Russia", "--recipient", "Pakistan", "--from", "2015", "--to", "2018");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\nTotal TIV delivered in 2015-2018: 197 TIV million (SIPRI's rule: only deliveries in the selected years).\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("\nTotal TIV delivered by these deals in all years: 478.6 TIV million.\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("  Window     Delivered TIV in window (million)  Number delivered in window\n", result.Out, StringComparison.Ordinal);
        var engines = Assert.Single(result.Out.Split('\n'), l => l.Contains("RD-33 (6200)", StringComparison.Ordinal));
        Assert.EndsWith("  2015-2018                              145.2                          66", engines, StringComparison.Ordinal); // 37.4 x 3 + 33; 17 + 17 + 17 + 15
    }

    [SharedDataFact]
    public void ByDeliveryYear_Json_EachDealHasTheTivInTheWindow()
    {
        var result = Tool.Run("arms", "deals", "--data", ByYear, "--supplier", "Russia", "--recipient", "Pakistan", "--from", "2015", "--to", "2018", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var engines = json.RootElement.EnumerateArray().Single(d => d.GetProperty("designation").GetString() == "RD-33 (6200)");
        Assert.Equal(426.8, engines.GetProperty("deliveredTiv").GetDouble(), 9);
        Assert.Equal(145.2, engines.GetProperty("deliveredTivInWindow").GetDouble(), 9);
        Assert.Equal(17 + 17 + 17 + 15, engines.GetProperty("numberDeliveredInWindow").GetInt32());
        Assert.Equal("2015-2018", engines.GetProperty("window").GetString());
    }

    [SharedDataFact]
    public void ByDeliveryYear_Csv_HasTheWindowColumnsOfTheJson()
    {
        var result = Tool.Run("arms", "deals", "--data", ByYear, "--supplier", "Russia", "--recipient", "Pakistan", "--from", "2015", "--to", "2018", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.EndsWith(",dealId,generated,location,window,deliveredTivInWindow,numberDeliveredInWindow", lines[0], StringComparison.Ordinal);
        var engines = Assert.Single(lines, l => l.Contains(",RD-33 (6200),", StringComparison.Ordinal));
        Assert.EndsWith(",426.8,35034,2024-04-13,trade-register.csv:14066,2015-2018,145.2,66", engines, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void FullRegister_SaysTheTotalIsForWholeDeals()
    {
        var result = Tool.Run("arms", "deals", "--data", Full, "--supplier", "Russia", "--recipient", "Pakistan", "--from", "2015", "--to", "2018");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\nTotal TIV delivered by these deals in all years (whole deals): 478.6 TIV million.\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("\nThe full register has no TIV per delivery year, so the deals with deliveries in 2015-2018 are totalled whole;", result.Out, StringComparison.Ordinal);
        var json = Tool.Run("arms", "deals", "--data", Full, "--supplier", "Russia", "--recipient", "Pakistan", "--from", "2015", "--to", "2018", "--format", "json");
        using var doc = JsonDocument.Parse(json.Out);
        Assert.All(doc.RootElement.EnumerateArray(), d => Assert.Equal(JsonValueKind.Null, d.GetProperty("deliveredTivInWindow").ValueKind));
    }
}
