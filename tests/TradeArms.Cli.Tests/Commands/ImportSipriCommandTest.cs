using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

public class ImportSipriCommandTest
{
    private static readonly string Folder = RepositoryRoot.Combine("data", "sipri", "by-recipient-2022-04-22");

    [Fact]
    public void Import_Folder_WritesTidyCsvThatReadsBack()
    {
        using var temp = new TempFolder();
        var output = temp.File("out/tidy.csv");

        var result = Tool.Run("import", "sipri", Folder, "--out", output);

        Assert.Equal(0, result.ExitCode);
        var tidy = TidyTivCsv.Read(output);
        var original = SipriTivTableReader.Read(Folder);
        Assert.Equal(original.Count, tidy.Count);
        Assert.Equal(3798, tidy.Series(tidy.Actor("Russia"), tidy.Actor("India"))[2012].Millions);
        Assert.StartsWith("Wrote 951 rows", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("out/.tidy.csv.tmp")));
    }

    [Fact]
    public void Import_YearWindow_KeepsOnlyThoseYears()
    {
        var result = Tool.Run("import", "sipri", Path.Combine(Folder, "India.csv"), "--out", "-", "--from", "2012", "--to", "2016");

        Assert.Equal(0, result.ExitCode);
        var tidy = TidyTivCsv.Parse(result.Out, "stdout");
        Assert.All(tidy.Observations, o => Assert.InRange(o.Year.Year, 2012, 2016));
        Assert.Equal(19348, tidy.Observations.Sum(o => o.Value.Millions));
    }

    [Fact]
    public void Import_YearWindowOutsideTheTables_IsTheReadersError()
    {
        var result = Tool.Run("import", "sipri", Folder, "--out", "-", "--from", "2030", "--to", "2035");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal($"error: The window 2030-2035 is outside the data: the SIPRI tables in {Folder} covers 1950-2021.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Import_MissingOut_ExitsTwo()
    {
        var result = Tool.Run("import", "sipri", Folder);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: import sipri needs --out <tidy.csv>. See 'tradearms import sipri --help'.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Import_NotASipriFile_ExitsTwoAndSaysWhy()
    {
        using var temp = new TempFolder();
        var file = temp.Write("x.csv", "supplier,recipient,year,tiv\n");
        var result = Tool.Run("import", "sipri", file, "--out", "-");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {file}:1:1: expected SIPRI's title", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ToUnwritableLocation_ExitsTwo()
    {
        using var temp = new TempFolder();
        var blocker = temp.Write("file", "x");
        var result = Tool.Run("import", "sipri", Folder, "--out", Path.Combine(blocker, "tidy.csv"));
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
    }
}
