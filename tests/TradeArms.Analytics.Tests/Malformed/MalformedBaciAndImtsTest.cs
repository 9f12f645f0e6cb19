using System.Text;
using TradeArms.Sources;
using TradeArms.Tests.Infrastructure;
using TradeArms.Tests.Sources;
using TradeArms.Text;
using static TradeArms.Tests.Malformed.TradeCorpus;

namespace TradeArms.Tests.Malformed;

/// <summary>
/// The BACI and IMTS SDMX-CSV readers on the first lines of their DERIVED test files (see <see cref="RealFiles"/>),
/// broken 21 ways each. BACI line 2: 2018,156,842,10121,...; IMTS line 2: DERIVED:DOTS-2022-02,PAK,XG_FOB_USD,G001,A,1960,391.8,6,...
/// </summary>
public class MalformedBaciAndImtsTest
{
    private const string Encoding16 = "expected text in UTF-8 or Windows-1252";
    private const string Nul = $"{Encoding16} (a NUL byte means binary data, or UTF-16 without a byte-order mark), found 'a NUL byte'.";
    private const string Bom = $"{Encoding16}, found 'a UTF-16 byte-order mark (save the file as UTF-8)'.";

    public static TheoryData<string, string> BaciCases => new()
    {
        { "empty file", ":1: expected the BACI header t,i,j,k,v,q, found nothing." },
        { "long header names", ":1: expected the BACI header t,i,j,k,v,q, found 'year,exporter,importer,product,value,quantity'." },
        { "semicolons", ":1: expected the BACI header t,i,j,k,v,q, found 't;i;j;k;v;q'." },
        { "five fields", ":2:6: expected 6 fields (t,i,j,k,v,q), found '5 fields'." },
        { "seven fields", ":2:7: expected 6 fields (t,i,j,k,v,q), found '7 fields'." },
        { "fractional year", ":2:1: expected a year (a whole number) in column 't', found '2018.5'." },
        { "year 1800", ":2:1: expected a year between 1900 and 2100 in column 't', found '1800'." },
        { "ISO exporter", ":2:2: expected an exporter code (a whole number) in column 'i', found 'CHN'." },
        { "empty importer", ":2:3: expected an importer code in column 'j', found nothing." },
        { "four-digit product", ":2:4: expected an HS 6-digit product code (5 digits when the leading zero was lost) in column 'k', found '1012'." },
        { "letter in the product", ":2:4: expected an HS 6-digit product code (5 digits when the leading zero was lost) in column 'k', found '01012A'." },
        { "empty value", ":2:5: expected a value in thousands of US$ in column 'v', found nothing." },
        { "negative value", ":2:5: expected a value in thousands of US$ of zero or more in column 'v', found '-1'." },
        { "value in words", ":2:5: expected a value in thousands of US$ (a number such as 1234.5, or nothing when missing) in column 'v', found 'ten'." },
        { "negative quantity", ":2:6: expected a quantity in tonnes of zero or more in column 'q', found '-2'." },
        { "lower-case na", ":2:6: expected a quantity in tonnes (a number such as 1234.5, or nothing when missing) in column 'q', found 'na'." },
        { "quoted decimal comma", ":2:5: expected a value in thousands of US$ (a number such as 1234.5, or nothing when missing) in column 'v', found '0,23'." },
        { "no vintage in the name", ": expected the HS vintage of the BACI file in its name (BACI_HS92_Y2017_V202301.csv), or TradeReadOptions.Classification, found 'trade.csv'." },
        { "cut inside a quote", ":3:5: expected a closing quote for the quoted field, found 'the end of the file'." },
        { "UTF-16 with byte-order mark", $":1:1: {Bom}" },
        { "NUL byte", $":2:3: {Nul}" },
    };

    public static TheoryData<string, string> ImtsCases => new()
    {
        { "empty file", ":1: expected an SDMX-CSV header (DATAFLOW,COUNTRY,INDICATOR,...), found nothing." },
        { "no OBS_VALUE column", ":1: expected a column 'OBS_VALUE' in the IMTS SDMX-CSV header, found 'DATAFLOW,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIM...'." },
        { "no UNIT_MULT column", ":1: expected a UNIT_MULT column (the power of ten of OBS_VALUE), or a scale given by the caller in TradeReadOptions.ImtsScale, found 'DATAFLOW,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIM...'." },
        { "a column twice", ":1:3: expected each column name once in the IMTS SDMX-CSV header, found 'COUNTRY'." },
        { "row cut short", ":2:9: expected 9 fields, as the header has, found '8 fields'." },
        { "empty country", ":2:2: expected a country code in column 'COUNTRY', found nothing." },
        { "balance indicator", ":2:3: expected an indicator XG_FOB_USD, MG_CIF_USD or MG_FOB_USD in column 'INDICATOR', found 'TBG_USD'." },
        { "empty counterpart", ":2:4: expected a counterpart country code in column 'COUNTERPART_COUNTRY', found nothing." },
        { "weekly frequency", ":2:5: expected a frequency A, Q or M in column 'FREQUENCY', found 'W'." },
        { "quarter in an annual series", ":2:6: expected a year such as 2020 (FREQUENCY A) in column 'TIME_PERIOD', found '1960-Q1'." },
        { "quarter without a dash", ":2:6: expected a quarter such as 2020-Q1 (FREQUENCY Q) in column 'TIME_PERIOD', found '1960Q1'." },
        { "month 13", ":2:6: expected a month such as 2020-01 (FREQUENCY M) in column 'TIME_PERIOD', found '1960-13'." },
        { "quarter 5", ":2:6: expected a quarter such as 2020-Q1 (FREQUENCY Q) in column 'TIME_PERIOD', found '1960-Q5'." },
        { "value in words", ":2:7: expected a value (a number such as 1234.5, or nothing when missing) in column 'OBS_VALUE', found 'n.a.'." },
        { "quoted decimal comma", ":2:7: expected a value (a number such as 1234.5, or nothing when missing) in column 'OBS_VALUE', found '391,8'." },
        { "power of ten 2", ":2:8: expected a power of ten 0, 3, 6 or 9 in column 'UNIT_MULT', found '2'." },
        { "empty power of ten", ":2:8: expected a power of ten 0, 3, 6 or 9 in column 'UNIT_MULT', found nothing." },
        { "observation twice", ":3:6: expected each observation once (PAK.XG_FOB_USD.G001.A 1960 is on line 2 too), found '1960'." },
        { "cut inside a quote", ":3:9: expected a closing quote for the quoted field, found 'the end of the file'." },
        { "UTF-16 with byte-order mark", $":1:1: {Bom}" },
        { "NUL byte", $":2:3: {Nul}" },
    };

    [SharedDataTheory]
    [MemberData(nameof(BaciCases))]
    public void MalformedBaci_FailsWithTheExactError(string name, string expected)
    {
        using var temp = new TempFolder();
        var text = Head(RealFiles.WriteDerivedBaci(temp), 4, Encoding.UTF8);
        var path = temp.WriteBytes(name == "no vintage in the name" ? "trade.csv" : "BACI_HS17_" + name.Replace(' ', '-') + ".csv", Baci(name, text));
        var e = Assert.Throws<DataFormatException>(() => BaciReader.Read(path));
        Assert.Equal(path + expected, e.Message);
    }

    [SharedDataTheory]
    [MemberData(nameof(ImtsCases))]
    public void MalformedImts_FailsWithTheExactError(string name, string expected)
    {
        using var temp = new TempFolder();
        var text = Head(RealFiles.WriteDerivedImts(temp), 4, Encoding.UTF8);
        var path = temp.WriteBytes(name.Replace(' ', '-') + ".csv", Imts(name, text));
        var e = Assert.Throws<DataFormatException>(() => ImtsSdmxCsvReader.Read(path));
        Assert.Equal(path + expected, e.Message);
    }

    [SharedDataFact]
    public void Corpora_StartFromLinesThatLoad()
    {
        using var temp = new TempFolder();
        Assert.Equal(3, BaciReader.Read(temp.Write("BACI_HS17_base.csv", Head(RealFiles.WriteDerivedBaci(temp), 4, Encoding.UTF8))).Records.Length);
        Assert.Equal(391.8m, ImtsSdmxCsvReader.Read(temp.Write("base.csv", Head(RealFiles.WriteDerivedImts(temp), 4, Encoding.UTF8))).Records[0].Value!.Value.Value.Amount);
    }

    private static byte[] Baci(string name, string text)
    {
        string? edited = name switch
        {
            "empty file" => "",
            "long header names" => SetLine(text, 1, "year,exporter,importer,product,value,quantity"),
            "semicolons" => text.Replace(',', ';'),
            "five fields" => EditLine(text, 2, l => l[..l.LastIndexOf(',')]),
            "seven fields" => EditLine(text, 2, l => l + ",x"),
            "fractional year" => SetField(text, 2, 1, "2018.5"),
            "year 1800" => SetField(text, 2, 1, "1800"),
            "ISO exporter" => SetField(text, 2, 2, "CHN"),
            "empty importer" => SetField(text, 2, 3, ""),
            "four-digit product" => SetField(text, 2, 4, "1012"),
            "letter in the product" => SetField(text, 2, 4, "01012A"),
            "empty value" => SetField(text, 2, 5, ""),
            "negative value" => SetField(text, 2, 5, "-1"),
            "value in words" => SetField(text, 2, 5, "ten"),
            "negative quantity" => SetField(text, 2, 6, "-2"),
            "lower-case na" => SetField(text, 2, 6, "na"),
            "quoted decimal comma" => EditLine(text, 2, l => "2018,156,842,10121,\"0,23\",2"),
            "no vintage in the name" => text,
            "cut inside a quote" => string.Join('\n', text.Split('\n')[..2]) + "\n2018,156,842,10129,\"12",
            _ => null,
        };
        return name switch
        {
            "UTF-16 with byte-order mark" => Utf16(text),
            "NUL byte" => WithNul(Encoding.UTF8.GetBytes(text), 2, 3),
            _ => Encoding.UTF8.GetBytes(edited ?? throw new ArgumentException("unknown case " + name)),
        };
    }

    private static byte[] Imts(string name, string text)
    {
        string? edited = name switch
        {
            "empty file" => "",
            "no OBS_VALUE column" => text.Replace("OBS_VALUE", "VALUE", StringComparison.Ordinal),
            "no UNIT_MULT column" => text.Replace("UNIT_MULT", "UNIT", StringComparison.Ordinal),
            "a column twice" => text.Replace("COUNTRY,INDICATOR", "COUNTRY,COUNTRY", StringComparison.Ordinal),
            "row cut short" => EditLine(text, 2, l => l[..l.LastIndexOf(',')]),
            "empty country" => SetField(text, 2, 2, ""),
            "balance indicator" => SetField(text, 2, 3, "TBG_USD"),
            "empty counterpart" => SetField(text, 2, 4, ""),
            "weekly frequency" => SetField(text, 2, 5, "W"),
            "quarter in an annual series" => SetField(text, 2, 6, "1960-Q1"),
            "quarter without a dash" => SetField(SetField(text, 2, 5, "Q"), 2, 6, "1960Q1"),
            "month 13" => SetField(SetField(text, 2, 5, "M"), 2, 6, "1960-13"),
            "quarter 5" => SetField(SetField(text, 2, 5, "Q"), 2, 6, "1960-Q5"),
            "value in words" => SetField(text, 2, 7, "n.a."),
            "quoted decimal comma" => EditLine(text, 2, l => l.Replace(",391.8,", ",\"391,8\",", StringComparison.Ordinal)),
            "power of ten 2" => SetField(text, 2, 8, "2"),
            "empty power of ten" => SetField(text, 2, 8, ""),
            "observation twice" => SetLine(text, 3, text.Split('\n')[1]),
            "cut inside a quote" => string.Join('\n', text.Split('\n')[..2]) + "\nDERIVED:DOTS-2022-02,PAK,XG_FOB_USD,G001,A,1961,393.9,6,\"imf-dots",
            _ => null,
        };
        return name switch
        {
            "UTF-16 with byte-order mark" => Utf16(text),
            "NUL byte" => WithNul(Encoding.UTF8.GetBytes(text), 2, 3),
            _ => Encoding.UTF8.GetBytes(edited ?? throw new ArgumentException("unknown case " + name)),
        };
    }
}
