namespace TradeArms.Milex;

/// <summary>One country sheet of a milex workbook: its measure, unit (from its own title), years and rows.</summary>
public sealed class MilexSheet
{
    private readonly Dictionary<string, MilexCountryRow> _byCountry;

    internal MilexSheet(MilexMeasure measure, string name, IReadOnlyList<string> notes, MilexUnit unit, YearRange years,
        IReadOnlyList<MilexCountryRow> rows, int cellCount)
    {
        Measure = measure;
        Name = name;
        Notes = notes;
        Unit = unit;
        Years = years;
        Rows = rows;
        CellCount = cellCount;
        _byCountry = rows.ToDictionary(r => r.Country, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The measure.</summary>
    public MilexMeasure Measure { get; }

    /// <summary>The sheet name as published (<c>Constant (2023) US$</c>).</summary>
    public string Name { get; }

    /// <summary>The title and note lines above the header, as published (the title first).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The unit, read from the sheet's title.</summary>
    public MilexUnit Unit { get; }

    /// <summary>The year columns.</summary>
    public YearRange Years { get; }

    /// <summary>The country rows in sheet order.</summary>
    public IReadOnlyList<MilexCountryRow> Rows { get; }

    /// <summary>Every non-empty cell of the sheet (titles, headers, headings, country columns and figures).</summary>
    public int CellCount { get; }

    /// <summary>The number of country-year cells of each status.</summary>
    public IReadOnlyDictionary<MilexStatus, int> StatusCounts =>
        Enum.GetValues<MilexStatus>().ToDictionary(s => s, s => Rows.Sum(r => r.Values.Values.Count(v => v.Status == s)));

    /// <summary>The row of a country by SIPRI's name (case-insensitive), or null.</summary>
    public MilexCountryRow? Find(string country) => _byCountry.GetValueOrDefault(country);
}
