using System.Globalization;
using System.IO.Compression;
using System.Xml;
using TradeArms.Text;

namespace TradeArms.Milex;

/// <summary>
/// A small streaming reader of the parts of an .xlsx package that SIPRI's workbooks use, with the BCL only
/// (<see cref="ZipArchive"/> and <see cref="XmlReader"/>): the sheet list, shared strings, the font colour of every
/// cell style (<c>styles.xml</c>: <c>cellXfs</c> to <c>fonts</c> to <c>color</c>), sheet cells with their style index,
/// and the text of drawing text boxes (SIPRI's front page). ExcelDataReader, used for the IMF workbooks, exposes values
/// only, and SIPRI marks estimates by font colour; a full OpenXML SDK would be a large dependency for these four parts.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string DrawingNs = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, string> _sheetParts;
    private string[]? _sharedStrings;
    private FontColour[]? _styleColours;

    private XlsxPackage(ZipArchive zip, string source, List<string> sheetNames, Dictionary<string, string> sheetParts)
    {
        _zip = zip;
        Source = source;
        SheetNames = sheetNames;
        _sheetParts = sheetParts;
    }

    /// <summary>The file name for messages.</summary>
    public string Source { get; }

    /// <summary>The sheet names in workbook order.</summary>
    public IReadOnlyList<string> SheetNames { get; }

    /// <summary>Opens a package.</summary>
    /// <exception cref="DataFormatException">The file is not an .xlsx package with a workbook part.</exception>
    public static XlsxPackage Open(string path, string source)
    {
        var stream = File.OpenRead(path);
        try
        {
            return Open(stream, source);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Opens a package from a stream (which the package then owns).</summary>
    /// <exception cref="DataFormatException">The stream is not an .xlsx package with a workbook part.</exception>
    public static XlsxPackage Open(Stream stream, string source)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException e)
        {
            throw new DataFormatException(source, 0, 0, "an .xlsx workbook (a zip package)", e.Message);
        }
        try
        {
            var names = new List<string>();
            var ids = new List<string>();
            using (var reader = Xml(zip, "xl/workbook.xml", source))
            {
                while (reader.Read())
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet" && reader.NamespaceURI == Main)
                    {
                        names.Add(reader.GetAttribute("name") ?? "");
                        ids.Add(reader.GetAttribute("id", RelNs) ?? "");
                    }
                }
            }
            var targets = Relationships(zip, "xl/_rels/workbook.xml.rels", "xl/", source);
            var parts = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++)
            {
                if (targets.TryGetValue(ids[i], out var part))
                {
                    parts[names[i]] = part;
                }
            }
            return new XlsxPackage(zip, source, names, parts);
        }
        catch (XmlException e)
        {
            zip.Dispose();
            throw new DataFormatException(source, 0, 0, "well-formed workbook XML", e.Message);
        }
        catch (InvalidDataException e)
        {
            // The central directory is read when the first entry is looked up: a damaged one fails here.
            zip.Dispose();
            throw new DataFormatException(source, 0, 0, "an .xlsx workbook (a zip package)", e.Message);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>The font colour of a cell style.</summary>
    public FontColour ColourOf(int style)
    {
        _styleColours ??= ReadStyles();
        return style >= 0 && style < _styleColours.Length ? _styleColours[style] : FontColour.Unknown(style);
    }

    /// <summary>Reads every non-empty cell of a sheet, row by row.</summary>
    /// <exception cref="DataFormatException">The sheet's XML is malformed or a cell is unreadable.</exception>
    public List<XlsxCell> ReadSheet(string sheetName)
    {
        _sharedStrings ??= ReadSharedStrings();
        var part = _sheetParts[sheetName];
        var cells = new List<XlsxCell>();
        var seen = new HashSet<(int, int)>();
        var where = $"{Source} [{sheetName}]";
        try
        {
            using var reader = Xml(_zip, part, Source);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c" || reader.NamespaceURI != Main)
                {
                    continue;
                }
                var reference = reader.GetAttribute("r") ?? "";
                var (row, column) = Parse(reference, where);
                if (!seen.Add((row, column)))
                {
                    throw new DataFormatException(where, row, column, "each cell reference once in a sheet", reference);
                }
                var type = reader.GetAttribute("t") ?? "n";
                var style = reader.GetAttribute("s") is not { } styleText ? 0
                    : int.TryParse(styleText, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s
                    : throw new DataFormatException(where, row, column, "a cell style index (a whole number defined in styles.xml)", styleText);
                string? value = null;
                string? inline = null;
                if (!reader.IsEmptyElement)
                {
                    var depth = reader.Depth;
                    while (reader.Read() && reader.Depth > depth)
                    {
                        if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "v")
                        {
                            value = reader.ReadElementContentAsString();
                            if (reader.Depth <= depth)
                            {
                                break;
                            }
                        }
                        else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "is")
                        {
                            inline = ReadText(reader);
                        }
                    }
                }
                string? text = type switch
                {
                    "s" => value is null ? null : SharedString(value, where, row, column),
                    "inlineStr" => inline,
                    _ => value,
                };
                if (text is null)
                {
                    continue;
                }
                if (type == "e")
                {
                    throw new DataFormatException(where, row, column, "a value, not an Excel error", text);
                }
                cells.Add(new XlsxCell(row, column, text, type is "n", style));
            }
        }
        catch (XmlException e)
        {
            throw new DataFormatException(where, e.LineNumber, e.LinePosition, "well-formed sheet XML", e.Message);
        }
        return cells;
    }

    /// <summary>The paragraphs of the text boxes drawn on a sheet (SIPRI's front page), in document order.</summary>
    public List<string> DrawingText(string sheetName)
    {
        var part = _sheetParts[sheetName];
        var folder = part[..(part.LastIndexOf('/') + 1)];
        var rels = folder + "_rels/" + part[(part.LastIndexOf('/') + 1)..] + ".rels";
        var paragraphs = new List<string>();
        if (_zip.GetEntry(rels) is null)
        {
            return paragraphs;
        }
        foreach (var drawing in Relationships(_zip, rels, folder, Source).Values.Where(p => p.Contains("drawings/", StringComparison.Ordinal)))
        {
            using var reader = Xml(_zip, drawing, Source);
            var current = new System.Text.StringBuilder();
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t" && reader.NamespaceURI == DrawingNs)
                {
                    current.Append(reader.ReadElementContentAsString());
                }
                if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "p" && reader.NamespaceURI == DrawingNs)
                {
                    if (current.Length > 0)
                    {
                        paragraphs.Add(current.ToString());
                    }
                    current.Clear();
                }
            }
        }
        return paragraphs;
    }

    /// <summary>Does the package have this sheet?</summary>
    public bool HasSheet(string name) => _sheetParts.ContainsKey(name);

    public void Dispose() => _zip.Dispose();

    private string SharedString(string index, string where, int row, int column) =>
        int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _sharedStrings!.Length ? _sharedStrings[i]
            : throw new DataFormatException(where, row, column, string.Create(CultureInfo.InvariantCulture, $"a shared-string index below {_sharedStrings!.Length}"), index);

    private string[] ReadSharedStrings()
    {
        var list = new List<string>();
        if (_zip.GetEntry("xl/sharedStrings.xml") is null)
        {
            return [];
        }
        using var reader = Xml(_zip, "xl/sharedStrings.xml", Source);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                list.Add(ReadText(reader));
            }
        }
        return [.. list];
    }

    /// <summary>Reads the text of an <c>si</c> or <c>is</c> element: its <c>t</c> runs, without phonetic runs (<c>rPh</c>).</summary>
    private static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }
        var depth = reader.Depth;
        var text = new System.Text.StringBuilder();
        var inPhonetic = -1;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh" && !reader.IsEmptyElement)
            {
                inPhonetic = reader.Depth;
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == inPhonetic)
            {
                inPhonetic = -1;
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t" && inPhonetic < 0)
            {
                text.Append(reader.ReadElementContentAsString());
                if (reader.Depth <= depth)
                {
                    break;
                }
            }
        }
        return text.ToString();
    }

    private FontColour[] ReadStyles()
    {
        var fonts = new List<FontColour>();
        var styles = new List<FontColour>();
        if (_zip.GetEntry("xl/styles.xml") is null)
        {
            return [];
        }
        using var reader = Xml(_zip, "xl/styles.xml", Source);
        var section = "";
        var inFont = false;
        FontColour font = FontColour.Automatic;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "fonts" or "cellXfs" or "cellStyleXfs" or "dxfs":
                        section = reader.LocalName;
                        break;
                    case "font" when section == "fonts":
                        font = FontColour.Automatic;
                        inFont = !reader.IsEmptyElement;
                        if (!inFont)
                        {
                            fonts.Add(font);
                        }
                        break;
                    case "color" when section == "fonts" && inFont:
                        font = new FontColour(
                            int.TryParse(reader.GetAttribute("indexed"), NumberStyles.None, CultureInfo.InvariantCulture, out var ix) ? ix : null,
                            reader.GetAttribute("rgb"),
                            int.TryParse(reader.GetAttribute("theme"), NumberStyles.None, CultureInfo.InvariantCulture, out var th) ? th : null);
                        break;
                    case "xf" when section == "cellXfs":
                        var fontId = int.TryParse(reader.GetAttribute("fontId"), NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : 0;
                        styles.Add(fontId < fonts.Count ? fonts[fontId] : FontColour.Unknown(fontId));
                        break;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.LocalName == "font" && section == "fonts")
                {
                    fonts.Add(font);
                    inFont = false;
                }
                else if (reader.LocalName == section)
                {
                    section = "";
                }
            }
        }
        return [.. styles];
    }

    private static Dictionary<string, string> Relationships(ZipArchive zip, string part, string folder, string source)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = Xml(zip, part, source);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.NamespaceURI == PackageRel)
            {
                var target = reader.GetAttribute("Target") ?? "";
                result[reader.GetAttribute("Id") ?? ""] = Resolve(folder, target);
            }
        }
        return result;
    }

    private static string Resolve(string folder, string target)
    {
        if (target.StartsWith('/'))
        {
            return target[1..];
        }
        var parts = (folder + target).Split('/').ToList();
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] == ".." && i > 0)
            {
                parts.RemoveRange(i - 1, 2);
                i -= 2;
            }
        }
        return string.Join('/', parts);
    }

    private static XmlReader Xml(ZipArchive zip, string part, string source)
    {
        var entry = zip.GetEntry(part) ?? throw new DataFormatException(source, 0, 0, $"the package part '{part}' of an .xlsx workbook", null);
        return XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false });
    }

    private static (int Row, int Column) Parse(string reference, string where)
    {
        var i = 0;
        var column = 0;
        while (i < reference.Length && char.IsAsciiLetterUpper(reference[i]))
        {
            column = column * 26 + (reference[i] - 'A' + 1);
            i++;
        }
        if (column == 0 || i == reference.Length || !int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row < 1)
        {
            throw new DataFormatException(where, 0, 0, "cell references such as 'E12'", reference);
        }
        return (row, column);
    }
}
