using System.IO.Compression;
using System.Security;
using System.Text;
using TradeArms.Tests.Infrastructure;
using TradeArms.Text;

namespace TradeArms.Imf.Tests;

/// <summary>
/// IMF DOTS workbooks broken in hostile ways. The workbooks are written here, in the DOTS layout (reporter in B4, unit
/// in B5, years in row 7, partners from row 8; sheets "Exports, FOB" and "Imports, CIF"), as minimal .xlsx files
/// with inline strings; no IMF data is used beyond the layout. Each case has its exact message.
/// </summary>
public class DotsWorkbookHostileTest
{
    /// <summary>A DOTS-layout workbook: both sheets with the same rows; <paramref name="years"/> in row 7 and one partner row per entry.</summary>
    private static byte[] Workbook(string reporter, string[] years, params (string Partner, string[] Cells)[] rows)
    {
        string Cell(string reference, string value) =>
            double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) && !value.EndsWith(" e", StringComparison.Ordinal)
                ? $"<c r=\"{reference}\"><v>{value}</v></c>"
                : $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{Escape(value)}</t></is></c>";
        // As Excel writes them: a control character as _xHHHH_ (XML 1.0 cannot hold it).
        static string Escape(string text) => string.Concat(SecurityElement.Escape(text)!.Select(ch =>
            char.IsControl(ch) ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"_x{(int)ch:X4}_") : ch.ToString()));
        static string Column(int i) => ((char)('A' + i)).ToString();
        string Sheet()
        {
            var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            xml.Append("<row r=\"1\">").Append(Cell("A1", "Direction of Trade Statistics")).Append("</row>");
            xml.Append("<row r=\"4\">").Append(Cell("A4", "Country")).Append(Cell("B4", reporter)).Append("</row>");
            xml.Append("<row r=\"5\">").Append(Cell("A5", "Scale")).Append(Cell("B5", "US Dollars, Millions")).Append("</row>");
            xml.Append("<row r=\"7\">");
            for (var i = 0; i < years.Length; i++)
            {
                xml.Append(Cell(Column(i + 2) + "7", years[i]));
            }
            xml.Append("</row>");
            for (var r = 0; r < rows.Length; r++)
            {
                var n = r + 8;
                xml.Append(System.Globalization.CultureInfo.InvariantCulture, $"<row r=\"{n}\">").Append(Cell("B" + n, rows[r].Partner));
                for (var i = 0; i < rows[r].Cells.Length; i++)
                {
                    if (rows[r].Cells[i].Length > 0)
                    {
                        xml.Append(Cell(Column(i + 2) + n, rows[r].Cells[i]));
                    }
                }
                xml.Append("</row>");
            }
            return xml.Append("</sheetData></worksheet>").ToString();
        }
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
            Entry("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            Entry("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Entry("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Exports, FOB\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Imports, CIF\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>");
            Entry("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet2.xml\"/></Relationships>");
            Entry("xl/worksheets/sheet1.xml", Sheet());
            Entry("xl/worksheets/sheet2.xml", Sheet());
        }
        return memory.ToArray();
    }

    private static readonly string[] Years = ["2017", "2018"];

    public static TheoryData<string, string> Cases => new()
    {
        { "year 9999", "[Exports, FOB]:7:4: expected a year such as 1960 (a year from 1700 to 2200), found '9999'." },
        { "year 0001", "[Exports, FOB]:7:3: expected a year such as 1960 (a year from 1700 to 2200), found '1'." },
        { "value 1e300", "[Exports, FOB]:8:3: expected a number of at most 1e15 (a larger value is a corrupted number), found '1E+300'." },
        { "estimate 1e18", "[Exports, FOB]:8:4: expected a number of at most 1e15 (a larger value is a corrupted number), found '1,000,000,000,000,000,000 e'." },
        { "estimate in exponent form", "[Exports, FOB]:8:4: expected a number, or a number marked as an estimate such as '1,032.13 e', found '1e300 e'." },
        { "raw control character in the XML", ": expected an Excel workbook (.xlsx), found " },
        { "text value", "[Exports, FOB]:8:3: expected a number, or a number marked as an estimate such as '1,032.13 e', found 'NaN'." },
        { "control character in the partner", "[Exports, FOB]:8:2: expected a partner name without control characters (U+0001 at character 4), found 'Rus\\u0001sia'." },
        { "300-character partner", "[Exports, FOB]:8:2: expected a partner name of at most 200 characters (this one has 300), found '" + new string('P', 60) + "...'." },
        { "escape sequence in the reporter", "[Exports, FOB]:4:2: expected a reporter name without control characters (U+001B at character 1), found '\\u001B[2JPakistan'." },
        { "not a workbook", ": expected an Excel workbook (.xlsx), found " },
        { "cut workbook", ": expected an Excel workbook (.xlsx), found " },
    };

    private static byte[] Build(string name) => name switch
    {
        "year 9999" => Workbook("Pakistan", ["2017", "9999"], ("Russia", ["1", "2"])),
        "year 0001" => Workbook("Pakistan", ["0001", "2018"], ("Russia", ["1", "2"])),
        "value 1e300" => Workbook("Pakistan", Years, ("Russia", ["1e300", "2"])),
        "estimate 1e18" => Workbook("Pakistan", Years, ("Russia", ["1", "1,000,000,000,000,000,000 e"])),
        "estimate in exponent form" => Workbook("Pakistan", Years, ("Russia", ["1", "1e300 e"])),
        "raw control character in the XML" => RawControl(),
        "text value" => Workbook("Pakistan", Years, ("Russia", ["NaN", "2"])),
        "control character in the partner" => Workbook("Pakistan", Years, ("Rus\u0001sia", ["1", "2"])),
        "300-character partner" => Workbook("Pakistan", Years, (new string('P', 300), ["1", "2"])),
        "escape sequence in the reporter" => Workbook("\u001b[2JPakistan", Years, ("Russia", ["1", "2"])),
        "not a workbook" => Encoding.ASCII.GetBytes("reporter,partner\n"),
        "cut workbook" => Workbook("Pakistan", Years, ("Russia", ["1", "2"]))[..300],
        _ => throw new ArgumentException(name),
    };

    /// <summary>A workbook whose sheet XML holds a raw U+0001 (not well-formed XML): a damaged file.</summary>
    private static byte[] RawControl()
    {
        var good = Workbook("Pakistan", Years, ("RusXsia", ["1", "2"]));
        using var memory = new MemoryStream();
        memory.Write(good);
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write(xml.Replace("RusXsia", "Rus\u0001sia", StringComparison.Ordinal));
        }
        return memory.ToArray();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void HostileWorkbook_FailsWithTheExactError(string name, string expected)
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("dots.xlsx", Build(name));
        var e = Assert.Throws<DataFormatException>(() => DotsWorkbookReader.Read(path));
        if (expected.EndsWith("found ", StringComparison.Ordinal))
        {
            // The reader's own words follow 'found' (ExcelDataReader's message); what matters is the file and the expectation.
            Assert.StartsWith(path + expected, e.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(path + expected, e.Message);
        }
    }

    [Fact]
    public void ExtremeButValidWorkbook_Loads()
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("dots.xlsx", Workbook("Pakistan", ["1700", "2200"], ("Russia", ["1e15", "-4.8"])));
        var matrix = DotsWorkbookReader.Read(path).Matrix;
        Assert.Equal(501, matrix.PeriodCount);
        Assert.Equal(1e15, matrix["Pakistan", "Russia", new CalendarYear(1700), TradeFlow.Exports]);
        Assert.Equal(-4.8, matrix["Pakistan", "Russia", new CalendarYear(2200), TradeFlow.Imports]); // a negative revision, as published
    }
}
