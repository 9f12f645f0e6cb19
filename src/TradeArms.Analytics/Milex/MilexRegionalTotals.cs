namespace TradeArms.Milex;

/// <summary>
/// The "Regional totals" sheet: SIPRI's estimates of world, regional and subregional totals in US$ billion at the
/// release's constant prices, with the last year repeated at current prices in its own column, and the countries each
/// total omits.
/// </summary>
public sealed class MilexRegionalTotals
{
    internal MilexRegionalTotals(IReadOnlyList<string> notes, MoneyUnit unit, MoneyUnit lastYearUnit, YearRange years,
        IReadOnlyList<MilexRegionRow> rows, int cellCount)
    {
        Notes = notes;
        Unit = unit;
        LastYearUnit = lastYearUnit;
        Years = years;
        Rows = rows;
        CellCount = cellCount;
    }

    /// <summary>The title and note lines above the header, as published.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The unit of the year columns (constant (2023) US$ billion).</summary>
    public MoneyUnit Unit { get; }

    /// <summary>The unit of the extra last-year column (US$ billion at current prices).</summary>
    public MoneyUnit LastYearUnit { get; }

    /// <summary>The year columns at constant prices.</summary>
    public YearRange Years { get; }

    /// <summary>The rows: World, the regions and subregions.</summary>
    public IReadOnlyList<MilexRegionRow> Rows { get; }

    /// <summary>Every non-empty cell of the sheet.</summary>
    public int CellCount { get; }

    /// <summary>The number of region-year cells of each status (the current-price column included).</summary>
    public IReadOnlyDictionary<MilexStatus, int> StatusCounts =>
        Enum.GetValues<MilexStatus>().ToDictionary(s => s, s => Rows.Sum(r => r.Values.Values.Count(v => v.Status == s) + (r.LastYearCurrent.Status == s ? 1 : 0)));
}
