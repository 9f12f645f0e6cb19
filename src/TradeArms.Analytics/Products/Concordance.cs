using System.Collections.Immutable;
using System.Globalization;
using TradeArms.Text;

namespace TradeArms.Products;

/// <summary>
/// A correlation table between two classifications (UNSD's HS2022-HS2017, HS2022-HS1992, HS2017-HS1992, HS-SITC and
/// HS-BEC tables): its links as published, their relationships, and conversion of values that never drops a code.
/// </summary>
/// <remarks>
/// A source code with one target passes its value on whole (1:1, or merged with others into an n:1 target). A code with
/// several targets (1:n, n:n) is split: equally by default, or by <see cref="ConversionWeights"/> (trade-weighted); each
/// part is rounded to 6 decimals and the last target receives the remainder, so the parts add up exactly. A code the table lacks is reported as unmapped with
/// its value.
/// </remarks>
public sealed class Concordance
{
    private readonly ImmutableDictionary<string, ImmutableArray<string>> _targets;
    private readonly Dictionary<string, List<string>> _sources;

    private Concordance(Classification from, Classification to, ImmutableArray<ConcordanceLink> links, string source)
    {
        From = from;
        To = to;
        Links = links;
        Source = source;
        _targets = links.GroupBy(l => l.From, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.Select(l => l.To).Distinct().ToImmutableArray(), StringComparer.Ordinal);
        _sources = links.GroupBy(l => l.To, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(l => l.From).Distinct().ToList(), StringComparer.Ordinal);
        Computed = ComputeRelationships(links, _targets, _sources);
    }

    /// <summary>The source classification.</summary>
    public Classification From { get; }

    /// <summary>The target classification.</summary>
    public Classification To { get; }

    /// <summary>The links, in table order.</summary>
    public ImmutableArray<ConcordanceLink> Links { get; }

    /// <summary>The file the table was read from.</summary>
    public string Source { get; }

    /// <summary>The relationship of each link computed from the table's structure (its source's targets, its target's sources), in link order.</summary>
    public ImmutableArray<LinkRelationship> Computed { get; }

    /// <summary>The number of links of each published relationship (links without one are not counted).</summary>
    public IReadOnlyDictionary<LinkRelationship, int> PublishedCounts =>
        Links.Where(l => l.Published is not null).GroupBy(l => l.Published!.Value).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The links whose published relationship differs from the one their structure gives.</summary>
    public IEnumerable<(ConcordanceLink Link, LinkRelationship Computed)> Mismatches =>
        Links.Zip(Computed).Where(x => x.First.Published is { } p && p != x.Second);

    /// <summary>The target codes of a source code (empty when the table lacks it).</summary>
    public ImmutableArray<string> Targets(string code) => _targets.TryGetValue(code, out var t) ? t : [];

    /// <summary>The same links read the other way (HS2017 to HS2022 from the HS2022-HS2017 table); relationships are mirrored.</summary>
    public Concordance Reverse() => new(To, From,
        [.. Links.Select(l => l with { From = l.To, To = l.From, Published = l.Published switch { LinkRelationship.ManyToOne => LinkRelationship.OneToMany, LinkRelationship.OneToMany => LinkRelationship.ManyToOne, var p => p } })],
        Source);

    /// <summary>Converts values by source code; see the remarks for the rules.</summary>
    public ConcordanceConversion Convert(IEnumerable<(string Code, Money Value)> values, ConversionWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var steps = new List<ConversionStep>();
        var totals = new SortedDictionary<string, Money>(StringComparer.Ordinal);
        foreach (var (code, value) in values)
        {
            var targets = Targets(code);
            if (targets.IsEmpty)
            {
                steps.Add(new ConversionStep(code, value, [], $"unmapped: {code} is not a {From} code of {Path.GetFileName(Source)}"));
                continue;
            }
            IReadOnlyList<decimal> shares;
            string rule;
            if (targets.Length == 1)
            {
                shares = [1m];
                rule = _sources[targets[0]].Count > 1 ? "merged (n:1)" : "1:1";
            }
            else if (weights is not null)
            {
                shares = weights.Shares(targets, out var equal);
                rule = equal ? $"split equally among {targets.Length} (no weight for any target in {weights.Description})" : $"split by weights ({weights.Description})";
            }
            else
            {
                shares = [.. targets.Select(_ => 1m / targets.Length)];
                rule = $"split equally among {targets.Length}";
            }
            var parts = new List<(string, Money)>();
            var rest = value.Amount;
            for (var i = 0; i < targets.Length; i++)
            {
                var amount = i == targets.Length - 1 ? rest : Math.Round(value.Amount * shares[i], 6, MidpointRounding.ToEven);
                rest -= amount;
                var part = new Money(amount, value.Unit);
                parts.Add((targets[i], part));
                totals[targets[i]] = totals.TryGetValue(targets[i], out var t) ? t + part : part;
            }
            steps.Add(new ConversionStep(code, value, parts, rule));
        }
        return new ConcordanceConversion(From, To, [.. totals.Select(t => (t.Key, t.Value))], [.. steps]);
    }

    /// <summary>Builds a table from links read elsewhere (e.g. an .xls table read with a spreadsheet library).</summary>
    /// <exception cref="ArgumentException">A relationship is not 1:1, n:1, 1:n or n:n.</exception>
    public static Concordance FromLinks(Classification from, Classification to, IEnumerable<(string From, string To, string? Relationship, int Line)> links, string source)
    {
        ArgumentNullException.ThrowIfNull(links);
        return new Concordance(from, to, [.. links.Select(l => new ConcordanceLink(l.From, l.To,
            l.Relationship is { Length: > 0 } r ? ParseRelationship(r) ?? throw new ArgumentException($"Line {l.Line}: expected a relationship 1:1, n:1, 1:n or n:n, found '{r}'.", nameof(links)) : null, l.Line))], source);
    }

    /// <summary>
    /// Reads the "Correlation" sheet of a UNSD conversion and correlation workbook (.xlsx): a title row, a header row
    /// naming the two classifications (<c>HS 2022 | HS 2017 | Relationship</c>, <c>HS 2022 | SITC Rev. 3 | Relationship</c>), then links.
    /// </summary>
    /// <exception cref="DataFormatException">No correlation sheet, unknown classification names, or a malformed row.</exception>
    public static Concordance ReadUnsdWorkbook(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var sheets = XlsxWorkbook.Read(path);
        var (name, rows) = sheets.FirstOrDefault(s => s.Key.Contains("Correlation", StringComparison.OrdinalIgnoreCase));
        if (rows is null)
        {
            throw new DataFormatException(path, 0, 0, "a sheet named '... Correlation(s) ...'", string.Join(", ", sheets.Keys));
        }
        var source = $"{path} [{name}]";
        var headerIndex = rows.FindIndex(r => r.Cells.Length >= 3 && r.Cells[2].Trim() == "Relationship");
        if (headerIndex < 0)
        {
            throw new DataFormatException(source, 0, 0, "a header row ending with 'Relationship'", null);
        }
        return Parse(source, rows[headerIndex].Row, rows[headerIndex].Cells, rows.Skip(headerIndex + 1).Select(r => (r.Row, r.Cells)));
    }

    /// <summary>Reads a UNSD correlation table saved as CSV (<c>HS 2022,BEC 4,Relationship</c>); blank lines are skipped.</summary>
    /// <exception cref="DataFormatException">Unknown classification names or a malformed row.</exception>
    public static Concordance ReadUnsdCsv(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var lines = CsvTokenizer.Split(TextSource.ReadAllText(path), ',', path).Where(l => !l.IsBlank).ToList();
        if (lines.Count == 0)
        {
            throw new DataFormatException(path, 1, 0, "a header 'HS 2022,BEC 4,Relationship'", null);
        }
        return Parse(path, lines[0].Number, [.. lines[0].Fields.Select(f => f.TrimStart('\uFEFF'))], lines.Skip(1).Select(l => (l.Number, l.Fields.ToArray())));
    }

    private static Concordance Parse(string source, int headerRow, string[] header, IEnumerable<(int Row, string[] Cells)> rows)
    {
        if (header.Length < 3 || !TryClassification(header[0], out var from) || !TryClassification(header[1], out var to))
        {
            throw new DataFormatException(source, headerRow, 1, "two classification names (HS 2022, HS 1992, SITC Rev. 3, BEC 4) and 'Relationship'", string.Join(" | ", header));
        }
        var links = new List<ConcordanceLink>();
        foreach (var (row, cells) in rows)
        {
            if (cells.All(c => c.Trim().Length == 0))
            {
                continue;
            }
            string Cell(int i) => i < cells.Length ? cells[i].Trim() : "";
            var a = Cell(0);
            var b = Cell(1);
            if (a.Length == 0 || !a.All(char.IsAsciiDigit))
            {
                throw new DataFormatException(source, row, 1, $"a {from} code of digits", a);
            }
            if (b.Length == 0 || !b.All(char.IsAsciiDigit))
            {
                throw new DataFormatException(source, row, 2, $"a {to} code of digits", b);
            }
            LinkRelationship? relationship = Cell(2).Length == 0 ? null : ParseRelationship(Cell(2)) ?? throw new DataFormatException(source, row, 3, "a relationship 1:1, n:1, 1:n or n:n", Cell(2));
            links.Add(new ConcordanceLink(a, b, relationship, row));
        }
        return new Concordance(from, to, [.. links], source);
    }

    private static bool TryClassification(string header, out Classification classification)
    {
        var t = header.Trim().Replace("SITC Rev. ", "SITC", StringComparison.OrdinalIgnoreCase).Replace("BEC 4", "BEC", StringComparison.OrdinalIgnoreCase);
        return Classification.TryParse(t, out classification);
    }

    private static LinkRelationship? ParseRelationship(string text) => text.Trim().ToLowerInvariant() switch
    {
        "1:1" => LinkRelationship.OneToOne,
        "n:1" => LinkRelationship.ManyToOne,
        "1:n" => LinkRelationship.OneToMany,
        "n:n" => LinkRelationship.ManyToMany,
        _ => null,
    };

    private static ImmutableArray<LinkRelationship> ComputeRelationships(ImmutableArray<ConcordanceLink> links,
        ImmutableDictionary<string, ImmutableArray<string>> targets, Dictionary<string, List<string>> sources) =>
        // UNSD's rule: how many targets the link's source code has, and how many sources its target code has.
        [.. links.Select(l => (targets[l.From].Length, sources[l.To].Count) switch
        {
            (1, 1) => LinkRelationship.OneToOne,
            (1, _) => LinkRelationship.ManyToOne,
            (_, 1) => LinkRelationship.OneToMany,
            _ => LinkRelationship.ManyToMany,
        })];

    /// <summary>The table's name, e.g. <c>HS2022 to HS2017 (15657 links)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{From} to {To} ({Links.Length} links)");
}
