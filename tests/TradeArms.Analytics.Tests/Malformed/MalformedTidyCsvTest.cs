using System.Globalization;
using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;
using TradeArms.Text;
using static TradeArms.Tests.Malformed.Corpus;

namespace TradeArms.Tests.Malformed;

/// <summary>
/// A tidy TIV file (lines 1-5 below: the header and Russia -> India 2010-2013, as <see cref="TidyTivCsv.ToText"/>
/// writes them from the shipped extract) broken in the ways files break, each with the exact error.
/// There is no "Generated:" line in the tidy form, so that SIPRI case has no counterpart here.
/// </summary>
public class MalformedTidyCsvTest
{
    private const string Valid = "supplier,recipient,year,tiv\nRussia,India,2010,2294\nRussia,India,2011,2483\nRussia,India,2012,3798\nRussia,India,2013,3853\n";
    private const string Tiv = "a TIV in millions (a whole number, '0' for under 0.5, or an empty cell)";
    private const string Encoding = "text in UTF-8 or Windows-1252";

    public static TheoryData<string, string> Cases => new()
    {
        { "empty file", "1:1: expected the header 'supplier,recipient,year,tiv', found nothing." },
        { "cut mid-row", "5:4: expected 4 fields like the header (is the file truncated?), found '3 fields: Russia,India,20'." },
        { "semicolon export", "1:1: expected comma-separated fields (the header 'supplier,recipient,year,tiv'), found 'fields separated by semicolons'." },
        { "tab export", "1:1: expected comma-separated fields (the header 'supplier,recipient,year,tiv'), found 'fields separated by tabs'." },
        { "text in a number cell", $"4:4: expected {Tiv}, found '3 798'." },
        { "negative number", "4:4: expected a TIV in millions, which is never negative (a whole number, '0' for under 0.5, or an empty cell), found '-3798'." },
        { "duplicate row with a conflicting value", "6:1: expected each supplier, recipient and year once (first on line 4), found 'Russia,India,2012,3799'." },
        { "missing header", "1:1: expected the header 'supplier,recipient,year,tiv' ('value' may stand for 'tiv'), found 'Russia,India,2010,2294'." },
        { "header without a year column", "1: expected a 'year' column in the header (supplier,recipient,year,tiv), found 'supplier,recipient,yr,tiv'." },
        { "two-digit year", "3:3: expected a year of four digits, found '11'." },
        { "UTF-16 with byte-order mark", $"1:1: expected {Encoding}, found 'a UTF-16 byte-order mark (save the file as UTF-8)'." },
        { "NUL byte", $"3:21: expected {Encoding} (a NUL byte means binary data, or UTF-16 without a byte-order mark), found 'a NUL byte'." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MalformedFile_FailsWithTheExactError(string name, string expected)
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes(name.Replace(' ', '-') + ".csv", Build(name));

        var e = Assert.Throws<DataFormatException>(() => TidyTivCsv.Read(path));

        Assert.Equal($"{path}:{expected}", e.Message);
        Assert.Equal(path, e.Source);
        Assert.StartsWith(e.Column > 0 ? string.Create(CultureInfo.InvariantCulture, $"{e.Line}:{e.Column}: ") : string.Create(CultureInfo.InvariantCulture, $"{e.Line}: "), expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Corpus_IsRealDataThatLoads()
    {
        Assert.Contains(Valid[Valid.IndexOf('\n', StringComparison.Ordinal)..], TidyTivCsv.ToText(Datasets.Sipri), StringComparison.Ordinal);
        var arms = TidyTivCsv.Parse(Valid, "valid.csv", new SipriReadOptions { UnknownActors = UnknownActorPolicy.Reject });
        Assert.Equal(4, arms.Count);
        Assert.Equal(3798, arms.Series(Actor.Find("Russia"), Actor.Find("India"))[2012].Millions);
    }

    [Fact]
    public void HeaderOnly_IsAnEmptyDataset_NotAnError()
    {
        // What TidyTivCsv writes for a dataset with no deliveries reads back as one.
        var arms = TidyTivCsv.Parse(TidyTivCsv.Header + "\n", "header-only.csv");
        Assert.Equal(0, arms.Count);
    }

    private static byte[] Build(string name) => name switch
    {
        "empty file" => [],
        "cut mid-row" => Ascii(Cut(Valid, After(Valid, 4, 15))),
        "semicolon export" => Ascii(Redelimit(Valid, ';')),
        "tab export" => Ascii(Redelimit(Valid, '\t')),
        "text in a number cell" => Ascii(Valid.Replace(",3798", ",3 798", StringComparison.Ordinal)),
        "negative number" => Ascii(Valid.Replace(",3798", ",-3798", StringComparison.Ordinal)),
        "duplicate row with a conflicting value" => Ascii(Valid + "Russia,India,2012,3799\n"),
        "missing header" => Ascii(WithoutLine(Valid, 1)),
        "header without a year column" => Ascii(Valid.Replace(",year,", ",yr,", StringComparison.Ordinal)),
        "two-digit year" => Ascii(Valid.Replace(",2011,", ",11,", StringComparison.Ordinal)),
        "UTF-16 with byte-order mark" => Utf16WithBom(Valid),
        "NUL byte" => Ascii(Valid.Replace(",2483", ",24\083", StringComparison.Ordinal)),
        _ => throw new ArgumentException("No corpus case " + name, nameof(name)),
    };
}
