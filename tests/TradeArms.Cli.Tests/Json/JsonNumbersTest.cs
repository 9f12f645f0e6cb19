using System.Text.Json;
using TradeArms.Cli.Commands;
using TradeArms.Cli.Json;
using TradeArms.Cli.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Json;

/// <summary>
/// The CLI's one JSON rule for numbers (issue 14): figures with a source precision print with at most that many
/// decimals, decimals without trailing zeros, computed ratios round-trip, null stays null, NaN/Infinity never print.
/// </summary>
public class JsonNumbersTest
{
    [Fact]
    public void Decimal_PrintsWithoutTrailingZeros()
    {
        // A money difference carrying 14 places of scale printed as -7.30000000000000 before.
        var json = JsonOutput.Write(
            new ValidateCommand.ValidationJson("Pakistan", "Russia", "US$ million", "test", false, 1,
                [new ValidateCommand.DiscrepancyJson("2010-11", "total", 346.990m, 354.29000000000000m, -7.30000000000000m, 0.50m, "arithmetic", null)]),
            CliJsonContext.Default.ValidationJson);
        Assert.Contains("\"difference\": -7.3,", json, StringComparison.Ordinal);
        Assert.Contains("\"published\": 346.99,", json, StringComparison.Ordinal);
        Assert.Contains("\"tolerance\": 0.5,", json, StringComparison.Ordinal);
        Assert.Contains("\"line\": null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("7.30", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Tiv_PrintsWithAtMostTwoDecimals()
    {
        // A sum of published TIV with binary noise: 58.59999999999998 before.
        var tiv = Tiv.FromMillions(58.59999999999998);
        Assert.Equal(58.6, JsonOutput.Tiv(tiv));
        var json = JsonOutput.Write(
            new ArmsSeriesCommand.SeriesJson("Russia", "India", "2020", Tiv.UnitLabel, JsonOutput.Tiv(tiv),
                [new ArmsSeriesCommand.SeriesValueJson(2020, JsonOutput.Tiv(tiv), "reported"), new ArmsSeriesCommand.SeriesValueJson(2021, null, "didNotExist")],
                null, "SIPRI", null, []),
            CliJsonContext.Default.SeriesJson);
        Assert.Contains("\"total\": 58.6,", json, StringComparison.Ordinal);
        Assert.Contains("\"tiv\": null,", json, StringComparison.Ordinal);
        Assert.Contains("\"vintage\": null,", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"trend\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("58.59", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ComputedRatio_RoundTrips()
    {
        const double share = 46.027612345678901;
        var json = JsonOutput.Write(
            new ArmsFactSheetCommand.FactSheetJson("2012-2016", "2017-2021", Tiv.UnitLabel, "SIPRI", null,
                new ArmsFactSheetCommand.FactSheetWorldJson(1, 2, share, null, null), share, null, [], [], []),
            CliJsonContext.Default.FactSheetJson);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(share, doc.RootElement.GetProperty("top5ExportersSharePercent").GetDouble());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("top5ImportersSharePercent").ValueKind);
    }

    [Fact]
    public void NonFiniteNumber_IsRefusedAsADefect()
    {
        var bad = new ArmsFactSheetCommand.FactSheetJson("2012-2016", "2017-2021", Tiv.UnitLabel, "SIPRI", null,
            new ArmsFactSheetCommand.FactSheetWorldJson(1, 2, double.NaN, null, null), double.PositiveInfinity, null, [], [], []);
        var e = Assert.Throws<InvalidOperationException>(() => JsonOutput.Write(bad, CliJsonContext.Default.FactSheetJson));
        Assert.Contains("non-finite", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shares_RealOutput_HasNoBinaryNoiseOrTrailingZeros()
    {
        // The shipped extract: India's imports 2017-2021 (Russia 46.0%, France 27.3%, as SIPRI's table gives them).
        var result = Tool.Run("arms", "shares", "--recipient", "India", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.Equal("India", root.GetProperty("recipient").GetString());
        Assert.False(root.TryGetProperty("supplier", out _));
        var russia = root.GetProperty("shares").EnumerateArray().First();
        Assert.Equal("Russia", russia.GetProperty("supplier").GetString());
        Assert.Equal(46.0276, russia.GetProperty("share").GetDouble());
        Assert.DoesNotMatch(@"\d\.\d*0[,\n]|\d{10,}", result.Out);
    }
}
