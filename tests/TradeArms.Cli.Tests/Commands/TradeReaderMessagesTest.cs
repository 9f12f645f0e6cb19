using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

/// <summary>
/// A trade source reader's message raised through the command line names the command's flag, or leaves out an
/// alternative the command does not offer, never the library's <c>TradeReadOptions</c> (synthetic files written here).
/// </summary>
public class TradeReaderMessagesTest
{
    [Fact]
    public void Baci_WithoutAVintageInItsName_NamesClassificationFlag_WhichThenReadsIt()
    {
        using var temp = new TempFolder();
        var path = temp.Write("trade.csv", "t,i,j,k,v,q\n2017,4,8,010121,1.5,2\n");

        var result = Tool.Run("trade", "summary", path, "--format-in", "baci");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {path}: expected the HS vintage of the BACI file in its name (BACI_HS92_Y2017_V202301.csv), or --classification, found 'trade.csv'.\n",
            result.Error.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("TradeReadOptions", result.Error, StringComparison.Ordinal);

        var convert = Tool.Run("trade", "convert", path, "--format-in", "baci", "--to", "HS2022", "--out", temp.File("out.csv"), "--tables", temp.Path);
        Assert.Contains("or --classification, found 'trade.csv'.", convert.Error, StringComparison.Ordinal);

        var given = Tool.Run("trade", "summary", path, "--format-in", "baci", "--classification", "HS2017");
        Assert.DoesNotContain("HS vintage", given.Error, StringComparison.Ordinal);

        var wrong = Tool.Run("trade", "summary", path, "--format-in", "baci", "--classification", "HS2019");
        Assert.Equal(2, wrong.ExitCode);
        Assert.Equal("error: --classification must be an HS vintage such as HS1992 or HS2017, not 'HS2019'.\n", wrong.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Imts_WithoutUnitMult_SaysWhatTheFileLacks_WithoutLibraryOptions()
    {
        using var temp = new TempFolder();
        var path = temp.Write("imts.csv", "DATAFLOW,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE\nIMF.STA:IMTS,PAK,XG_FOB_USD,RUS,A,2020,12.5\n");

        var result = Tool.Run("trade", "summary", path, "--format-in", "imts", "--reporter", "PAK", "--partner", "RUS");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {path}:1: expected a UNIT_MULT column (the power of ten of OBS_VALUE), found 'DATAFLOW,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIM...'.\n",
            result.Error.ReplaceLineEndings("\n"));
    }
}
