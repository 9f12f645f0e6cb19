using System.Text.Json;
using TradeArms.Cli.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

/// <summary><c>tradearms arms series</c> on the shipped extract (values as printed in India.csv and Pakistan.csv).</summary>
public class ArmsSeriesCommandTest
{
    [Fact]
    public void Table_RussiaToIndia_2010To2021()
    {
        var result = Tool.Run("arms", "series", "--supplier", "Russia", "--recipient", "India", "--from", "2010", "--to", "2021");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Russia -> India, 2010-2021, TIV million\nYear  TIV (million)\n----  -------------\n2010          2,294\n2011          2,483\n2012          3,798\n", result.Out, StringComparison.Ordinal);
        // python3: sum of the 2010-2021 cells = 25163.
        Assert.Contains("\nTotal: 25,163 TIV million.\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("TIV is a volume indicator, not US$.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultYears_RunFromFirstToLastDelivery()
    {
        // Russia (as a supplier, from 1992) to India: 1992..2021.
        var result = Tool.Run("arms", "series", "--supplier", "RUS", "--recipient", "IND", "--format", "csv");
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("year,tiv,status", lines[0]);
        Assert.StartsWith("1992,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2021,1392,reported", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_KeepsSipriCellStatuses()
    {
        // United States -> Pakistan: 1950 36, 1951 empty (no deliveries), 1952 printed "0" (under 0.5).
        var result = Tool.Run("arms", "series", "--supplier", "United States", "--recipient", "Pakistan", "--from", "1950", "--to", "1952", "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var values = json.RootElement.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(["reported", "noDeliveries", "belowHalf"], values.Select(v => v.GetProperty("status").GetString()));
        Assert.Equal([36.0, 0, 0], values.Select(v => v.GetProperty("tiv").GetDouble()));
        Assert.Equal("TIV million", json.RootElement.GetProperty("measure").GetString());
        Assert.Equal(36, json.RootElement.GetProperty("total").GetDouble());

        var table = Tool.Run("arms", "series", "--supplier", "United States", "--recipient", "Pakistan", "--from", "1950", "--to", "1952").Out;
        Assert.Contains("1951              -\n1952           <0.5\n", table, StringComparison.Ordinal);
    }

    [Fact]
    public void RecipientOnly_IsItsImportsFromAllSuppliers()
    {
        // India 2017-2021 supplier rows: 15356 (python3).
        var result = Tool.Run("arms", "series", "--recipient", "India", "--from", "2017", "--to", "2021", "--format", "json");
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(15356, json.RootElement.GetProperty("total").GetDouble());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("supplier").ValueKind);
    }

    [Theory]
    [InlineData(new[] { "arms", "series" }, "error: arms series needs --supplier <name>, --recipient <name> or both. See 'tradearms arms series --help'.")]
    [InlineData(new[] { "arms", "series", "--supplier", "Russia", "--from", "1900" }, "error: The window 1900-2021 is outside the data: the SIPRI data (Generated: 2022-04-22 and 2022-07-28) covers 1950-2021.")]
    [InlineData(new[] { "arms", "series", "--supplier", "Mordor" }, "error: Unknown actor 'Mordor'. Use a SIPRI name (e.g. 'Russia'), a common alias ('Russian Federation') or an ISO 3166-1 alpha-3 code ('RUS').")]
    public void BadInput_ExitsTwo(string[] args, string message)
    {
        var result = Tool.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message + "\n", result.Error.ReplaceLineEndings("\n"));
    }
}
