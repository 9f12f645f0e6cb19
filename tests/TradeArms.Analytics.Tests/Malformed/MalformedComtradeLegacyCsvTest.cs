using System.Text;
using TradeArms.Sources;
using TradeArms.Tests.Infrastructure;
using TradeArms.Tests.Sources;
using TradeArms.Text;
using static TradeArms.Tests.Malformed.TradeCorpus;

namespace TradeArms.Tests.Malformed;

/// <summary>
/// The legacy Comtrade CSV reader on the first three lines of the real EU-28 sorghum file (ASCII, 35 columns; line 2:
/// H5, 2017, flow 2, reporter 97, partner 804, 1007, Trade Value 640252, Flag 0), broken 21 ways.
/// </summary>
public class MalformedComtradeLegacyCsvTest
{
    private const string Encoding16 = "expected text in UTF-8 or Windows-1252";

    public static TheoryData<string, string> Cases => new()
    {
        { "empty file", ":1: expected a Comtrade header line, found nothing." },
        { "semicolon export", ":1:1: expected a Comtrade header starting 'typeCode' (Comtrade Plus) or 'Classification' (legacy), found 'Classification;Year;Period;Period Desc.;Aggregate Level;Is L...'." },
        { "value column renamed", ":1: expected a column 'Trade Value (US$)' in the legacy Comtrade header, found 'Classification,Year,Period,Period Desc.,Aggregate Level,Is L...'." },
        { "a column twice", ":1:3: expected each column name once in the legacy Comtrade header, found 'Year'." },
        { "row cut short", ":2:35: expected 35 fields, as the header has, found '34 fields'." },
        { "unknown classification", ":2:1: expected a classification H0..H6 or S1..S4 in column 'Classification', found 'HS'." },
        { "year in words", ":2:2: expected a year (a whole number) in column 'Year', found 'twenty17'." },
        { "period of another year", ":2:3: expected the year 2017 or a month of it such as 201701 in column 'Period', found '2016'." },
        { "month 13", ":2:3: expected the year 2017 or a month of it such as 201701 in column 'Period', found '201713'." },
        { "flow code 5", ":2:7: expected a trade flow code 1 (import), 2 (export), 3 (re-export) or 4 (re-import) in column 'Trade Flow Code', found '5'." },
        { "reporter ISO in the code column", ":2:9: expected a reporter code (a whole number) in column 'Reporter Code', found 'EU2'." },
        { "empty partner code", ":2:12: expected a partner code in column 'Partner Code', found nothing." },
        { "dashed commodity code", ":2:22: expected a commodity code of digits or TOTAL in column 'Commodity Code', found '10-07'." },
        { "text quantity", ":2:26: expected a quantity (a number such as 1234.5, or nothing when missing) in column 'Qty', found 'many'." },
        { "negative net weight", ":2:30: expected a net weight in kg of zero or more in column 'Netweight (kg)', found '-168625'." },
        { "European number format", ":2:32: expected a value in US$ (a number such as 1234.5, or nothing when missing) in column 'Trade Value (US$)', found '640.252,00'." },
        { "text in the CIF value", ":2:33: expected a CIF value in US$ (a number such as 1234.5, or nothing when missing) in column 'CIF Trade Value (US$)', found 'n.a.'." },
        { "flag 3", ":2:35: expected an estimation flag 0, 2 (quantity estimated), 4 (net weight estimated) or 6 (both) in column 'Flag', found '3'." },
        { "cut inside a quoted commodity", ":3:23: expected a closing quote for the quoted field, found 'the end of the file'." },
        { "UTF-16 with byte-order mark", $":1:1: {Encoding16}, found 'a UTF-16 byte-order mark (save the file as UTF-8)'." },
        { "NUL byte", $":3:1: {Encoding16} (a NUL byte means binary data, or UTF-16 without a byte-order mark), found 'a NUL byte'." },
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
        Assert.Equal(640252m, ComtradeCsvReader.Read(temp.Write("base.csv", Base)).Records[0].Value!.Value.Value.Amount);
    }

    private static string Base => Head(RealFiles.LegacyEuUkraineSorghum, 3, Encoding.UTF8);

    private static byte[] Build(string name)
    {
        var text = Base;
        string? edited = name switch
        {
            "empty file" => "",
            "semicolon export" => text.Replace(',', ';'),
            "value column renamed" => text.Replace("Trade Value (US$),CIF", "Trade Value (USD),CIF", StringComparison.Ordinal),
            "a column twice" => text.Replace("Classification,Year,Period,", "Classification,Year,Year,", StringComparison.Ordinal),
            "row cut short" => EditLine(text, 2, l => l[..l.LastIndexOf(',')]),
            "unknown classification" => SetField(text, 2, 1, "HS"),
            "year in words" => SetField(text, 2, 2, "twenty17"),
            "period of another year" => SetField(text, 2, 3, "2016"),
            "month 13" => SetField(text, 2, 3, "201713"),
            "flow code 5" => SetField(text, 2, 7, "5"),
            "reporter ISO in the code column" => SetField(text, 2, 9, "EU2"),
            "empty partner code" => SetField(text, 2, 12, ""),
            "dashed commodity code" => SetField(text, 2, 22, "10-07"),
            "text quantity" => SetField(text, 2, 26, "many"),
            "negative net weight" => SetField(text, 2, 30, "-168625"),
            "European number format" => SetField(text, 2, 32, "\"640.252,00\""[1..^1]).Replace("640.252,00", "\"640.252,00\"", StringComparison.Ordinal),
            "text in the CIF value" => SetField(text, 2, 33, "n.a."),
            "flag 3" => SetField(text, 2, 35, "3"),
            "cut inside a quoted commodity" => SetField(text, 3, 23, "\"Grain sorghum").Split("\n")[..3] is var l ? string.Join('\n', l) : "",
            _ => null,
        };
        return name switch
        {
            "UTF-16 with byte-order mark" => Utf16(text),
            "NUL byte" => WithNul(System.Text.Encoding.UTF8.GetBytes(text), 3, 1),
            _ => System.Text.Encoding.UTF8.GetBytes(edited ?? throw new ArgumentException("unknown case " + name)),
        };
    }
}
