using System.Globalization;
using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;
using TradeArms.Text;
using static TradeArms.Tests.Malformed.Corpus;

namespace TradeArms.Tests.Malformed;

/// <summary>
/// SIPRI's Pakistan.csv broken in the ways real downloads break, each with the exact error the reader must give.
/// Positions in the shipped file: line 1 title, line 9 "Generated: 22 April 2022", line 11 the year header (column 2
/// is 1950, column 74 Total), lines 12-43 the suppliers (line 16 China: column 16, 1964, is 2; column 17, 1965, is
/// 165; line 21 Italy), line 44 empty, line 45 Total.
/// </summary>
public class MalformedSipriTableTest
{
    private const string Title = "SIPRI's title 'TIV of arms exports to <recipient>, <from>-<to>' or '... from <supplier>, ...'";
    private const string YearHeader = "the year header (an empty cell, then 1950, 1951, ..., Total) after SIPRI's 10-line preamble";
    private const string Tiv = "a TIV in millions (a whole number, '0' for under 0.5, or an empty cell)";
    private const string Encoding = "text in UTF-8 or Windows-1252";
    private const string Nul = Encoding + " (a NUL byte means binary data, or UTF-16 without a byte-order mark)";

    public static TheoryData<string, string> Cases => new()
    {
        { "empty file", $"1:1: expected {Title}, found nothing." },
        { "cut inside the title", "1:1: expected a closing quote for the quoted field, found 'the end of the file'." },
        { "cut mid-preamble", $"7:1: expected {YearHeader} (is the file truncated?), found nothing." },
        { "cut mid-table", "21:27: expected 74 fields (a name, one per year, and the total; is the file truncated?), found '26 fields, then the end of the file'." },
        { "cut before the Total row", "44:1: expected a 'Total' row after the supplier rows (is the file truncated?), found nothing." },
        { "semicolon export", "1:1: expected comma-separated fields, as in SIPRI's CSV export, found 'fields separated by semicolons'." },
        { "tab export", "1:1: expected comma-separated fields, as in SIPRI's CSV export, found 'fields separated by tabs'." },
        { "text in a number cell", $"16:17: expected {Tiv}, found 'l65'." },
        { "decimal comma in a number cell", $"16:16: expected {Tiv}, found '2,5'." },
        { "negative number", "16:16: expected a TIV in millions, which is never negative (a whole number, '0' for under 0.5, or an empty cell), found '-2'." },
        { "duplicate supplier row with conflicting values", "17:1: expected each supplier once ('China' first appears on line 16), found 'China'." },
        { "missing year header", $"11:1: expected {YearHeader}, found 'Australia,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,144,72,,,,...'." },
        { "missing Generated line", "10:1: expected SIPRI's 'Generated: <date>' line (the data vintage) before the year header, found ',1950,1951,1952,1953,1954,1955,1956,1957,1958,1959,1960,1961...'." },
        { "UTF-16 with byte-order mark", $"1:1: expected {Encoding}, found 'a UTF-16 byte-order mark (save the file as UTF-8)'." },
        { "UTF-16 without byte-order mark", $"1:1: expected {Encoding}, found 'UTF-16 without a byte-order mark (save the file as UTF-8)'." },
        { "NUL byte", $"15:4: expected {Nul}, found 'a NUL byte'." },
        { "UTF-8 byte-order mark on Windows-1252 text", "15:4: expected valid UTF-8 text, found 'a byte sequence that is not UTF-8'." },
        { "UTF-8 byte-order mark on Windows-1252 title", "1:26: expected valid UTF-8 text, found 'a byte sequence that is not UTF-8'." },
        { "NUL byte after a UTF-8 byte-order mark", $"15:4: expected {Nul}, found 'a NUL byte'." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MalformedFile_FailsWithTheExactError(string name, string expected)
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes(name.Replace(' ', '-') + ".csv", Build(name));

        var e = Assert.Throws<DataFormatException>(() => SipriTivTableReader.Read(path));

        Assert.Equal($"{path}:{expected}", e.Message);
        Assert.Equal(path, e.Source);
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"{e.Line}:{e.Column}: "), expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Corpus_StartsFromAFileThatLoads()
    {
        // Guards every case above: the unedited file is valid, so each error comes from its one edit.
        using var temp = new TempFolder();
        var arms = SipriTivTableReader.Read(temp.WriteBytes("Pakistan.csv", Ascii(PakistanCsv)), new SipriReadOptions { UnknownActors = UnknownActorPolicy.Reject });
        var china = Actor.Find("China");
        var pakistan = Actor.Find("Pakistan");
        Assert.Equal(2, arms.Series(china, pakistan)[1964].Millions);
        Assert.Equal(165, arms.Series(china, pakistan)[1965].Millions);
    }

    [Fact]
    public void FolderWithOneMalformedFile_ReturnsNothing()
    {
        // No partial dataset: the good file is not returned on its own when its neighbour is malformed.
        using var temp = new TempFolder();
        temp.WriteBytes("Pakistan.csv", Ascii(PakistanCsv));
        var bad = temp.WriteBytes("Zz-broken.csv", Build("text in a number cell"));

        var e = Assert.Throws<DataFormatException>(() => SipriTivTableReader.Read(temp.Path));

        Assert.Equal($"{bad}:16:17: expected {Tiv}, found 'l65'.", e.Message);
    }

    [Fact]
    public void UnknownSupplier_UnderRejectPolicy_NamesTheClosestActors()
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("typo.csv", Ascii(PakistanCsv.Replace("\nChina,", "\nChnia,", StringComparison.Ordinal)));

        var e = Assert.Throws<DataFormatException>(() => SipriTivTableReader.Read(path, new SipriReadOptions { UnknownActors = UnknownActorPolicy.Reject }));

        Assert.Equal($"{path}:16:1: expected a known supplier (closest: China); or read with UnknownActors = Infer, found 'Chnia'.", e.Message);
    }

    private static byte[] Build(string name)
    {
        var text = PakistanCsv;
        var china = Lines(text)[15];
        return name switch
        {
            "empty file" => [],
            "cut inside the title" => Ascii(Cut(text, 30)),
            "cut mid-preamble" => Ascii(Cut(text, After(text, 5, 3))),
            "cut mid-table" => Ascii(Cut(text, After(text, 20, 30))),
            "cut before the Total row" => Ascii(Cut(text, After(text, 43))),
            "semicolon export" => Ascii(Redelimit(text, ';')),
            "tab export" => Ascii(Redelimit(text, '\t')),
            "text in a number cell" => Ascii(text.Replace(china, china.Replace(",2,165,", ",2,l65,", StringComparison.Ordinal), StringComparison.Ordinal)),
            "decimal comma in a number cell" => Ascii(text.Replace(china, china.Replace(",2,165,", ",\"2,5\",165,", StringComparison.Ordinal), StringComparison.Ordinal)),
            "negative number" => Ascii(text.Replace(china, china.Replace(",2,165,", ",-2,165,", StringComparison.Ordinal), StringComparison.Ordinal)),
            "duplicate supplier row with conflicting values" => Ascii(WithLineAfter(text, 16, china.Replace(",2,165,", ",2,166,", StringComparison.Ordinal))),
            "missing year header" => Ascii(WithoutLine(text, 11)),
            "missing Generated line" => Ascii(WithoutLine(text, 9)),
            "UTF-16 with byte-order mark" => Utf16WithBom(text),
            "UTF-16 without byte-order mark" => Utf16WithoutBom(text),
            "NUL byte" => Ascii(text.Replace("\nCanada,", "\nCan\0ada,", StringComparison.Ordinal)),
            "UTF-8 byte-order mark on Windows-1252 text" => Utf8WithBom(Ascii(text.Replace("\nCanada,", "\nCan\u00e9ada,", StringComparison.Ordinal))),
            "UTF-8 byte-order mark on Windows-1252 title" => Utf8WithBom(Ascii(text.Replace("to Pakistan,", "to P\u00e9kistan,", StringComparison.Ordinal))),
            "NUL byte after a UTF-8 byte-order mark" => Utf8WithBom(Ascii(text.Replace("\nCanada,", "\nCan\0ada,", StringComparison.Ordinal))),
            _ => throw new ArgumentException("No corpus case " + name, nameof(name)),
        };
    }
}
