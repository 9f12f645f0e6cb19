using System.Globalization;
using TradeArms.Matrix;
using TradeArms.Text;

namespace TradeArms.Columnar;

/// <summary>
/// The tidy column layout shared by the Parquet and Arrow files: one row per pair and period where exports or imports
/// are given; <c>reporter</c>, <c>partner</c> (strings), <c>year</c> (int32: the calendar year, or the start year of a
/// fiscal year), <c>exports</c> and <c>imports</c> (nullable float64: null is missing), optionally
/// <c>exports_estimated</c>/<c>imports_estimated</c> (booleans, when the source marks estimates) and, for summaries,
/// <c>balance</c>, <c>turnover</c>, <c>coverage</c>, <c>normalised_balance</c>. The unit, the source and the fiscal
/// convention travel as key-value metadata (<c>tradearms.unit</c>, ...).
/// </summary>
internal static class MatrixColumns
{
    public const string UnitKey = "tradearms.unit";
    public const string CitationKey = "tradearms.source";
    public const string VintageKey = "tradearms.vintage";
    public const string FiscalKey = "tradearms.fiscal_year_start_month";

    /// <summary>Rows per Arrow record batch (the Parquet writer has its own row groups, see <c>MatrixParquetWriter</c>).</summary>
    public const int BatchRows = 1 << 18;

    public static Dictionary<string, string> Metadata(BilateralTradeMatrix matrix)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [UnitKey] = matrix.Unit.ToString(),
            [CitationKey] = matrix.Source.Citation,
        };
        if (matrix.Source.Vintage is { } v)
        {
            metadata[VintageKey] = v;
        }
        if (matrix.PeriodKind == PeriodKind.FiscalYear)
        {
            metadata[FiscalKey] = matrix.Periods[0].FiscalYear.Convention.StartMonth.ToString(CultureInfo.InvariantCulture);
        }
        return metadata;
    }

    /// <summary>The (pair, period) cells written, in pair then period order: those with exports or imports; yielded in
    /// batches of about <see cref="BatchRows"/> rows (the list is refilled for each batch).</summary>
    public static IEnumerable<int> Batches(BilateralTradeMatrix matrix, List<(int Pair, int Period)> cells)
    {
        cells.Clear();
        for (var pair = 0; pair < matrix.PairCount; pair++)
        {
            AddCells(matrix, pair, cells);
            if (cells.Count >= BatchRows)
            {
                yield return cells.Count;
                cells.Clear();
            }
        }
        if (cells.Count > 0)
        {
            yield return cells.Count;
        }
    }

    private static void AddCells(BilateralTradeMatrix matrix, int pair, List<(int Pair, int Period)> cells)
    {
        var x = matrix.Values(pair, TradeFlow.Exports);
        var m = matrix.Values(pair, TradeFlow.Imports);
        for (var t = 0; t < x.Length; t++)
        {
            if (!double.IsNaN(x[t]) || !double.IsNaN(m[t]))
            {
                cells.Add((pair, t));
            }
        }
    }

    /// <summary>A builder for a matrix read back, with the unit and source from the metadata where present.</summary>
    public static (TradeMatrixBuilder Builder, FiscalYearConvention? Fiscal) Builder(IReadOnlyDictionary<string, string>? metadata, string source, MoneyUnit? unit, DataSource? dataSource)
    {
        MoneyUnit resolved;
        if (metadata is not null && metadata.TryGetValue(UnitKey, out var unitText))
        {
            if (!MoneyUnit.TryParse(unitText, out resolved))
            {
                throw new DataFormatException(source, 0, 0, "a money unit in the file's metadata", unitText);
            }
            if (unit is { } u && u != resolved)
            {
                throw new DataFormatException(source, 0, 0, $"the unit {u}", unitText);
            }
        }
        else
        {
            resolved = unit ?? throw new DataFormatException(source, 0, 0, "the unit of the values (tradearms.unit metadata, or the unit argument)", null);
        }
        FiscalYearConvention? fiscal = null;
        if (metadata is not null && metadata.TryGetValue(FiscalKey, out var month))
        {
            fiscal = new FiscalYearConvention(int.Parse(month, NumberStyles.None, CultureInfo.InvariantCulture));
        }
        var ds = dataSource ?? (metadata is not null && metadata.TryGetValue(CitationKey, out var citation)
            ? new DataSource(citation, metadata.TryGetValue(VintageKey, out var vintage) ? vintage : null, null, source)
            : new DataSource(Path.GetFileName(source), null, null, source));
        return (new TradeMatrixBuilder(resolved, ds), fiscal);
    }

    public static Period Period(int year, FiscalYearConvention? fiscal) =>
        fiscal is { } f ? TradeArms.Period.Of(new FiscalYear(year, f)) : TradeArms.Period.Of(new CalendarYear(year));
}
