using System.Collections.Immutable;

namespace TradeArms.Indicators;

/// <summary>Grows the columns of an <see cref="IndicatorTable"/> row by row (internal to the indicators).</summary>
internal sealed class IndicatorTableBuilder
{
    private readonly List<string> _reasons = [];
    private readonly bool _partner;
    private readonly bool _product;
    private int[] _years;
    private int[] _reporters;
    private int[] _partners;
    private int[] _products;
    private readonly double[][] _values;
    private byte[] _undefined;
    private int _count;

    public IndicatorTableBuilder(int columns, bool partner, bool product, int capacity = 64)
    {
        capacity = Math.Max(capacity, 16);
        _partner = partner;
        _product = product;
        _years = new int[capacity];
        _reporters = new int[capacity];
        _partners = partner ? new int[capacity] : [];
        _products = product ? new int[capacity] : [];
        _values = [.. Enumerable.Range(0, columns).Select(_ => new double[capacity])];
        _undefined = new byte[capacity];
    }

    /// <summary>Adds a row; the values are set with <see cref="Set"/> (NaN = undefined). Returns the row index.</summary>
    public int Add(int year, int reporter, int partner, int product)
    {
        if (_count == _years.Length)
        {
            var size = checked(_count * 2);
            Array.Resize(ref _years, size);
            Array.Resize(ref _reporters, size);
            if (_partner)
            {
                Array.Resize(ref _partners, size);
            }
            if (_product)
            {
                Array.Resize(ref _products, size);
            }
            for (var c = 0; c < _values.Length; c++)
            {
                Array.Resize(ref _values[c], size);
            }
            Array.Resize(ref _undefined, size);
        }
        _years[_count] = year;
        _reporters[_count] = reporter;
        if (_partner)
        {
            _partners[_count] = partner;
        }
        if (_product)
        {
            _products[_count] = product;
        }
        _undefined[_count] = 0;
        return _count++;
    }

    public void Set(int row, int column, double value) => _values[column][row] = value;

    /// <summary>Marks a row undefined for a reason (the values left undefined are NaN).</summary>
    public void Undefined(int row, string reason)
    {
        var i = _reasons.IndexOf(reason);
        if (i < 0)
        {
            if (_reasons.Count == byte.MaxValue)
            {
                throw new InvalidOperationException("Too many distinct reasons.");
            }
            _reasons.Add(reason);
            i = _reasons.Count - 1;
        }
        _undefined[row] = (byte)(i + 1);
    }

    public int Count => _count;

    public IndicatorTable Build(TradeIndicator indicator, string title, ProductFlows flows, IReadOnlyList<string> notes, ImmutableArray<string> columns) =>
        new(indicator, title, flows, notes, columns, _count, _years, _reporters, _partner ? _partners : null, _product ? _products : null, _values, _undefined, [.. _reasons]);
}
