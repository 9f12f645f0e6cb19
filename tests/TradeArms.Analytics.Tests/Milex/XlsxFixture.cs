using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace TradeArms.Tests.Milex;

/// <summary>A cell of a fixture sheet.</summary>
internal sealed record FixtureCell(string Text, bool IsNumber = false, int Style = 0);

/// <summary>
/// Writes small .xlsx packages for the reader tests, part by part, the way Excel lays them out (workbook, relationships,
/// shared strings, styles with the indexed font colours SIPRI uses, sheets, a drawing with text boxes for the front
/// page). Styles: 0 automatic, 1 red (indexed 10), 2 blue (indexed 12), 3 green (ARGB FF00B050), 4 black (indexed 8).
/// </summary>
internal sealed class XlsxFixture
{
    public const int Red = 1;
    public const int Blue = 2;
    public const int Green = 3;
    public const int Black = 4;

    /// <summary>The sheets in order: name, then cells by (row, column).</summary>
    public List<(string Name, SortedDictionary<(int Row, int Column), FixtureCell> Cells)> Sheets { get; } = [];

    /// <summary>The front page's text-box paragraphs (drawn on the first sheet).</summary>
    public List<string> FrontPage { get; } = [];

    public SortedDictionary<(int Row, int Column), FixtureCell> Sheet(string name) =>
        Sheets.First(s => s.Name == name).Cells;

    public SortedDictionary<(int Row, int Column), FixtureCell> AddSheet(string name)
    {
        var cells = new SortedDictionary<(int Row, int Column), FixtureCell>();
        Sheets.Add((name, cells));
        return cells;
    }

    public byte[] ToBytes()
    {
        var strings = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            var sheets = new StringBuilder();
            var rels = new StringBuilder();
            for (var i = 0; i < Sheets.Count; i++)
            {
                sheets.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{SecurityElement.Escape(Sheets[i].Name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>");
                rels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>");
                var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheetData>");
                foreach (var row in Sheets[i].Cells.GroupBy(c => c.Key.Row))
                {
                    xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{row.Key}\">");
                    foreach (var ((r, c), cell) in row)
                    {
                        var reference = Column(c) + r.ToString(CultureInfo.InvariantCulture);
                        var style = cell.Style == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" s=\"{cell.Style}\"");
                        if (cell.IsNumber)
                        {
                            xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"{style}><v>{cell.Text}</v></c>");
                        }
                        else
                        {
                            if (!index.TryGetValue(cell.Text, out var si))
                            {
                                index[cell.Text] = si = strings.Count;
                                strings.Add(cell.Text);
                            }
                            xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"{style} t=\"s\"><v>{si}</v></c>");
                        }
                    }
                    xml.Append("</row>");
                }
                xml.Append("</sheetData>");
                if (i == 0 && FrontPage.Count > 0)
                {
                    xml.Append("<drawing r:id=\"rId1\"/>");
                }
                xml.Append("</worksheet>");
                Write(zip, $"xl/worksheets/sheet{i + 1}.xml", xml.ToString());
            }
            if (FrontPage.Count > 0)
            {
                Write(zip, "xl/worksheets/_rels/sheet1.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing\" Target=\"../drawings/drawing1.xml\"/></Relationships>");
                var drawing = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><xdr:twoCellAnchor><xdr:sp><xdr:txBody>");
                foreach (var p in FrontPage)
                {
                    drawing.Append("<a:p><a:r><a:t>").Append(SecurityElement.Escape(p)).Append("</a:t></a:r></a:p>");
                }
                drawing.Append("</xdr:txBody></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>");
                Write(zip, "xl/drawings/drawing1.xml", drawing.ToString());
            }
            Write(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
            Write(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" + sheets + "</sheets></workbook>");
            Write(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + rels + "</Relationships>");
            Write(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><fonts count=\"5\"><font><sz val=\"10\"/><name val=\"Times New Roman\"/></font><font><sz val=\"10\"/><color indexed=\"10\"/><name val=\"Times New Roman\"/></font><font><sz val=\"10\"/><color indexed=\"12\"/><name val=\"Times New Roman\"/></font><font><sz val=\"10\"/><color rgb=\"FF00B050\"/><name val=\"Times New Roman\"/></font><font><sz val=\"10\"/><color indexed=\"8\"/><name val=\"Times New Roman\"/></font></fonts><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\"/></cellStyleXfs><cellXfs count=\"5\"><xf numFmtId=\"0\" fontId=\"0\" xfId=\"0\"/><xf numFmtId=\"1\" fontId=\"1\" xfId=\"0\" applyFont=\"1\"/><xf numFmtId=\"1\" fontId=\"2\" xfId=\"0\" applyFont=\"1\"/><xf numFmtId=\"1\" fontId=\"3\" xfId=\"0\" applyFont=\"1\"/><xf numFmtId=\"1\" fontId=\"4\" xfId=\"0\" applyFont=\"1\"/></cellXfs></styleSheet>");
            var sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            foreach (var s in strings)
            {
                sst.Append("<si><t xml:space=\"preserve\">").Append(SecurityElement.Escape(s)).Append("</t></si>");
            }
            Write(zip, "xl/sharedStrings.xml", sst.Append("</sst>").ToString());
        }
        return memory.ToArray();
    }

    private static string Column(int column)
    {
        var name = "";
        while (column > 0)
        {
            name = (char)('A' + (column - 1) % 26) + name;
            column = (column - 1) / 26;
        }
        return name;
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        var bytes = Encoding.UTF8.GetBytes(text);
        stream.Write(bytes);
    }
}
