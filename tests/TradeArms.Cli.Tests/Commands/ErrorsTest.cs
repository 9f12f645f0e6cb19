using TradeArms.Cli.Infrastructure;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

/// <summary>
/// Exit 2 only for what the user can fix (domain errors, paths named on the command line), in the tool's words
/// (its flags, never library types); anything else is exit 70, an internal error with its type.
/// </summary>
public class ErrorsTest
{
    private static readonly string Table1 = RepositoryRoot.Combine("data", "trade", "pakistan-russia-table1.tsv");

    private static readonly string Release2022 = RepositoryRoot.Combine("data", "sipri", "by-recipient-2022-04-22");

    private static string Table1Without(params string[] keys) =>
        string.Join('\n', File.ReadAllLines(Table1).Where(l => !keys.Any(k => l.StartsWith($"# {k}:", StringComparison.Ordinal)))) + '\n';

    private static CliResult RunThrowing(Exception e)
    {
        var command = new Command("boom", "Throws.", "tradearms boom", [], [], [], (_, _) => throw e);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = App.Execute(command, [], stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void ABug_IsAnInternalErrorWithItsType_NeverAUsageMessage()
    {
        var result = RunThrowing(new InvalidOperationException("Nullable object must have a value."));

        Assert.Equal(70, result.ExitCode);
        var lines = result.Error.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("tradearms: internal error (System.InvalidOperationException): Nullable object must have a value.", lines[0]);
        Assert.StartsWith("This is a bug in tradearms ", lines[1], StringComparison.Ordinal);
        Assert.Contains("Please report it at https://github.com/tradearms/tradearms/issues", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("error: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnArgumentErrorFromTheLibrary_IsABugToo() =>
        Assert.Equal(70, RunThrowing(new ArgumentException("The value is 0.", "value")).ExitCode);

    [Theory]
    [InlineData("unit")]
    [InlineData("window")]
    [InlineData("coverage")]
    [InlineData("actor")]
    public void DomainErrors_AreTheUsersToFix_ExitTwo(string kind)
    {
        Exception e = kind switch
        {
            "unit" => new UnitMismatchException("Cannot add US$ million and PKR thousand."),
            "window" => new WindowOutsideDataException(YearRange.Parse("1940-1949"), YearRange.Parse("1950-2021"), "the SIPRI data"),
            "coverage" => new DataCoverageException("The data hold no transfers to or from Iceland."),
            _ => new ActorNotFoundException("Rusia", ["Russia"]),
        };
        var result = RunThrowing(e);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: " + e.Message + "\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Validate_FileWithoutReporterAndPartner_NamesBothFlagsAtOnce()
    {
        using var temp = new TempFolder();
        var file = temp.Write("t.tsv", Table1Without("reporter", "partner"));

        var result = Tool.Run("validate", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {file}:6:1: expected '# reporter: <country>' and '# partner: <country>' lines before the header, or --reporter and --partner, found 'Year\tPak Exports\tPak Imports\tTotal\tBalance'.\n",
            result.Error.ReplaceLineEndings("\n"));
        Assert.Equal(1, Tool.Run("validate", file, "--reporter", "Pakistan", "--partner", "Russia").ExitCode);
    }

    [Fact]
    public void Validate_FileWithoutAUnit_NamesTheFlagNotTheLibraryOption()
    {
        using var temp = new TempFolder();
        var result = Tool.Run("validate", temp.Write("t.tsv", Table1Without("unit")));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("before the header, or --unit, found", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("TradeTableReadOptions", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Overview_TradeFileWithoutAReporter_SaysWhatTheFileLacks_WithoutAFlagOverviewDoesNotHave()
    {
        using var temp = new TempFolder();
        var result = Tool.Run("overview", "--trade", temp.Write("t.tsv", Table1Without("reporter")));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("expected a '# reporter: <country>' line before the header, found", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("TradeTableReadOptions", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("--reporter", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportSipri_TablesOfTwoReleases_NameTheFlagThatCombinesThem()
    {
        using var temp = new TempFolder();
        File.Copy(Path.Combine(Release2022, "India.csv"), temp.File("India.csv"));
        File.Copy(RepositoryRoot.Combine("data", "sipri", "by-exporter-2022-07-28", "TIV-Export-RUS-1950-2021.csv"), temp.File("Russia.csv"));

        var result = Tool.Run("import", "sipri", temp.Path, "--out", temp.File("tidy.csv"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("to combine releases, say so explicitly (--combine-releases), found 'generated ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("SipriReadOptions", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, Tool.Run("import", "sipri", temp.Path, "--out", temp.File("tidy.csv"), "--combine-releases").ExitCode);
    }

    [Fact]
    public void ImportSipri_StrictActors_NamesTheFlagNotTheLibraryPolicy()
    {
        using var temp = new TempFolder();
        var lines = File.ReadAllLines(Path.Combine(Release2022, "India.csv"), System.Text.Encoding.Latin1);
        var row = Array.FindIndex(lines, l => l.StartsWith("France,", StringComparison.Ordinal));
        lines[row] = "Frankreich," + lines[row]["France,".Length..];
        File.WriteAllLines(temp.File("India.csv"), lines, System.Text.Encoding.Latin1);

        var result = Tool.Run("import", "sipri", temp.File("India.csv"), "--out", temp.File("tidy.csv"), "--strict-actors");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(":1: expected a known supplier", result.Error, StringComparison.Ordinal);
        Assert.Contains("; or run without --strict-actors, found 'Frankreich'.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("UnknownActors", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, Tool.Run("import", "sipri", temp.File("India.csv"), "--out", temp.File("tidy.csv")).ExitCode);
    }

    [Fact]
    public void Paths_AreCheckedAndSaidInWords()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("folder"));
        temp.Write("file.txt", "x");

        Assert.Equal($"error: '{temp.File("folder")}' is a directory, not a file.\n", Tool.Run("validate", temp.File("folder")).Error.ReplaceLineEndings("\n"));
        Assert.Equal($"error: '{temp.File("none.tsv")}' does not exist.\n", Tool.Run("validate", temp.File("none.tsv")).Error.ReplaceLineEndings("\n"));
        var toFolder = Tool.Run("import", "sipri", Release2022, "--out", temp.File("folder"));
        Assert.Equal(2, toFolder.ExitCode);
        Assert.Equal($"error: --out: cannot write '{temp.File("folder")}': it is a directory, not a file.\n", toFolder.Error.ReplaceLineEndings("\n"));
        var underFile = Tool.Run("matrix", "generate", "--rows", "10", "--out", Path.Combine(temp.File("file.txt"), "m.csv"));
        Assert.Equal(2, underFile.ExitCode);
        Assert.Equal($"error: --out: cannot write '{Path.Combine(temp.File("file.txt"), "m.csv")}': '{temp.File("file.txt")}' is a file, not a folder.\n", underFile.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void FactSheet_WindowsInTheWrongOrder_NameTheFlags()
    {
        var result = Tool.Run("arms", "factsheet", "--data", Release2022, "--first", "2017-2021", "--second", "2012-2016");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --second (2012-2016) must start after --first (2017-2021) ends.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void FactSheet_WindowOutsideTheData_IsTheDomainError()
    {
        var result = Tool.Run("arms", "factsheet", "--data", Release2022, "--first", "2012-2016", "--second", "2022-2026");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: The window 2022-2026 is outside the data: the SIPRI data (", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_SecondWindowAtTheFirstSupportedYear_HasNoDefaultFirstWindow_UsageErrorNotABug()
    {
        // The default --first is the window before --second; before 1700 there is none (it was exit 70 from CalendarYear).
        var result = Tool.Run("arms", "compare", "--recipient", "India", "--second", "1700-1704");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --second: there is no 5-year window before 1700-1704 from 1700 on; give --first.\n", result.Error.ReplaceLineEndings("\n"));
        var given = Tool.Run("arms", "compare", "--recipient", "India", "--first", "1700-1704", "--second", "1950-1954");
        Assert.Equal(2, given.ExitCode);
        Assert.StartsWith("error: The window 1700-1704 is outside the data", given.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_ActorWithoutTransfers_IsADataError_ExitTwo()
    {
        var result = Tool.Run("charts", "--profile", "Iceland", "--list");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("hold no transfers to or from Iceland.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorReport_CountsOnlyDomainAndFileErrorsAsTheUsers()
    {
        Assert.True(ErrorReport.IsUserError(new FileNotFoundException("x", "x.csv")));
        Assert.True(ErrorReport.IsUserError(new UnauthorizedAccessException()));
        Assert.False(ErrorReport.IsUserError(new InvalidOperationException()));
        Assert.False(ErrorReport.IsUserError(new ArgumentOutOfRangeException("x")));
        Assert.False(ErrorReport.IsUserError(new KeyNotFoundException()));
        Assert.Equal("error: 'x.csv' does not exist.", ErrorReport.UserMessage(new FileNotFoundException("Could not find file", "x.csv"), null));
    }

    [Theory]
    [InlineData("arms", "series", "--supplier", "Rusia", "--recipient", "India")]
    [InlineData("arms", "profile", "Rusia")]
    public void AMisspeltCountry_SuggestsNearNamesByEditDistance(params string[] args)
    {
        var result = Tool.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: Unknown actor 'Rusia'. Did you mean 'Russia'", result.Error, StringComparison.Ordinal);
    }
}
