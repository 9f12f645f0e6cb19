using System.Collections.Immutable;
using System.Globalization;
using TradeArms.Products;

namespace TradeArms.Indicators;

/// <summary>
/// Collects the cells of a <see cref="ProductFlows"/> matrix one at a time (in any order) and builds the sorted columns.
/// Economy and product codes are encoded into integers as they arrive.
/// </summary>
public sealed class ProductFlowsBuilder
{
    private readonly Dictionary<string, ushort> _economyIds = new(StringComparer.Ordinal);
    private readonly List<string> _economies = [];
    private readonly List<bool> _aggregates = [];
    private readonly Dictionary<string, int> _productIds = new(StringComparer.Ordinal);
    private readonly List<string> _products = [];
    private readonly List<string> _notes = [];
    private readonly MoneyUnit _unit;
    private readonly DataSource _source;
    private short[] _years;
    private ushort[] _exporters;
    private ushort[] _importers;
    private int[] _productColumn;
    private double[] _values;
    private int _count;

    /// <summary>Starts an empty matrix in a unit, from a source; <paramref name="capacity"/> is a hint of the number of cells.</summary>
    public ProductFlowsBuilder(MoneyUnit unit, DataSource source, int capacity = 16)
    {
        ArgumentNullException.ThrowIfNull(source);
        _unit = unit;
        _source = source;
        capacity = Math.Max(capacity, 16);
        _years = GC.AllocateUninitializedArray<short>(capacity);
        _exporters = GC.AllocateUninitializedArray<ushort>(capacity);
        _importers = GC.AllocateUninitializedArray<ushort>(capacity);
        _productColumn = GC.AllocateUninitializedArray<int>(capacity);
        _values = GC.AllocateUninitializedArray<double>(capacity);
    }

    /// <summary>The HS level of the products, when known (null: mixed or not HS).</summary>
    public ProductLevel? Level { get; init; }

    /// <summary>When true, a cell given twice is summed (aggregation to a coarser level); otherwise it is an error.</summary>
    public bool SumDuplicates { get; init; }

    /// <summary>The number of cells added so far.</summary>
    public int Count => _count;

    /// <summary>Adds a note that travels with the matrix (and with every result computed from it).</summary>
    public void Note(string note) => _notes.Add(note ?? throw new ArgumentNullException(nameof(note)));

    /// <summary>Adds one cell: the value of <paramref name="exporter"/>'s exports of <paramref name="product"/> to <paramref name="importer"/> in a year.</summary>
    /// <exception cref="ArgumentException">The value is negative, NaN or infinite, exporter and importer are the same, or the year is outside 1800-2200.</exception>
    public void Add(int year, string exporter, string importer, string product, double value, bool exporterIsAggregate = false, bool importerIsAggregate = false)
    {
        ArgumentNullException.ThrowIfNull(product);
        if (string.Equals(exporter, importer, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{exporter} cannot export to itself ({product}, {year}).", nameof(importer));
        }
        Add(year, EconomyId(exporter, exporterIsAggregate), EconomyId(importer, importerIsAggregate), ProductId(product), value);
    }

    internal ushort EconomyId(string code, bool aggregate)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!_economyIds.TryGetValue(code, out var id))
        {
            if (_economies.Count == ushort.MaxValue)
            {
                throw new InvalidOperationException("A product matrix holds at most 65,535 economies.");
            }
            id = (ushort)_economies.Count;
            _economyIds.Add(code, id);
            _economies.Add(code);
            _aggregates.Add(aggregate);
        }
        else if (aggregate)
        {
            _aggregates[id] = true;
        }
        return id;
    }

    internal int ProductId(string code)
    {
        if (!_productIds.TryGetValue(code, out var id))
        {
            if (_products.Count == 1 << 20)
            {
                throw new InvalidOperationException("A product matrix holds at most 1,048,576 product codes.");
            }
            id = _products.Count;
            _productIds.Add(code, id);
            _products.Add(code);
        }
        return id;
    }

    internal void Add(int year, ushort exporter, ushort importer, int product, double value)
    {
        if (year is < 1800 or > 2200)
        {
            throw new ArgumentException($"Year {year} is outside 1800-2200.", nameof(year));
        }
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A trade value must be a finite non-negative number, not {value} ({_economies[exporter]} to {_economies[importer]}, {_products[product]}, {year})."), nameof(value));
        }
        if (_count == _years.Length)
        {
            var size = checked(_count * 2);
            Array.Resize(ref _years, size);
            Array.Resize(ref _exporters, size);
            Array.Resize(ref _importers, size);
            Array.Resize(ref _productColumn, size);
            Array.Resize(ref _values, size);
        }
        _years[_count] = (short)year;
        _exporters[_count] = exporter;
        _importers[_count] = importer;
        _productColumn[_count] = product;
        _values[_count] = value;
        _count++;
    }

    /// <summary>Builds the matrix: rows sorted by (year, exporter, importer, product); a cell given twice is summed or an error (<see cref="SumDuplicates"/>).</summary>
    /// <exception cref="InvalidOperationException">A cell is given twice and <see cref="SumDuplicates"/> is off.</exception>
    public ProductFlows Build()
    {
        var economies = _economies.ToImmutableArray();
        var products = _products.ToImmutableArray();
        if (!IsSorted())
        {
            Sort();
        }
        // One pass: equal neighbours are the same cell.
        var write = 0;
        for (var r = 0; r < _count; r++)
        {
            if (write > 0 && _years[r] == _years[write - 1] && _exporters[r] == _exporters[write - 1] && _importers[r] == _importers[write - 1] && _productColumn[r] == _productColumn[write - 1])
            {
                if (!SumDuplicates)
                {
                    throw new InvalidOperationException($"The cell {economies[_exporters[r]]} to {economies[_importers[r]]}, product {products[_productColumn[r]]}, {_years[r]} is given twice.");
                }
                _values[write - 1] += _values[r];
                continue;
            }
            _years[write] = _years[r];
            _exporters[write] = _exporters[r];
            _importers[write] = _importers[r];
            _productColumn[write] = _productColumn[r];
            _values[write] = _values[r];
            write++;
        }
        return new ProductFlows(_years, _exporters, _importers, _productColumn, _values, write, economies, [.. _aggregates], products, Level, _unit, _source, [.. _notes]);
    }

    private bool IsSorted()
    {
        for (var r = 1; r < _count; r++)
        {
            if (Compare(r - 1, r) > 0)
            {
                return false;
            }
        }
        return true;
    }

    private int Compare(int a, int b)
    {
        var c = _years[a].CompareTo(_years[b]);
        if (c != 0)
        {
            return c;
        }
        c = _exporters[a].CompareTo(_exporters[b]);
        if (c != 0)
        {
            return c;
        }
        c = _importers[a].CompareTo(_importers[b]);
        return c != 0 ? c : _productColumn[a].CompareTo(_productColumn[b]);
    }

    private void Sort()
    {
        // Rows sort by ids (arrival order of the codes): the packed key (year, exporter, importer, product) sorts once.
        var keys = new long[_count];
        var order = new int[_count];
        for (var r = 0; r < _count; r++)
        {
            keys[r] = unchecked(((long)(_years[r] - 1800) << 52) | ((long)_exporters[r] << 36) | ((long)_importers[r] << 20) | (long)_productColumn[r]);
            order[r] = r;
        }
        Array.Sort(keys, order);
        Permute(_years, order);
        Permute(_exporters, order);
        Permute(_importers, order);
        Permute(_productColumn, order);
        Permute(_values, order);
    }

    private void Permute<T>(T[] column, int[] order)
    {
        var copy = new T[_count];
        for (var r = 0; r < _count; r++)
        {
            copy[r] = column[order[r]];
        }
        Array.Copy(copy, column, _count);
    }
}
