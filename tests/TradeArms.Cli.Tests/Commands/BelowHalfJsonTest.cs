using System.Text.Json;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

/// <summary>
/// A window where every delivery is under 0.5 TIV million: Belize 1995-1999 in SIPRI's 2022 by-recipient table
/// (../shared/data/sipri-tiv/by-recipient-2022-04-22/Belize.csv: the United Kingdom and the United States, printed
/// 0 = "less than 0.5m"). The table says &lt;0.5 and "HHI undefined"; the JSON must say the same.
/// </summary>
public class BelowHalfJsonTest
{
    private static string Belize => SharedData.Path("sipri-tiv", "by-recipient-2022-04-22", "Belize.csv");

    private const string Note = "HHI undefined (every delivery in 1995-1999 is under 0.5 TIV million)";

    [SharedDataFact]
    public void Shares_Json_CarriesBelowHalfStatusAndHhiNote()
    {
        var table = Tool.Run("arms", "shares", "--recipient", "Belize", "--data", Belize, "--from", "1995", "--to", "1999");
        Assert.Contains("   1  United Kingdom         1           <0.5        n/a\n", table.Out, StringComparison.Ordinal);
        Assert.Contains("\nTotal: <0.5 TIV million (n/a).\n", table.Out, StringComparison.Ordinal);
        Assert.Contains("Concentration: " + Note, table.Out, StringComparison.Ordinal);

        var result = Tool.Run("arms", "shares", "--recipient", "Belize", "--data", Belize, "--from", "1995", "--to", "1999", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("belowHalf", root.GetProperty("totalStatus").GetString());
        Assert.Equal(Note, root.GetProperty("hhiNote").GetString());
        Assert.Contains(Note, root.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));
        var rows = root.GetProperty("shares").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("belowHalf", r.GetProperty("status").GetString()));
    }

    [SharedDataFact]
    public void Profile_Json_WindowCarriesStatusAndNote()
    {
        var result = Tool.Run("arms", "profile", "Belize", "--data", Belize, "--from", "1995", "--to", "1999", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var window = json.RootElement.GetProperty("asRecipient").GetProperty("windows")[0];
        Assert.Equal("belowHalf", window.GetProperty("status").GetString());
        Assert.Equal(Note, window.GetProperty("hhiNote").GetString());
    }
}
