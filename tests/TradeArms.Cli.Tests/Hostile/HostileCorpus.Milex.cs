using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using TradeArms.Tests.Milex;
using TradeArms.Tests.Sources;
using static TradeArms.Tests.Milex.MilexFixture;

namespace TradeArms.Cli.Tests.Hostile;

/// <summary>
/// The readers issue 15 and the milex work added: SIPRI's milex workbook (the SYNTHETIC workbook of
/// <see cref="MilexFixture"/>: SIPRI's layout with made-up figures, built in code, edited as an object or as the XML
/// of one part inside a copy of the zip), IMF IMTS SDMX-CSV (DERIVED from the shipped DOTS extract, see
/// <see cref="DerivedImts"/>) and <c>codes</c> (arguments only).
/// </summary>
internal static partial class HostileCorpus
{
    /// <summary>The SYNTHETIC milex workbook as .xlsx bytes.</summary>
    public static byte[] MilexWorkbook { get; } = Valid().ToBytes();

    /// <summary>The synthetic workbook as the 2024 release (the citation on its front page changed), the older side of <c>milex compare</c>.</summary>
    public static byte[] MilexWorkbookOlder { get; } = Milex(x => x.FrontPage[3] = x.FrontPage[3].Replace("Database 2025", "Database 2024", StringComparison.Ordinal));

    /// <summary>DERIVED: data/trade/imf-dots-pakistan-russia.csv in IMTS SDMX-CSV layout (UNIT_MULT 6).</summary>
    public static string Imts { get; } = DerivedImts.FromDots(Dots.Split('\n', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>One part of the synthetic workbook (e.g. <c>xl/worksheets/sheet5.xml</c>, the constant US$ sheet).</summary>
    public static byte[] MilexPart(string part)
    {
        using var zip = new ZipArchive(new MemoryStream(MilexWorkbook), ZipArchiveMode.Read);
        using var stream = zip.GetEntry(part)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>A copy of the synthetic workbook with <paramref name="part"/> replaced by <paramref name="bytes"/>.</summary>
    public static byte[] WithMilexPart(string part, byte[] bytes)
    {
        using var memory = new MemoryStream();
        memory.Write(MilexWorkbook);
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(part)!.Delete();
            using var stream = zip.CreateEntry(part).Open();
            stream.Write(bytes);
        }
        return memory.ToArray();
    }

    private static byte[] WithMilexXml(string part, Func<string, string> edit) =>
        WithMilexPart(part, Encoding.UTF8.GetBytes(edit(Encoding.UTF8.GetString(MilexPart(part)))));

    private static byte[] Milex(Action<XlsxFixture> edit)
    {
        var x = Valid();
        edit(x);
        return x.ToBytes();
    }

    /// <summary>Renames a country on every sheet.</summary>
    private static void RenameCountry(XlsxFixture x, string from, string to)
    {
        foreach (var (_, cells) in x.Sheets)
        {
            foreach (var key in cells.Where(c => c.Value.Text == from).Select(c => c.Key).ToList())
            {
                cells[key] = cells[key] with { Text = to };
            }
        }
    }

    /// <summary>The workbook with the deflate data of the constant US$ sheet overwritten in the middle (the zip directory intact).</summary>
    private static byte[] DamagedEntry()
    {
        var bytes = (byte[])MilexWorkbook.Clone();
        var name = Encoding.ASCII.GetBytes(ConstantSheet);
        // The name's first occurrence ends the sheet's local header (no extra field): the compressed data follow it.
        var at = bytes.AsSpan().IndexOf(name) + name.Length;
        for (var i = at + 40; i < at + 80 && i < bytes.Length; i++)
        {
            bytes[i] = 0xFF;
        }
        return bytes;
    }

    private const string ConstantSheet = "xl/worksheets/sheet5.xml";

    private static IEnumerable<HostileCase> MilexWorkbooks()
    {
        const string W = "SIPRI milex workbook";
        string[] series = ["milex", "series", "India", "--data", "{dir}/w.xlsx", "--format", "csv"];
        string[] compare = ["milex", "compare", "{dir}/old.xlsx", "{dir}/w.xlsx", "--format", "csv"];
        string[] profile = ["milex", "profile", "Pakistan", "--data", "{dir}/w.xlsx", "--from", "2022", "--to", "2024", "--format", "json"];
        (string, byte[]?)[] Xlsx(byte[] bytes) => [F("w.xlsx", bytes)];
        // India's 2022 figure on the constant US$ sheet is D10 (70).
        yield return Error(W, "figure 1e308", Xlsx(Milex(x => Number(x.Sheet(Constant), 10, 4, "1e308"))), series);
        yield return Error(W, "figure of 400 digits", Xlsx(Milex(x => Number(x.Sheet(Constant), 10, 4, new string('9', 400)))), series);
        yield return Error(W, "figure Infinity", Xlsx(Milex(x => Number(x.Sheet(Constant), 10, 4, "Infinity"))), series);
        yield return Error(W, "figure NaN", Xlsx(Milex(x => Number(x.Sheet(Constant), 10, 4, "NaN"))), series);
        yield return Error(W, "negative constant US$ figure", Xlsx(Milex(x => Number(x.Sheet(Constant), 10, 4, "-70"))), series);
        yield return Error(W, "negative share of GDP", Xlsx(Milex(x => Number(x.Sheet(Gdp), 11, 4, "-0.03"))), profile);
        yield return Error(W, "years 9997-9999 in the header", Xlsx(Milex(x => { Number(x.Sheet(Constant), 6, 4, "9997"); Number(x.Sheet(Constant), 6, 5, "9998"); Number(x.Sheet(Constant), 6, 6, "9999"); })), series);
        yield return Error(W, "years 1-3 in the header", Xlsx(Milex(x => { Number(x.Sheet(Constant), 6, 4, "1"); Number(x.Sheet(Constant), 6, 5, "2"); Number(x.Sheet(Constant), 6, 6, "3"); })), series);
        yield return Error(W, "front page period 2022-9999", Xlsx(Milex(x => x.FrontPage[0] = "The SIPRI Military Expenditure Database includes data for 2 countries for the period 2022–9999.")), series);
        yield return Error(W, "regional figure 1e308", Xlsx(Milex(x => Number(x.Sheet(Regional), 5, 2, "1e308"))), series);
        yield return Error(W, "70000-character country name", Xlsx(Milex(x => RenameCountry(x, "India", new string('A', 70_000)))), series);
        yield return Error(W, "201-character country name", Xlsx(Milex(x => RenameCountry(x, "Pakistan", new string('P', 201)))), profile);
        yield return Error(W, "control character (a character reference) in a country name", Xlsx(WithMilexXml("xl/sharedStrings.xml", s => s.Replace(">Pakistan<", ">Paki&#x1B;[2Jstan<", StringComparison.Ordinal))), profile);
        yield return Error(W, "NUL character reference in a country name", Xlsx(WithMilexXml("xl/sharedStrings.xml", s => s.Replace(">Pakistan<", ">Paki&#0;stan<", StringComparison.Ordinal))), profile);
        yield return Error(W, "not a zip (a CSV named .xlsx)", [F("w.xlsx", "Country,2022\nIndia,70\n")], series);
        yield return Error(W, "empty file", [F("w.xlsx", "")], series);
        yield return Error(W, "download cut in half", Xlsx(MilexWorkbook[..(MilexWorkbook.Length / 2)]), series);
        yield return Error(W, "sheet XML cut mid-element", Xlsx(WithMilexPart(ConstantSheet, MilexPart(ConstantSheet)[..(MilexPart(ConstantSheet).Length / 2)])), series);
        yield return Error(W, "DTD with nested entities (billion laughs)", Xlsx(WithMilexXml(ConstantSheet, s => s.Replace("<worksheet ",
            "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><worksheet ", StringComparison.Ordinal))), series);
        yield return Error(W, "external entity (XXE) naming /etc/passwd", Xlsx(WithMilexXml("xl/sharedStrings.xml", s => s.Replace("<sst ", "<!DOCTYPE sst [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><sst ", StringComparison.Ordinal).Replace(">India<", ">&x;<", StringComparison.Ordinal))), series);
        yield return Error(W, "shared-string index beyond the table", Xlsx(WithMilexXml(ConstantSheet, s => Regex.Replace(s, "(<c r=\"A10\" t=\"s\"><v>)\\d+", "${1}999999"))), series);
        yield return Error(W, "negative shared-string index", Xlsx(WithMilexXml(ConstantSheet, s => Regex.Replace(s, "(<c r=\"A10\" t=\"s\"><v>)\\d+", "${1}-1"))), series);
        yield return Error(W, "cell reference 10D", Xlsx(WithMilexXml(ConstantSheet, s => s.Replace("r=\"D10\"", "r=\"10D\"", StringComparison.Ordinal))), series);
        yield return Error(W, "cell reference beyond Excel's last column", Xlsx(WithMilexXml(ConstantSheet, s => s.Replace("r=\"D10\"", "r=\"XFE10\"", StringComparison.Ordinal))), series);
        yield return Error(W, "cell reference on row 99999999999", Xlsx(WithMilexXml(ConstantSheet, s => s.Replace("r=\"D10\"", "r=\"D99999999999\"", StringComparison.Ordinal))), series);
        yield return Error(W, "a cell given twice", Xlsx(WithMilexXml(ConstantSheet, s => s.Replace("<c r=\"D10\"", "<c r=\"D10\"><v>1</v></c><c r=\"D10\"", StringComparison.Ordinal))), series);
        yield return Error(W, "style index 99999999999", Xlsx(WithMilexXml(ConstantSheet, s => s.Replace("<c r=\"D10\"", "<c r=\"D10\" s=\"99999999999\"", StringComparison.Ordinal))), series);
        yield return Error(W, "damaged compressed data in a part", Xlsx(DamagedEntry()), series);
        yield return Error(W, "a folder given as the workbook", [("w.xlsx", null)], series);
        yield return Error(W, "a country not in the workbook", Xlsx(MilexWorkbook), "milex", "series", "Atlantis", "--data", "{dir}/w.xlsx");
        yield return Result(W, "series: the valid workbook", Xlsx(MilexWorkbook), series, "year,value,status\n2022,70,value\n2023,80,value\n2024,90,estimate\n");
        yield return Result(W, "compare: formula-leading country name is neutralised",
            [F("old.xlsx", Milex(x => { RenameCountry(x, "India", "=HYPERLINK(\"http://x\")"); x.FrontPage[3] = x.FrontPage[3].Replace("Database 2025", "Database 2024", StringComparison.Ordinal); })),
             F("w.xlsx", Milex(x => RenameCountry(x, "India", "=HYPERLINK(\"http://x\")")))],
            compare, "'=HYPERLINK(");
        yield return Result(W, "compare: the valid workbook against itself as the 2024 release", [F("old.xlsx", MilexWorkbookOlder), F("w.xlsx", MilexWorkbook)], compare, "India,2022,70,");
        yield return Error(W, "compare: the same release twice", [F("old.xlsx", MilexWorkbook), F("w.xlsx", MilexWorkbook)], compare);
        yield return Error(W, "profile: no year in common with the arms data", Xlsx(MilexWorkbook), "milex", "profile", "Pakistan", "--data", "{dir}/w.xlsx");
        // The synthetic workbook's years (2022-2024) lie beyond the shipped arms extract (1950-2021): a profile is a clear error.
        yield return Error(W, "profile: the valid workbook, beyond the arms data", Xlsx(MilexWorkbook), profile);
    }

    private static IEnumerable<HostileCase> ImtsFiles()
    {
        const string I = "IMF IMTS SDMX-CSV";
        string[] args = ["trade", "summary", "{dir}/i.csv", "--reporter", "PAK", "--partner", "RUS", "--format", "csv"];
        (string, byte[]?)[] Csv(string text) => [F("i.csv", Utf8(text))];
        yield return Error(I, "year 9999", Csv(Field(Imts, 2, 6, "9999")), args);
        yield return Error(I, "year 0001", Csv(Field(Imts, 2, 6, "0001")), args);
        yield return Error(I, "value 1e308", Csv(Field(Imts, 2, 7, "1e308")), args);
        yield return Error(I, "value of 400 digits", Csv(Field(Imts, 2, 7, new string('9', 400))), args);
        yield return Error(I, "negative value", Csv(Field(Imts, 2, 7, "-40.3")), args);
        yield return Error(I, "decimal.MaxValue", Csv(Field(Imts, 2, 7, "79228162514264337593543950335")), args);
        yield return Error(I, "just above 1e15", Csv(Field(Imts, 2, 7, "1000000000000001")), args);
        yield return Error(I, "cut mid-number", Csv(Imts[..Imts.LastIndexOf(",6,", StringComparison.Ordinal)][..^3]), args);
        yield return Error(I, "UNIT_MULT 300", Csv(Field(Imts, 2, 8, "300")), args);
        yield return Error(I, "UNIT_MULT -300", Csv(Field(Imts, 2, 8, "-300")), args);
        yield return Error(I, "70000-character country code", Csv(Field(Imts, 2, 2, new string('P', 70_000))), args);
        yield return Error(I, "control character in the counterpart code", Csv(Field(Imts, 2, 4, "R\u0001US")), args);
        yield return Error(I, "no line break after the last row", Csv(Imts.TrimEnd('\n')), args);
        yield return Error(I, "cut mid-row", Csv(Imts.TrimEnd('\n')[..^40]), args);
        yield return Error(I, "NUL byte", Csv(Field(Imts, 3, 7, "3\u00004")), args);
        yield return Error(I, "UTF-16 without byte-order mark", [F("i.csv", Utf16NoBom(Imts))], args);
        yield return Result(I, "NaN is SDMX's missing observation", Csv(Field(Imts, 2, 7, "NaN")), args, "\n1992,,65.2363966157057,,,,,,,,");
        yield return Result(I, "CR-only line ends", [F("i.csv", Cr(Imts))], args, "period,exports,imports,");
        yield return Result(I, "CRLF line ends", [F("i.csv", Crlf(Imts))], args, "period,exports,imports,");
    }

    private static IEnumerable<HostileCase> Codes()
    {
        const string C = "codes";
        (string, byte[]?)[] none = [];
        yield return Error(C, "70000-character name", none, "codes", new string('A', 70_000));
        yield return Error(C, "NUL in a name", none, "codes", "Paki\0stan");
        yield return Error(C, "escape sequence as the name", none, "codes", "\u001b[2J");
        yield return Error(C, "empty name", none, "codes", "");
        yield return Error(C, "formula as the name", none, "codes", "=cmd|' /C calc'!A0");
        yield return Error(C, "--year 9999", none, "codes", "Pakistan", "--year", "9999");
        yield return Error(C, "--year 0001", none, "codes", "Pakistan", "--year", "0001");
        yield return Error(C, "product without --tables", none, "codes", "010121", "--to", "HS2017");
        yield return Error(C, "product with a missing tables folder", none, "codes", "010121", "--to", "HS2017", "--tables", "{dir}/no-such-folder");
        yield return Error(C, "product to an unknown classification", none, "codes", "010121", "--to", "HS9999", "--tables", "{dir}");
        yield return Result(C, "Pakistan", none, ["codes", "Pakistan", "--format", "json"], "\"iso3\": \"PAK\"");
        yield return Result(C, "Comtrade's 588 used after 1971", none, ["codes", "588", "--year", "1990", "--format", "json"], "\"outsideValidity\"");
    }
}
