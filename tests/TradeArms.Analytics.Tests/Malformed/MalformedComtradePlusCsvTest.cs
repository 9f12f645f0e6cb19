using TradeArms.Sources;
using TradeArms.Tests.Infrastructure;
using TradeArms.Tests.Sources;
using TradeArms.Text;
using static TradeArms.Tests.Malformed.TradeCorpus;

namespace TradeArms.Tests.Malformed;

/// <summary>
/// The Comtrade Plus CSV reader on the first three lines of the real Thailand HS 8542 export (Windows-1252, quoted values,
/// trailing comma; line 2: 2014, THA M from World 0/W00, H4, 8542, primaryValue 9680795326), broken 22 ways.
/// </summary>
public class MalformedComtradePlusCsvTest
{
    private const string Width = "expected 47 fields (or 48 with the trailing comma, the last empty)";

    public static TheoryData<string, string> Cases => new()
    {
        { "empty file", ":1: expected a Comtrade header line, found nothing." },
        { "renamed header column", ":1:7: expected the Comtrade Plus column 'reporterCode', found 'reporter_code'." },
        { "header cut short", ":1:47: expected the Comtrade Plus column 'isAggregate', found nothing." },
        { "row cut short", $":2:47: {Width}, found '46 fields'." },
        { "text after the trailing comma", $":2:48: {Width}, found '48 fields'." },
        { "quarterly frequency", ":2:2: expected a frequency A or M in column 'freqCode', found 'Q'." },
        { "letter in the year", ":2:4: expected a year (a whole number) in column 'refYear', found '20l4'." },
        { "period of another year", ":2:6: expected the year of refYear 2014 in column 'period', found '2015'." },
        { "monthly frequency with a year period", ":2:6: expected a month such as 202001 of refYear 2014 in column 'period', found '2014'." },
        { "empty reporter code", ":2:7: expected a reporter code in column 'reporterCode', found nothing." },
        { "flow as a word", ":2:10: expected a flow M, X, RM or RX in column 'flowCode', found 'Import'." },
        { "partner ISO in the code column", ":2:12: expected a partner code (a whole number) in column 'partnerCode', found 'W00'." },
        { "classification HS", ":2:18: expected a classification H0..H6 or S1..S4 in column 'classificationCode', found 'HS'." },
        { "dotted product code", ":2:21: expected a product code of digits or TOTAL in column 'cmdCode', found '85.42'." },
        { "thousands separators in the value", ":2:44: expected a value in US$ (a number such as 1234.5, or nothing when missing) in column 'primaryValue', found '9,680,795,326'." },
        { "decimal comma in the value", ":2:44: expected a value in US$ (a number such as 1234.5, or nothing when missing) in column 'primaryValue', found '9680795326,5'." },
        { "text in the CIF value", ":2:42: expected a CIF value in US$ (a number such as 1234.5, or nothing when missing) in column 'cifvalue', found 'n/a'." },
        { "negative net weight", ":3:38: expected a net weight in kg of zero or more in column 'netWgt', found '-74'." },
        { "yes as a boolean", ":2:47: expected true or false in column 'isAggregate', found 'yes'." },
        { "cut inside a quoted value", ":3:44: expected a closing quote for the quoted field, found 'the end of the file'." },
        { "UTF-16 with byte-order mark", ":1:1: expected text in UTF-8 or Windows-1252, found 'a UTF-16 byte-order mark (save the file as UTF-8)'." },
        { "NUL byte", ":2:5: expected text in UTF-8 or Windows-1252 (a NUL byte means binary data, or UTF-16 without a byte-order mark), found 'a NUL byte'." },
    };

    [SharedDataTheory]
    [MemberData(nameof(Cases))]
    public void MalformedFile_FailsWithTheExactError(string name, string expected)
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes(name.Replace(' ', '-') + ".csv", Build(name));
        var e = Assert.Throws<DataFormatException>(() => ComtradeCsvReader.Read(path));
        Assert.Equal(path + expected, e.Message);
    }

    [SharedDataFact]
    public void Corpus_StartsFromLinesThatLoad()
    {
        using var temp = new TempFolder();
        var data = ComtradeCsvReader.Read(temp.WriteBytes("base.csv", Windows1252.GetBytes(Base)));
        Assert.Equal(9680795326m, data.Records[0].Value!.Value.Value.Amount);
        Assert.Equal(2, data.Records.Length);
    }

    private static string Base => Head(RealFiles.Thailand8542, 3, Windows1252);

    private static byte[] Build(string name)
    {
        var text = Base;
        string? edited = name switch
        {
            "empty file" => "",
            "renamed header column" => text.Replace("reporterCode", "reporter_code", StringComparison.Ordinal),
            "header cut short" => text.Replace(",isAggregate\n", "\n", StringComparison.Ordinal),
            "row cut short" => EditLine(text, 2, l => l[..l.LastIndexOf(",\"false\",", StringComparison.Ordinal)]),
            "text after the trailing comma" => EditLine(text, 2, l => l + "x"),
            "quarterly frequency" => SetField(text, 2, 2, "Q"),
            "letter in the year" => SetField(text, 2, 4, "20l4"),
            "period of another year" => SetField(text, 2, 6, "2015"),
            "monthly frequency with a year period" => SetField(text, 2, 2, "M"),
            "empty reporter code" => SetField(text, 2, 7, ""),
            "flow as a word" => SetField(text, 2, 10, "Import"),
            "partner ISO in the code column" => SetField(text, 2, 12, "W00"),
            "classification HS" => SetField(text, 2, 18, "HS"),
            "dotted product code" => SetField(text, 2, 21, "85.42"),
            "thousands separators in the value" => SetField(text, 2, 44, "9,680,795,326"),
            "decimal comma in the value" => SetField(text, 2, 44, "9680795326,5"),
            "text in the CIF value" => SetField(text, 2, 42, "n/a"),
            "negative net weight" => SetField(text, 3, 38, "-74"),
            "yes as a boolean" => SetField(text, 2, 47, "yes"),
            "cut inside a quoted value" => text[..(text.LastIndexOf("\"60938\"", StringComparison.Ordinal) + 3)],
            _ => null,
        };
        return name switch
        {
            "UTF-16 with byte-order mark" => Utf16(text),
            "NUL byte" => WithNul(Windows1252.GetBytes(text), 2, 5),
            _ => Windows1252.GetBytes(edited ?? throw new ArgumentException("unknown case " + name)),
        };
    }
}
