using System.Text;
using TradeArms.Sources;
using TradeArms.Tests.Infrastructure;
using TradeArms.Tests.Sources;
using TradeArms.Text;

namespace TradeArms.Tests.Malformed;

/// <summary>
/// The Comtrade Plus JSON reader on the real recorded response HS-60a6ad.json (4 records, China 2010; the first record
/// runs from line 5: refYear on line 9, period 11, reporterCode 12, flowCode 15, partnerCode 17, classificationCode 23,
/// cmdCode 26, isLeaf 29, netWgt 43, primaryValue 49), broken 21 ways.
/// </summary>
public class MalformedComtradeJsonTest
{
    public static TheoryData<string, string> Cases => new()
    {
        { "empty file", ":1:1: expected valid JSON, found 'The input does not contain any JSON tokens'." },
        { "an array, not an object", ":1:1: expected a JSON object (the Comtrade API response), found 'StartArray'." },
        { "no data", ": expected a Comtrade API response with a \"data\" array, found nothing." },
        { "data is an object", ":4:13: expected an array after \"data\", found 'StartObject'." },
        { "a number in data", ":5:9: expected a record object in \"data\", found 'Number'." },
        { "an API error", ":202:5: expected a response without an API error, found 'Too many requests'." },
        { "count says five", ": expected as many records as \"count\" says (5), found '4 records (a cut response?)'." },
        { "cut file", ":201:1: expected valid JSON, found 'Expected depth to be zero at the end of the JSON payload'." },
        { "trailing comma", ":53:9: expected valid JSON, found 'The JSON object contains a trailing comma at the end which i...'." },
        { "year with a letter", ":9:24: expected a year (a whole number) in field 'refYear', found '2010x'." },
        { "period of another year", ":11:23: expected the year of refYear 2010 in field 'period', found '2011'." },
        { "reporter code with a fraction", ":12:29: expected a reporter code (a whole number) in field 'reporterCode', found '156.5'." },
        { "unknown flow", ":15:25: expected a flow M, X, RM or RX in field 'flowCode', found 'Q'." },
        { "partner code null", ":17:28: expected a partner code in field 'partnerCode', found nothing." },
        { "classification H9", ":23:35: expected a classification H0..H6 or S1..S4 in field 'classificationCode', found 'H9'." },
        { "product code TOT", ":26:24: expected a product code of digits or TOTAL in field 'cmdCode', found 'TOT'." },
        { "product code as an object", ":26:24: expected a string, number, true, false or null as the value of \"cmdCode\", found 'StartObject'." },
        { "isLeaf maybe", ":29:23: expected true or false in field 'isLeaf', found 'maybe'." },
        { "negative net weight", ":43:23: expected a net weight in kg of zero or more in field 'netWgt', found '-1'." },
        { "value as text", ":49:29: expected a value in US$ (a number such as 1234.5, or nothing when missing) in field 'primaryValue', found 'six billion'." },
        { "record without refYear", ":5: expected a Comtrade Plus data record with \"refYear\" (this is not a /data/v1/get response), found nothing." },
    };

    [SharedDataTheory]
    [MemberData(nameof(Cases))]
    public void MalformedResponse_FailsWithTheExactError(string name, string expected)
    {
        using var temp = new TempFolder();
        var path = temp.Write(name.Replace(' ', '-') + ".json", Build(name));
        var e = Assert.Throws<DataFormatException>(() => ComtradeJsonReader.Read(path));
        Assert.Equal(path + expected, e.Message);
    }

    private static string First(string text, string old, string replacement)
    {
        var i = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(i >= 0, old);
        return string.Concat(text.AsSpan(0, i), replacement, text.AsSpan(i + old.Length));
    }

    private static string Build(string name)
    {
        var text = File.ReadAllText(RealFiles.ComtradeJson, Encoding.UTF8);
        return name switch
        {
            "empty file" => "",
            "an array, not an object" => "[" + text + "]",
            "no data" => First(text, "\"data\":", "\"rows\":"),
            "data is an object" => First(First(text, "\"data\": [", "\"data\": {\"x\": ["), "    ],\n    \"error\"", "    ]},\n    \"error\""),
            "a number in data" => First(text, "\"data\": [\n        {", "\"data\": [\n        1, {"),
            "an API error" => First(text, "\"error\": \"\"", "\"error\": \"Too many requests\""),
            "count says five" => First(text, "\"count\": 4", "\"count\": 5"),
            "cut file" => text[..text.LastIndexOf("    ],", StringComparison.Ordinal)],
            "trailing comma" => First(text, "\"isAggregate\": false\n", "\"isAggregate\": false,\n"),
            "year with a letter" => First(text, "\"refYear\": 2010,", "\"refYear\": \"2010x\","),
            "period of another year" => First(text, "\"period\": \"2010\"", "\"period\": \"2011\""),
            "reporter code with a fraction" => First(text, "\"reporterCode\": 156,", "\"reporterCode\": 156.5,"),
            "unknown flow" => First(text, "\"flowCode\": \"M\"", "\"flowCode\": \"Q\""),
            "partner code null" => First(text, "\"partnerCode\": 32,", "\"partnerCode\": null,"),
            "classification H9" => First(text, "\"classificationCode\": \"H3\"", "\"classificationCode\": \"H9\""),
            "product code TOT" => First(text, "\"cmdCode\": \"TOTAL\"", "\"cmdCode\": \"TOT\""),
            "product code as an object" => First(text, "\"cmdCode\": \"TOTAL\"", "\"cmdCode\": {\"code\": \"TOTAL\"}"),
            "isLeaf maybe" => First(text, "\"isLeaf\": false", "\"isLeaf\": \"maybe\""),
            "negative net weight" => First(text, "\"netWgt\": null", "\"netWgt\": -1"),
            "value as text" => First(text, "\"primaryValue\": 6804128143.0", "\"primaryValue\": \"six billion\""),
            "record without refYear" => First(text, "\"refYear\": 2010,", "\"refyear\": 2010,"),
            _ => throw new ArgumentException("unknown case " + name),
        };
    }
}
