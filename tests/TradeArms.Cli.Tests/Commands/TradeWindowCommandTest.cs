using System.Globalization;
using System.Text;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

/// <summary>
/// <c>--window</c> of <c>trade summary</c> and <c>matrix summarize</c>: the library's one gate, exit 2 with its message
/// for a window outside the data, on the shipped Table 1 and a matrix of the shipped IMF DOTS extract.
/// </summary>
public class TradeWindowCommandTest
{
    private static readonly string Table1 = RepositoryRoot.Combine("data", "trade", "pakistan-russia-table1.tsv");

    [Fact]
    public void TradeSummary_WindowWithinTheTable_KeepsItsFiscalYears()
    {
        var result = Tool.Run("trade", "summary", Table1, "--window", "2011-2014", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        var periods = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]);
        Assert.Equal(["2011-12", "2012-13", "2013-14"], periods);
    }

    [Fact]
    public void TradeSummary_WindowOutsideTheTable_ExitsTwoWithTheYearsItHolds()
    {
        var result = Tool.Run("trade", "summary", Table1, "--window", "2012-2016");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: The window 2012-2016 is outside the data: the Pakistan-Russia table (2010-11..2014-15 (5 periods)) covers 2010-2015.\n",
            result.Error.ReplaceLineEndings("\n"));
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void TradeSummary_WindowWithoutAWholePeriod_IsAUsageError()
    {
        var result = Tool.Run("trade", "summary", Table1, "--window", "2012-2012");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--window 2012: no period of", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MatrixSummarize_WindowOutsideTheMatrix_ExitsTwo_AndWithinItWritesOnlyItsYears()
    {
        // DERIVED: the shipped IMF DOTS extract (data/trade/imf-dots-pakistan-russia.csv) rewritten in the tidy matrix
        // form (reporter,partner,year,flow,value; X = exports FOB, M = imports CIF), values as published.
        using var temp = new TempFolder();
        var tidy = new StringBuilder("reporter,partner,year,flow,value\n");
        foreach (var o in Datasets.PakistanRussiaDots.Observations)
        {
            tidy.Append(CultureInfo.InvariantCulture,
                $"{o.Reporter.Name},{o.Partner.Name},{o.Year},{(o.Flow == TradeArms.Trade.DotsFlow.ExportsFob ? "X" : "M")},{o.Value.Amount}\n");
        }
        var input = temp.Write("dots-tidy.csv", tidy.ToString());

        var outside = Tool.Run("matrix", "summarize", input, "--out", "-", "--window", "2019-2023");
        Assert.Equal(2, outside.ExitCode);
        Assert.Contains("error: The window 2019-2023 is outside the data: the matrix (", outside.Error, StringComparison.Ordinal);
        Assert.Contains("covers 1960-2020.", outside.Error, StringComparison.Ordinal);
        Assert.Equal("", outside.Out);

        var within = Tool.Run("matrix", "summarize", input, "--out", "-", "--window", "2018-2020");
        Assert.Equal(0, within.ExitCode);
        var rows = within.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        // Two pairs (Pakistan-Russia both ways) x 3 years; 2018 Pakistan's report: exports 150.438963, imports 484.938791.
        Assert.Equal(6, rows.Count);
        Assert.Contains("Pakistan,Russian Federation,2018,150.438963,484.938791,", within.Out, StringComparison.Ordinal);
    }
}
