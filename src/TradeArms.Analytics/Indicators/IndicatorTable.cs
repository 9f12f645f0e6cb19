using System.Collections.Immutable;
using Microsoft.Data.Analysis;

namespace TradeArms.Indicators;

/// <summary>
/// The result of a trade indicator for every row it applies to (every pair, exporter-product or exporter), held as
/// columns: year, reporter, partner or product, and one or more value columns. An undefined value (a zero denominator)
/// is stored as undefined with its reason, never as NaN, infinity or zero.
/// </summary>
public sealed class IndicatorTable : IAnalysisResult
{
    private readonly ProductFlows _flows;
    private readonly int[] _years;
    private readonly int[] _reporters;
    private readonly int[]? _partners;
    private readonly int[]? _products;
    private readonly double[][] _values;
    private readonly byte[] _undefined;
    private readonly ImmutableArray<string> _reasons;
    private readonly IReadOnlyList<string> _ownNotes;

    internal IndicatorTable(TradeIndicator indicator, string title, ProductFlows flows, IReadOnlyList<string> notes, ImmutableArray<string> columns,
        int count, int[] years, int[] reporters, int[]? partners, int[]? products, double[][] values, byte[] undefined, ImmutableArray<string> reasons)
    {
        Indicator = indicator;
        Title = title;
        _flows = flows;
        _ownNotes = notes;
        Notes = [.. flows.Notes, .. notes, .. columns.Contains("exports") ? [$"Exports and imports in {flows.Unit}."] : Array.Empty<string>()];
        Columns = columns;
        Count = count;
        _years = years;
        _reporters = reporters;
        _partners = partners;
        _products = products;
        _values = values;
        _undefined = undefined;
        _reasons = reasons;
        var covered = flows.YearsCovered;
        Window = covered.Count == 0 ? "" : covered[0] == covered[^1] ? covered[0].ToString(System.Globalization.CultureInfo.InvariantCulture)
            : $"{covered[0]}-{covered[^1]}";
    }

    /// <summary>The indicator.</summary>
    public TradeIndicator Indicator { get; }

    /// <inheritdoc/>
    public string Title { get; }

    /// <summary>The indicators are ratios; value columns in money (exports, imports) are in <see cref="ProductFlows.Unit"/>.</summary>
    public Measure Measure => Measure.Ratio;

    /// <inheritdoc/>
    public string Window { get; }

    /// <inheritdoc/>
    public DataSource Source => _flows.Source;

    /// <summary>What the reader must know: the flows' notes (unmapped codes, levels summed), the indicator's own, and the unit of the money columns.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>How many rows are undefined (n/a), per reason: <c>n/a in 1 row: the pair has no trade in either direction.</c></summary>
    public IReadOnlyList<string> Summary =>
    [
        .. Enumerable.Range(0, Count).Select(Undefined).OfType<string>().GroupBy(u => u, StringComparer.Ordinal)
            .Select(u => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"n/a in {u.Count()} row{(u.Count() == 1 ? "" : "s")}: {u.Key.TrimEnd('.')}.")),
    ];

    /// <summary>The table as text (<see cref="Rendering.TableRenderer"/>).</summary>
    public override string ToString() => Rendering.TableRenderer.Render(this);

    /// <summary>The names of the value columns (e.g. <c>exports</c>, <c>imports</c>, <c>gl</c>).</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>True when rows have a partner (pairs).</summary>
    public bool HasPartner => _partners is not null;

    /// <summary>True when rows have a product.</summary>
    public bool HasProduct => _products is not null;

    /// <summary>The number of rows.</summary>
    public int Count { get; }

    /// <summary>The unit of the money columns.</summary>
    public MoneyUnit Unit => _flows.Unit;

    /// <summary>The year of a row.</summary>
    public int Year(int row) => _years[row];

    /// <summary>The reporter's code of a row.</summary>
    public string Reporter(int row) => _flows.Economies[_reporters[row]];

    /// <summary>The partner's code of a row, or null.</summary>
    public string? Partner(int row) => _partners is null ? null : _flows.Economies[_partners[row]];

    /// <summary>The product code of a row, or null.</summary>
    public string? Product(int row) => _products is null || _products[row] < 0 ? null : _flows.ProductCodes[_products[row]];

    /// <summary>The value of a row in a column; null when undefined.</summary>
    public double? Value(int row, int column)
    {
        var v = _values[column][row];
        return double.IsNaN(v) ? null : v;
    }

    /// <summary>The value of a row in a named column; null when undefined.</summary>
    /// <exception cref="ArgumentException">No such column.</exception>
    public double? Value(int row, string column)
    {
        var c = Columns.IndexOf(column);
        return c < 0 ? throw new ArgumentException($"No column '{column}'; the columns are {string.Join(", ", Columns)}.", nameof(column)) : Value(row, c);
    }

    /// <summary>Why a row's indicator is undefined, or null when it is defined.</summary>
    public string? Undefined(int row) => _undefined[row] == 0 ? null : _reasons[_undefined[row] - 1];

    /// <summary>One row as a value.</summary>
    public IndicatorRow this[int row] => new(Year(row), Reporter(row), Partner(row), Product(row),
        [.. Enumerable.Range(0, Columns.Length).Select(c => Value(row, c))], Undefined(row));

    /// <summary>
    /// The rows given, in the order given, as a table of their own with the same title, columns, notes and source (e.g.
    /// the rows of <see cref="Where"/> for one year and reporter), so that a selection renders like any result.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A row is not in the table.</exception>
    public IndicatorTable Subset(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var r in rows)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(r, nameof(rows));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(r, Count, nameof(rows));
        }
        int[] Pick(int[] column) => [.. rows.Select(r => column[r])];
        return new IndicatorTable(Indicator, Title, _flows, _ownNotes, Columns, rows.Count, Pick(_years), Pick(_reporters),
            _partners is null ? null : Pick(_partners), _products is null ? null : Pick(_products),
            [.. _values.Select(v => rows.Select(r => v[r]).ToArray())], [.. rows.Select(r => _undefined[r])], _reasons);
    }

    /// <summary>The rows in order (year, reporter, partner or product).</summary>
    public IEnumerable<IndicatorRow> Rows => Enumerable.Range(0, Count).Select(r => this[r]);

    /// <summary>The first row matching the codes given (null: any), or null when none does.</summary>
    public IndicatorRow? Find(int? year = null, string? reporter = null, string? partner = null, string? product = null)
    {
        var r = IndexOf(year, reporter, partner, product);
        return r < 0 ? null : this[r];
    }

    /// <summary>The rows matching the codes given (null: any), in order.</summary>
    public IEnumerable<int> Where(int? year = null, string? reporter = null, string? partner = null, string? product = null)
    {
        var i = reporter is null ? -2 : _flows.EconomyId(reporter);
        var j = partner is null ? -2 : _flows.EconomyId(partner);
        var k = product is null ? -2 : _flows.ProductCodes.IndexOf(product);
        for (var r = 0; r < Count; r++)
        {
            if ((year is null || _years[r] == year) && (i == -2 || _reporters[r] == i) && (j == -2 || (_partners is not null && _partners[r] == j))
                && (k == -2 || (_products is not null && _products[r] == k)))
            {
                yield return r;
            }
        }
    }

    /// <summary>
    /// The rows matching the codes given with the largest defined values of a column, largest first (ties in row order),
    /// at most <paramref name="count"/>: e.g. an exporter's products with the highest RCA.
    /// </summary>
    /// <exception cref="ArgumentException">No such column.</exception>
    public IReadOnlyList<int> Largest(string column, int count, int? year = null, string? reporter = null, string? partner = null)
    {
        var c = Columns.IndexOf(column);
        if (c < 0)
        {
            throw new ArgumentException($"No column '{column}'; the columns are {string.Join(", ", Columns)}.", nameof(column));
        }
        return [.. Where(year, reporter, partner).Where(r => !double.IsNaN(_values[c][r])).OrderByDescending(r => _values[c][r]).Take(count)];
    }

    private int IndexOf(int? year, string? reporter, string? partner, string? product)
    {
        foreach (var r in Where(year, reporter, partner, product))
        {
            return r;
        }
        return -1;
    }

    /// <summary>
    /// The rows as a DataFrame: <c>year</c>, <c>reporter</c>, <c>partner</c> and/or <c>product</c> where the indicator has
    /// them, one double column per value column (null = undefined) and <c>undefined</c> (the reason, or empty).
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var rows = Enumerable.Range(0, Count).ToList();
        var columns = new List<DataFrameColumn>
        {
            new Int32DataFrameColumn("year", rows.Select(r => _years[r])),
            new StringDataFrameColumn("reporter", rows.Select(Reporter)),
        };
        if (HasPartner)
        {
            columns.Add(new StringDataFrameColumn("partner", rows.Select(Partner)));
        }
        if (HasProduct)
        {
            columns.Add(new StringDataFrameColumn("product", rows.Select(Product)));
        }
        for (var c = 0; c < Columns.Length; c++)
        {
            var column = c;
            columns.Add(new DoubleDataFrameColumn(Columns[c], rows.Select(r => Value(r, column))));
        }
        columns.Add(new StringDataFrameColumn("undefined", rows.Select(r => Undefined(r) ?? "")));
        return new DataFrame(columns);
    }
}
