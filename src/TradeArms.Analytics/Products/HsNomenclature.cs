using System.Collections.Frozen;
using System.Text.Json;
using TradeArms.Text;

namespace TradeArms.Products;

/// <summary>
/// The codes of one HS vintage with descriptions, parents and sections: from the HS2022 list of the datasets/harmonized-system
/// package (<c>section,hscode,description,parent,level</c> with <c>sections.csv</c>), or from UN Comtrade's classification
/// lists (<c>classificationH0.json</c> .. <c>classificationH6.json</c>: <c>results[{id,text,parent}]</c>, no sections).
/// </summary>
public sealed class HsNomenclature
{
    private readonly FrozenDictionary<string, HsEntry> _entries;

    private HsNomenclature(Classification classification, IEnumerable<HsEntry> entries, IReadOnlyList<HsSection> sections)
    {
        Classification = classification;
        _entries = entries.ToFrozenDictionary(e => e.Code.Code, StringComparer.Ordinal);
        Sections = sections;
    }

    /// <summary>The vintage.</summary>
    public Classification Classification { get; }

    /// <summary>The sections (empty for Comtrade's lists, which have none).</summary>
    public IReadOnlyList<HsSection> Sections { get; }

    /// <summary>Every code, chapters, headings and subheadings.</summary>
    public IEnumerable<HsEntry> Entries => _entries.Values.OrderBy(e => e.Code.Code, StringComparer.Ordinal);

    /// <summary>The number of codes at a level.</summary>
    public int Count(ProductLevel level) => _entries.Values.Count(e => e.Code.Level == level);

    /// <summary>The entry of a code, or null when the vintage has no such code.</summary>
    public HsEntry? Find(string code) => _entries.GetValueOrDefault(code);

    /// <summary>The section of a code (through its chapter), or null.</summary>
    public HsSection? SectionOf(string code)
    {
        var chapter = code.Length >= 2 ? Find(code[..2]) : null;
        return chapter?.Section is { } numeral ? Sections.FirstOrDefault(s => s.Numeral == numeral) : null;
    }

    /// <summary>Reads the HS2022 list of the datasets/harmonized-system package and, optionally, its sections.</summary>
    /// <exception cref="DataFormatException">A file is not laid out as expected.</exception>
    public static HsNomenclature ReadHarmonizedSystemCsv(string codesCsv, string? sectionsCsv = null)
    {
        ArgumentNullException.ThrowIfNull(codesCsv);
        var lines = CsvTokenizer.Split(TextSource.ReadAllText(codesCsv), ',', codesCsv).Where(l => !l.IsBlank).ToList();
        if (lines.Count == 0 || !lines[0].Fields.SequenceEqual(["section", "hscode", "description", "parent", "level"]))
        {
            throw new DataFormatException(codesCsv, 1, 0, "the header section,hscode,description,parent,level", lines.Count == 0 ? null : lines[0].Text);
        }
        var entries = new List<HsEntry>();
        foreach (var line in lines.Skip(1))
        {
            var code = line[1];
            if (code == ProductCode.TotalCode)
            {
                continue;
            }
            if (code.Length is not (2 or 4 or 6) || !code.All(char.IsAsciiDigit) || line[4] != code.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                throw new DataFormatException(codesCsv, line.Number, 2, "an HS code of 2, 4 or 6 digits matching its level", code);
            }
            entries.Add(new HsEntry(new ProductCode(code, Classification.Hs2022), line[2], line[3], line[0]));
        }
        var sections = new List<HsSection>();
        if (sectionsCsv is not null)
        {
            var rows = CsvTokenizer.Split(TextSource.ReadAllText(sectionsCsv), ',', sectionsCsv).Where(l => !l.IsBlank).ToList();
            if (rows.Count == 0 || !rows[0].Fields.Select(f => f.TrimStart('\uFEFF')).SequenceEqual(["section", "name"]))
            {
                throw new DataFormatException(sectionsCsv, 1, 0, "the header section,name", rows.Count == 0 ? null : rows[0].Text);
            }
            sections.AddRange(rows.Skip(1).Select(r => new HsSection(r[0], r[1])));
        }
        return new HsNomenclature(Classification.Hs2022, entries, sections);
    }

    /// <summary>
    /// Reads a UN Comtrade classification list (<c>classCode</c> H0..H6). The pseudo-codes ALL, TOTAL, AG2, AG4, AG6 are
    /// skipped; Comtrade's own non-WCO codes (text ending <c>**LEGACY NON-WCO CODE**</c>) are kept, as Comtrade reports them.
    /// </summary>
    /// <exception cref="DataFormatException">Not a Comtrade classification list.</exception>
    public static HsNomenclature ReadComtradeList(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = Economies.EconomyRegistry.ParseJson(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("classCode", out var classCode) || !root.TryGetProperty("results", out var results)
            || !Classification.TryParse(classCode.GetString(), out var classification))
        {
            throw new DataFormatException(json, 0, 0, "a Comtrade classification list with classCode H0..H6 and results", null);
        }
        var entries = new List<HsEntry>();
        foreach (var r in results.EnumerateArray())
        {
            var id = r.GetProperty("id").GetString() ?? "";
            if (id.Length is not (2 or 4 or 6) || !id.All(char.IsAsciiDigit))
            {
                continue;
            }
            var text = r.GetProperty("text").GetString() ?? "";
            var description = text.StartsWith(id + " - ", StringComparison.Ordinal) ? text[(id.Length + 3)..] : text;
            entries.Add(new HsEntry(new ProductCode(id, classification), description, r.GetProperty("parent").GetString() ?? "", null));
        }
        return new HsNomenclature(classification, entries, []);
    }
}
