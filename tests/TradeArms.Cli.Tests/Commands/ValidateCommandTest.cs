using System.Text.Json;
using TradeArms.Cli.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Cli.Tests.Commands;

public class ValidateCommandTest
{
    private static readonly string Table1 = RepositoryRoot.Combine("data", "trade", "pakistan-russia-table1.tsv");

    [Fact]
    public void Validate_Table1_ExitsOneAndListsTheThreeDiscrepancies()
    {
        var result = Tool.Run("validate", Table1);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Error);
        // Table 1 as printed: 183.57 + 162.42 = 345.99 against a published total of 346.99; balances 69.89 and 48.04
        // printed for -69.86 and -48.04 (the second a reversed sign); tolerance 3 x 0.005 = 0.015, shown to two decimals.
        Assert.Equal(
            "Pakistan-Russia trade (US$ million): published totals and balances against the computed ones\n"
            + "Period   Field    Published (US$ million)  Computed (US$ million)  Difference (US$ million)  Kind          Line  Tolerance (US$ million)\n"
            + "-------  -------  -----------------------  ----------------------  ------------------------  ------------  ----  -----------------------\n"
            + "2010-11  total                     346.99                  345.99                      1.00  arithmetic       9                     0.02\n"
            + "2012-13  balance                    69.89                  -69.86                    139.75  arithmetic      11                     0.02\n"
            + "2013-14  balance                    48.04                  -48.04                     96.08  signReversed    12                     0.02\n"
            + "Unit: US$ million.\n"
            + "Window: 2010-11 to 2014-15.\n"
            + "3 of 10 published figures disagree beyond rounding; published figures are kept as published.\n"
            + "Tolerance: the rounding the printed digits allow (half a unit of the last digit of each figure); tables show at most two decimals, CSV and JSON the exact values.\n"
            + "Source: Naqvi and Masood, \"Rejuvenating Pakistan-Russia Relations: Discernable Trends and Future\", Table 1 (data: Ministry of Trade and Commerce of Pakistan); as published in the paper; figures copied exactly as printed, errors included.\n",
            result.Out);
        Assert.Equal(result.Out, TradeArms.Trade.BilateralTradeTableReader.Read(Table1).Validate().ToString()); // ToString is the same renderer
    }

    [Fact]
    public void Validate_Json_HasTheDocumentedFields()
    {
        var result = Tool.Run("validate", Table1, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("Pakistan", root.GetProperty("reporter").GetString());
        Assert.Equal("Russia", root.GetProperty("partner").GetString());
        Assert.Equal("US$ million", root.GetProperty("unit").GetString());
        var items = root.GetProperty("discrepancies").EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal("2012-13", items[1].GetProperty("period").GetString());
        Assert.Equal("balance", items[1].GetProperty("field").GetString());
        Assert.Equal(69.89m, items[1].GetProperty("published").GetDecimal());
        Assert.Equal(-69.86m, items[1].GetProperty("computed").GetDecimal());
        Assert.Equal(139.75m, items[1].GetProperty("difference").GetDecimal());
        Assert.Equal("total", items[0].GetProperty("field").GetString());
        Assert.Contains("\"published\": 346.99", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Csv_OneLinePerDiscrepancy()
    {
        var result = Tool.Run("validate", Table1, "--format", "csv");

        Assert.Equal(
            "period,field,published,computed,difference,kind,line,tolerance\n" +
            "2010-11,total,346.99,345.99,1,arithmetic,9,0.015\n" +
            "2012-13,balance,69.89,-69.86,139.75,arithmetic,11,0.015\n" +
            "2013-14,balance,48.04,-48.04,96.08,signReversed,12,0.015\n",
            result.Out);
    }

    [Fact]
    public void Validate_ConsistentTable_ExitsZero()
    {
        using var temp = new TempFolder();
        var file = temp.Write("ok.csv", "# reporter: Pakistan\n# partner: Russia\n# unit: US$ million\nYear,Exports,Imports,Total\n2012,1.5,2.5,4.0\n");

        var result = Tool.Run("validate", file);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Pakistan-Russia trade (US$ million): published totals and balances against the computed ones\nPeriod  Field  Published (US$ million)", result.Out, StringComparison.Ordinal);
        Assert.Contains("\nAll 1 published totals and balances agree within rounding.\n", result.Out, StringComparison.Ordinal); // 1.5 + 2.5 = 4.0
    }

    [Fact]
    public void Validate_OptionsStateWhatTheFileDoesNot()
    {
        using var temp = new TempFolder();
        var file = temp.Write("bare.tsv", "Year\tPak Exports\tPak Imports\tTotal\tBalance\n2010-11\t183.57\t162.42\t346.99\t+21.15\n");

        var result = Tool.Run("validate", file, "--reporter", "PAK", "--partner", "Russian Federation", "--unit", "US$ million", "--fiscal-year-start", "July", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("\"period\": \"2010-11\"", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwoWithoutStackTrace()
    {
        var result = Tool.Run("validate", "no/such/file.tsv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: 'no/such/file.tsv' does not exist.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Validate_MalformedFile_ExitsTwoAndNamesLineAndColumn()
    {
        using var temp = new TempFolder();
        var file = temp.Write("bad.csv", "# reporter: Pakistan\n# partner: Russia\n# unit: US$ million\nYear,Exports,Imports\n2012,1.5,abc\n");

        var result = Tool.Run("validate", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {file}:5:3: expected a number such as 183.57 or +21.15 (or an empty cell for a missing value), found 'abc'.\n", result.Error.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownFormat_ExitsTwo()
    {
        var result = Tool.Run("validate", Table1, "--format", "xml");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --format takes table, json or csv, not 'xml'. See 'tradearms validate --help'.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Validate_UnknownOption_ExitsTwo()
    {
        var result = Tool.Run("validate", Table1, "--fromat", "json");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: 'validate' has no option --fromat. Did you mean '--format'? See 'tradearms validate --help'.\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Validate_NoFile_ExitsTwo() => Assert.Equal(2, Tool.Run("validate").ExitCode);
}
