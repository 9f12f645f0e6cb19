using TradeArms.Economies;
using TradeArms.Products;

namespace TradeArms.Sources;

/// <summary>
/// The records of a <see cref="TradeDataset"/> as columns: per row the line, the reporter and the partner (each an
/// index into the distinct (code, economy) pairs), the product (an index into the distinct codes) and a shape (an index
/// into the distinct combinations of period, flow, units, valuations, flags and which amounts are present), plus one
/// column per amount the file has (value, CIF, FOB, net weight, quantity) as a scaled integer (mantissa and decimal
/// places, so <c>1.50</c> stays <c>1.50</c>). A column no row uses is never allocated. BACI costs about 38 bytes a row,
/// Comtrade Plus about 65.
/// </summary>
internal sealed class TradeColumns
{
    /// <summary>The amount slots, in <see cref="RowShape"/> order.</summary>
    public const int ValueSlot = 0, CifSlot = 1, FobSlot = 2, NetWeightSlot = 3, QuantitySlot = 4;

    private readonly ChunkedColumn<int> _line = new(), _reporter = new(), _partner = new(), _product = new(), _shape = new();
    private readonly AmountColumn?[] _amounts = new AmountColumn?[5];
    private readonly List<Party> _parties = [];
    private readonly Dictionary<Party, int> _partyIds = [];
    private readonly List<ProductCode?> _products = [null];
    private readonly Dictionary<ProductCode, int> _productIds = [];
    private readonly List<RowShape> _shapes = [];
    private readonly List<byte> _shapeAmounts = [];
    private readonly Dictionary<RowShape, int> _shapeIds = [];

    public int Count => _line.Count;

    public int PartyId(string code, Economy? economy)
    {
        var party = new Party(code, economy);
        if (!_partyIds.TryGetValue(party, out var id))
        {
            id = _parties.Count;
            _parties.Add(party);
            _partyIds.Add(party, id);
        }
        return id;
    }

    public Party PartyAt(int id) => _parties[id];

    public int ProductId(ProductCode? product)
    {
        if (product is null)
        {
            return 0;
        }
        if (!_productIds.TryGetValue(product, out var id))
        {
            id = _products.Count;
            _products.Add(product);
            _productIds.Add(product, id);
        }
        return id;
    }

    public int ShapeId(RowShape shape)
    {
        if (!_shapeIds.TryGetValue(shape, out var id))
        {
            id = _shapes.Count;
            _shapes.Add(shape);
            _shapeIds.Add(shape, id);
            var amounts = 0;
            for (var slot = 0; slot < 5; slot++)
            {
                amounts |= shape.Has(slot) ? 1 << slot : 0;
            }
            _shapeAmounts.Add((byte)amounts);
        }
        return id;
    }

    public RowShape ShapeAt(int id) => _shapes[id];

    /// <summary>The distinct products.</summary>
    public IEnumerable<ProductCode> Products => _products.Skip(1).OfType<ProductCode>();

    /// <summary>True when a row has no product (IMTS totals).</summary>
    public bool HasRowWithoutProduct { get; private set; }

    /// <summary>The reporter of each row, as a party index (for first-appearance orders without materialising rows).</summary>
    public int ReporterAt(int row) => _reporter[row];

    /// <summary>Appends a record.</summary>
    public void Add(TradeRecord record)
    {
        var shape = RowShape.Of(record);
        Span<decimal> amounts = stackalloc decimal[5];
        amounts[ValueSlot] = record.Value?.Value.Amount ?? 0;
        amounts[CifSlot] = record.Cif?.Amount ?? 0;
        amounts[FobSlot] = record.Fob?.Amount ?? 0;
        amounts[NetWeightSlot] = record.NetWeight?.Amount ?? 0;
        amounts[QuantitySlot] = record.Quantity?.Amount ?? 0;
        var row = Count;
        Append(record.Line, PartyId(record.ReporterCode, record.Reporter), PartyId(record.PartnerCode, record.Partner), ProductId(record.Product), ShapeId(shape));
        for (var slot = 0; slot < 5; slot++)
        {
            if (shape.Has(slot))
            {
                Amount(slot, row).Add(amounts[slot]);
            }
            else
            {
                _amounts[slot]?.AddZero();
            }
        }
    }

    /// <summary>
    /// Appends a row whose shape is known: <paramref name="mantissas"/> and <paramref name="scales"/> hold the five
    /// amounts (ignored where the shape has none), each <c>mantissa / 10^scale</c> with a mantissa of at most 18 digits.
    /// </summary>
    public void Add(int line, int reporter, int partner, int product, int shape, ReadOnlySpan<long> mantissas, ReadOnlySpan<byte> scales)
    {
        var row = Count;
        Append(line, reporter, partner, product, shape);
        var has = _shapeAmounts[shape];
        for (var slot = 0; slot < 5; slot++)
        {
            if ((has & (1 << slot)) != 0)
            {
                Amount(slot, row).Add(mantissas[slot], scales[slot]);
            }
            else
            {
                _amounts[slot]?.AddZero();
            }
        }
    }

    private void Append(int line, int reporter, int partner, int product, int shape)
    {
        HasRowWithoutProduct |= product == 0;
        _line.Add(line);
        _reporter.Add(reporter);
        _partner.Add(partner);
        _product.Add(product);
        _shape.Add(shape);
    }

    private AmountColumn Amount(int slot, int row)
    {
        if (_amounts[slot] is not { } column)
        {
            column = new AmountColumn();
            column.AddZeros(row);
            _amounts[slot] = column;
        }
        return column;
    }

    /// <summary>The record of a row, built on each call.</summary>
    public TradeRecord this[int row]
    {
        get
        {
            var shape = _shapes[_shape[row]];
            var reporter = _parties[_reporter[row]];
            var partner = _parties[_partner[row]];
            decimal At(int slot) => _amounts[slot]![row];
            return new TradeRecord
            {
                Line = _line[row],
                Period = shape.Period,
                ReporterCode = reporter.Code,
                Reporter = reporter.Economy,
                PartnerCode = partner.Code,
                Partner = partner.Economy,
                Flow = shape.Flow,
                Product = _products[_product[row]],
                Value = shape.Value is { } v ? new TradeValue(new Money(At(ValueSlot), v.Unit), v.Valuation, v.Estimated) : null,
                Cif = shape.Cif is { } c ? new Money(At(CifSlot), c) : null,
                Fob = shape.Fob is { } f ? new Money(At(FobSlot), f) : null,
                NetWeight = shape.NetWeight is { } w ? new Quantity(At(NetWeightSlot), w.Unit, w.Estimated) : null,
                Quantity = shape.Quantity is { } q ? new Quantity(At(QuantitySlot), q.Unit, q.Estimated) : null,
                Partner2Code = shape.Partner2Code,
                CustomsCode = shape.CustomsCode,
                TransportCode = shape.TransportCode,
                PublishedAggregateFlag = shape.PublishedAggregateFlag,
            };
        }
    }

    /// <summary>The bytes the row columns hold (not the dictionaries), for benchmarks.</summary>
    public long Bytes => _line.Bytes + _reporter.Bytes + _partner.Bytes + _product.Bytes + _shape.Bytes + _amounts.Sum(a => a?.Bytes ?? 0);

    /// <summary>An economy code as written and what it maps to (in the year of the rows that use it).</summary>
    internal readonly record struct Party(string Code, Economy? Economy);

    /// <summary>A decimal column as mantissa and decimal places; a value outside a 64-bit mantissa is kept aside.</summary>
    private sealed class AmountColumn
    {
        private const byte Aside = byte.MaxValue;
        private readonly ChunkedColumn<long> _mantissa = new();
        private readonly ChunkedColumn<byte> _scale = new();
        private readonly Dictionary<int, decimal> _aside = [];

        public decimal this[int row]
        {
            get
            {
                var scale = _scale[row];
                if (scale == Aside)
                {
                    return _aside[row];
                }
                var m = _mantissa[row];
                var magnitude = (ulong)Math.Abs(m);
                return new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, m < 0, scale);
            }
        }

        public long Bytes => _mantissa.Bytes + _scale.Bytes;

        public void Add(long mantissa, byte scale)
        {
            _mantissa.Add(mantissa);
            _scale.Add(scale);
        }

        public void Add(decimal value)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value, bits);
            var negative = bits[3] < 0;
            var scale = (byte)((bits[3] >> 16) & 0xFF);
            var magnitude = unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
            if (bits[2] != 0 || magnitude > long.MaxValue || (negative && magnitude == 0))
            {
                _aside[_mantissa.Count] = value;
                Add(0, Aside);
                return;
            }
            Add(negative ? -(long)magnitude : (long)magnitude, scale);
        }

        public void AddZero() => Add(0, 0);

        public void AddZeros(int count)
        {
            _mantissa.AddDefaults(count);
            _scale.AddDefaults(count);
        }
    }
}
