using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using TradeArms.Text;

namespace TradeArms.Products;

/// <summary>
/// A minimal reader of the cell text of .xlsx (Office Open XML) workbooks, enough for UNSD's correlation tables:
/// sheet names, shared and inline strings, numbers as written. No formulas, styles or dates.
/// </summary>
internal static class XlsxWorkbook
{
    private static readonly XNamespace s_main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace s_relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace s_package = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The rows of every sheet, by sheet name: each row its 1-based row number and its cells' text by 0-based column.</summary>
    public static Dictionary<string, List<(int Row, string[] Cells)>> Read(string path)
    {
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (FileNotFoundException)
        {
            throw new DataFormatException(path, 0, 0, "an existing file", null);
        }
        catch (InvalidDataException)
        {
            throw new DataFormatException(path, 0, 0, "an Excel .xlsx workbook (a zip archive)", "something else (an .xls of Excel 97-2003? save it as .xlsx)");
        }
        using (zip)
        {
            var strings = Load(zip, "xl/sharedStrings.xml", path, optional: true)?.Root!.Elements(s_main + "si")
                .Select(si => string.Concat(si.Descendants(s_main + "t").Where(t => t.Parent?.Name != s_main + "rPh").Select(t => t.Value))).ToList() ?? [];
            var relations = Load(zip, "xl/_rels/workbook.xml.rels", path)!.Root!.Elements(s_package + "Relationship")
                .ToDictionary(r => (string)r.Attribute("Id")!, r => ((string)r.Attribute("Target")!).TrimStart('/').Replace("xl/", "", StringComparison.Ordinal), StringComparer.Ordinal);
            var sheets = new Dictionary<string, List<(int, string[])>>(StringComparer.Ordinal);
            foreach (var sheet in Load(zip, "xl/workbook.xml", path)!.Root!.Descendants(s_main + "sheet"))
            {
                var target = relations[(string)sheet.Attribute(s_relationships + "id")!];
                sheets[(string)sheet.Attribute("name")!] = Rows(Load(zip, "xl/" + target, path)!, strings);
            }
            return sheets;
        }
    }

    private static XDocument? Load(ZipArchive zip, string entry, string path, bool optional = false)
    {
        var e = zip.GetEntry(entry);
        if (e is null)
        {
            return optional ? null : throw new DataFormatException(path, 0, 0, $"an .xlsx workbook with {entry}", null);
        }
        using var stream = e.Open();
        return XDocument.Load(stream);
    }

    private static List<(int, string[])> Rows(XDocument sheet, List<string> strings)
    {
        var rows = new List<(int, string[])>();
        foreach (var row in sheet.Root!.Descendants(s_main + "row"))
        {
            var cells = new List<(int Column, string Text)>();
            foreach (var c in row.Elements(s_main + "c"))
            {
                var column = 0;
                foreach (var ch in ((string)c.Attribute("r")!).TakeWhile(char.IsAsciiLetter))
                {
                    column = column * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
                }
                var type = (string?)c.Attribute("t");
                var value = type == "inlineStr" ? string.Concat(c.Descendants(s_main + "t").Select(t => t.Value)) : c.Element(s_main + "v")?.Value ?? "";
                if (type == "s" && value.Length > 0)
                {
                    value = strings[int.Parse(value, CultureInfo.InvariantCulture)];
                }
                cells.Add((column - 1, value));
            }
            var array = Enumerable.Repeat("", cells.Count == 0 ? 0 : cells.Max(x => x.Column) + 1).ToArray();
            foreach (var (col, text) in cells)
            {
                array[col] = text;
            }
            rows.Add((int.Parse((string)row.Attribute("r")!, CultureInfo.InvariantCulture), array));
        }
        return rows;
    }
}
