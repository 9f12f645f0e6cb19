using System.Text.Json;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

/// <summary>
/// <c>--soviet-union-as-russia</c> (both roles) and <c>--soviet-suppliers-as-russia</c> on SIPRI's whole 2022
/// by-recipient release (../shared/data/sipri-tiv/by-recipient-2022-04-22). Figures from the files by hand:
/// India 1988-1995, Soviet Union 9471 + Russia 2528 = 11999; Russia's imports 1985-1995 are Poland's 40 alone
/// (Russia.csv), the Soviet Union's imports 1985-1991 (Soviet-Union.csv) start with Czechoslovakia 6109.
/// </summary>
public class SovietUnionMergeTest
{
    private static string Release => SharedData.Path("sipri-tiv", "by-recipient-2022-04-22");

    private static JsonElement Shares(params string[] extra)
    {
        var result = Tool.Run(["arms", "shares", "--data", Release, "--format", "json", .. extra]);
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    private static JsonElement Row(JsonElement shares, string name) =>
        shares.GetProperty("shares").EnumerateArray().Single(r => r.GetProperty("supplier").GetString() == name);

    [SharedDataTheory]
    [InlineData("--soviet-union-as-russia")]
    [InlineData("--soviet-suppliers-as-russia")]
    public void MergedRussiaRow_CountsTwoSipriActors(string option)
    {
        // Today's code says partners: 1 for the merged row.
        var russia = Row(Shares("--recipient", "India", "--from", "1988", "--to", "1995", option), "Russia");
        Assert.Equal(11999, russia.GetProperty("tiv").GetDouble());
        Assert.Equal(2, russia.GetProperty("partners").GetInt32());
    }

    [SharedDataFact]
    public void NotMerged_RussiaRowIsOneActor() =>
        Assert.Equal(1, Row(Shares("--recipient", "India", "--from", "1988", "--to", "1995"), "Russia").GetProperty("partners").GetInt32());

    [SharedDataFact]
    public void BothRoles_MergesRussiasImportsToo_SuppliersOnlyDoesNot()
    {
        var both = Shares("--recipient", "Russia", "--from", "1985", "--to", "1995", "--soviet-union-as-russia");
        Assert.Equal(6109, Row(both, "Czechoslovakia").GetProperty("tiv").GetDouble());
        var suppliers = Shares("--recipient", "Russia", "--from", "1985", "--to", "1995", "--soviet-suppliers-as-russia");
        Assert.Equal(40, suppliers.GetProperty("total").GetDouble());
        Assert.Equal(["Poland"], suppliers.GetProperty("shares").EnumerateArray().Select(r => r.GetProperty("supplier").GetString()));
    }

    [Fact]
    public void BothOptions_AreAUsageError()
    {
        var result = Tool.Run("arms", "shares", "--recipient", "India", "--soviet-union-as-russia", "--soviet-suppliers-as-russia");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("exclude each other", result.Error, StringComparison.Ordinal);
    }
}
