using System.Globalization;
using TradeArms.Tests.Infrastructure;
using TradeArms.Text;
using TradeArms.Trade;
using static TradeArms.Tests.Malformed.Corpus;

namespace TradeArms.Tests.Malformed;

/// <summary>
/// Table 1 of the Pakistan-Russia paper, as shipped, broken in the ways files break, each with the exact error.
/// Positions in the shipped TSV: lines 1-7 metadata (line 4 '# unit: US$ million'), line 8 the header
/// (Year, Pak Exports, Pak Imports, Total, Balance), lines 9-13 FY2010-11 to FY2014-15 (line 10: 2011-12, exports
/// 189.61 in column 2). The trade form has no "Generated:" line; its counterpart is the metadata the reader needs
/// (unit, reporter, partner).
/// </summary>
public class MalformedTradeTableTest
{
    private const string HeaderLine = "a header line (period, exports, imports[, total][, balance])";
    private const string HeaderText = "Year\tPak Exports\tPak Imports\tTotal\tBalance";
    private const string Encoding = "text in UTF-8 or Windows-1252";

    public static TheoryData<string, string, string> Cases => new()
    {
        { "empty file", "tsv", $"1:1: expected {HeaderLine}, found nothing." },
        { "cut mid-metadata", "tsv", "4:1: expected a metadata line '# key: value', found '# un'." },
        { "cut after the metadata", "tsv", $"8:1: expected {HeaderLine}, found nothing." },
        { "cut mid-table", "tsv", "11:4: expected 5 fields like the header (is the file truncated?), found '3 fields: 2012-13\t207.31\t27'." },
        { "header only", "tsv", "9:1: expected at least one data row after the header, found nothing." },
        { "semicolon export", "csv", "8:1: expected a header with a period, an exports and an imports column separated by commas, found 'Year;Pak Exports;Pak Imports;Total;Balance'." },
        { "comma export named .tsv", "tsv", "8:1: expected a header with a period, an exports and an imports column separated by tabs, found 'Year,Pak Exports,Pak Imports,Total,Balance'." },
        { "text in a number cell", "tsv", "10:2: expected a number such as 183.57 or +21.15 (or an empty cell for a missing value), found 'l89.61'." },
        { "decimal comma", "tsv", "10:2: expected a number with '.' as the decimal point (',' only between groups of three digits, as in 1,234.5), found '189,61'." },
        { "negative exports", "tsv", "10:2: expected a number that is not negative (column 'Pak Exports': only a balance can be negative), found '-189.61'." },
        { "duplicate period with conflicting values", "tsv", "14:1: expected each period once (it first appears on line 10), found '2011-12'." },
        { "missing header", "tsv", $"8:1: expected {HeaderLine} before the first data row, found '2010-11\t183.57\t162.42\t346.99\t+21.15'." },
        { "missing unit line", "tsv", $"7:1: expected a '# unit: <unit>' line (e.g. '# unit: US$ million') before the header, or TradeTableReadOptions.Unit, found '{HeaderText}'." },
        { "missing reporter line", "tsv", $"7:1: expected a '# reporter: <country>' line before the header, or TradeTableReadOptions.Reporter, found '{HeaderText}'." },
        { "fiscal years without a convention", "tsv", "8:1: expected a stated fiscal-year convention for fiscal labels (a '# fiscal-year-start: July' line, or TradeTableReadOptions.FiscalYearConvention), found '2010-11'." },
        { "UTF-16 with byte-order mark", "tsv", $"1:1: expected {Encoding}, found 'a UTF-16 byte-order mark (save the file as UTF-8)'." },
        { "NUL byte", "tsv", $"12:5: expected {Encoding} (a NUL byte means binary data, or UTF-16 without a byte-order mark), found 'a NUL byte'." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MalformedFile_FailsWithTheExactError(string name, string extension, string expected)
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes(name.Replace(' ', '-') + "." + extension, Build(name));

        var e = Assert.Throws<DataFormatException>(() => BilateralTradeTableReader.Read(path));

        Assert.Equal($"{path}:{expected}", e.Message);
        Assert.Equal(path, e.Source);
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"{e.Line}:{e.Column}: "), expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Corpus_StartsFromAFileThatLoads()
    {
        using var temp = new TempFolder();
        var table = BilateralTradeTableReader.Read(temp.WriteBytes("table1.tsv", Ascii(Table1Tsv)));
        Assert.Equal(5, table.Rows.Length);
        Assert.Equal(Money.UsDollarMillions(189.61m), table.Rows[1].Exports);
        Assert.Equal(Money.UsDollarMillions(-12.44m), table.Rows[1].PublishedBalance);
    }

    [Fact]
    public void ThousandsSeparators_BetweenGroupsOfThree_AreAccepted()
    {
        // The other side of the decimal-comma rule: 1,189.61 is one thousand one hundred and eighty-nine.
        var table = BilateralTradeTableReader.Parse(Table1Tsv.Replace("189.61", "1,189.61", StringComparison.Ordinal), "thousands.tsv");
        Assert.Equal(Money.UsDollarMillions(1189.61m), table.Rows[1].Exports);
    }

    private static byte[] Build(string name)
    {
        var text = Table1Tsv;
        return name switch
        {
            "empty file" => [],
            "cut mid-metadata" => Ascii(Cut(text, After(text, 3, 4))),
            "cut after the metadata" => Ascii(Cut(text, After(text, 7))),
            "cut mid-table" => Ascii(Cut(text, After(text, 10, 17))),
            "header only" => Ascii(Cut(text, After(text, 8))),
            "semicolon export" => Ascii(text.Replace('\t', ';')),
            "comma export named .tsv" => Ascii(text.Replace('\t', ',')),
            "text in a number cell" => Ascii(text.Replace("189.61", "l89.61", StringComparison.Ordinal)),
            "decimal comma" => Ascii(text.Replace("189.61", "189,61", StringComparison.Ordinal)),
            "negative exports" => Ascii(text.Replace("189.61", "-189.61", StringComparison.Ordinal)),
            "duplicate period with conflicting values" => Ascii(text + "2011-12\t189.61\t202.06\t391.67\t-12.44\n"),
            "missing header" => Ascii(WithoutLine(text, 8)),
            "missing unit line" => Ascii(WithoutLine(text, 4)),
            "missing reporter line" => Ascii(WithoutLine(text, 2)),
            "fiscal years without a convention" => Ascii(WithoutLine(text, 5)),
            "UTF-16 with byte-order mark" => Utf16WithBom(text),
            "NUL byte" => Ascii(text.Replace("2013-14", "2013\0-14", StringComparison.Ordinal)),
            _ => throw new ArgumentException("No corpus case " + name, nameof(name)),
        };
    }
}
