using TradeArms.Economies;

namespace TradeArms.Sources;

/// <summary>Maps a file's economy codes through the code model and keeps every unmapped code with the value it carries.</summary>
internal sealed class EconomyMapper(EconomyRegistry registry, EconomyCodeSystem system)
{
    private readonly Dictionary<(string Code, int Year), CodeResolution> _cache = [];
    private readonly Dictionary<string, Pending> _unmapped = new(StringComparer.Ordinal);

    public Economy? Map(string code, int year) => Resolve(code, year).Economy;

    private CodeResolution Resolve(string code, int year)
    {
        if (!_cache.TryGetValue((code, year), out var resolution))
        {
            resolution = registry.Resolve(system, code, year);
            _cache[(code, year)] = resolution;
        }
        return resolution;
    }

    /// <summary>Counts the record's reporter and partner codes that did not map, or mapped outside their years.</summary>
    public void Track(TradeRecord record, string? reporterLabel, string? partnerLabel)
    {
        Track(record.ReporterCode, record.Period.Year, record.Line, record.Value?.Value, reporterLabel);
        Track(record.PartnerCode, record.Period.Year, record.Line, record.Value?.Value, partnerLabel);
    }

    /// <summary>True when a code maps in a year and is valid then (nothing to track).</summary>
    public bool IsClean(string code, int year) => Resolve(code, year) is { IsMapped: true, OutsideValidity: false };

    /// <summary>Counts one code of a record (on <paramref name="line"/>, carrying <paramref name="value"/>) if it did not map or mapped outside its years.</summary>
    public void Track(string code, int year, int line, Money? value, string? label)
    {
        var r = Resolve(code, year);
        if (r.IsMapped && !r.OutsideValidity)
        {
            return;
        }
        if (!_unmapped.TryGetValue(code, out var entry))
        {
            entry = new Pending(label, line, r.IsMapped ? $"{r.Rule}, used in {year}" : r.Rule);
            _unmapped[code] = entry;
        }
        entry.Rows++;
        if (value is { } v)
        {
            entry.Sums[v.Unit] = entry.Sums.TryGetValue(v.Unit, out var s) ? s + v : v;
        }
    }

    public IEnumerable<UnmappedCode> Unmapped() => _unmapped.OrderBy(u => u.Value.FirstLine).Select(u =>
        new UnmappedCode(system, u.Key, u.Value.Label, u.Value.Rows, [.. u.Value.Sums.Values], u.Value.FirstLine, u.Value.Reason));

    private sealed class Pending(string? label, int firstLine, string reason)
    {
        public string? Label { get; } = label;

        public int FirstLine { get; } = firstLine;

        public string Reason { get; } = reason;

        public int Rows { get; set; }

        public Dictionary<MoneyUnit, Money> Sums { get; } = [];
    }
}
