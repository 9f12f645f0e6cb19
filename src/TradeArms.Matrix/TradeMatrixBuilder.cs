using System.Globalization;
using System.Runtime.CompilerServices;

namespace TradeArms.Matrix;

/// <summary>
/// Collects the cells of a <see cref="BilateralTradeMatrix"/> one at a time (from a file, a spreadsheet or code) and
/// builds the matrix. Every cell may be given once: a second value for the same reporter, partner, period and flow is
/// an error, never an overwrite. A cell given as missing (null) stays missing.
/// </summary>
/// <remarks>
/// Memory: values go straight into per-pair blocks of one slot per period (8 bytes per flow and period), allocated in
/// chunks of 1,024 pairs; no object is kept per cell or per input row. Periods are consecutive years of one kind
/// (calendar years, or fiscal years of one convention).
/// </remarks>
public sealed class TradeMatrixBuilder
{
    internal const int ChunkShift = 10;
    internal const int ChunkPairs = 1 << ChunkShift;
    private const int ChunkMask = ChunkPairs - 1;

    // A cell never given holds this NaN payload; a cell given as missing holds double.NaN. Both read as missing.
    internal const long UnsetBits = 0x7FF8_0000_0000_0BAD;
    internal static readonly double Unset = BitConverter.Int64BitsToDouble(UnsetBits);

    private readonly Dictionary<string, int> _actorIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _actorLookup;
    private readonly List<string> _actors = [];
    private readonly List<double[]> _exports = [];
    private readonly List<double[]> _imports = [];
    private readonly List<int> _pairReporter = [];
    private readonly List<int> _pairPartner = [];
    private HashSet<long>? _estimated;
    private int[] _pairSlots = [];
    private int _actorCapacity;
    private int _baseYear;
    private int _stride;
    private int _minYear = int.MaxValue;
    private int _maxYear = int.MinValue;
    private int _periodMonth; // 0: no period yet; 1: calendar years; 2..12: fiscal years starting in that month

    /// <summary>Creates an empty builder.</summary>
    /// <param name="unit">The unit of every value.</param>
    /// <param name="source">Citation and vintage of the data.</param>
    public TradeMatrixBuilder(MoneyUnit unit, DataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (unit.Currency is null)
        {
            throw new ArgumentException("The unit is not set: use e.g. MoneyUnit.UsDollarMillions.", nameof(unit));
        }
        Unit = unit;
        Source = source;
        _actorLookup = _actorIds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The unit of every value.</summary>
    public MoneyUnit Unit { get; }

    /// <summary>Citation and vintage of the data.</summary>
    public DataSource Source { get; }

    /// <summary>The number of cells given so far (missing ones included).</summary>
    public long CellCount { get; private set; }

    /// <summary>The number of cells given as missing so far.</summary>
    public long MissingCount { get; private set; }

    /// <summary>Adds one cell.</summary>
    /// <param name="reporter">The reporting economy (a code or a name, kept exactly as given).</param>
    /// <param name="partner">The partner economy.</param>
    /// <param name="period">The period; all periods of a matrix are of one kind.</param>
    /// <param name="flow">Exports or imports, reporter's view.</param>
    /// <param name="value">The value in <see cref="Unit"/>; null when missing.</param>
    /// <param name="estimated">True when the source marks the value as an estimate.</param>
    /// <exception cref="ArgumentException">The cell was given before, reporter equals partner, a name is blank or breaks
    /// <see cref="Text.NameRule"/>, the
    /// flow is not exports or imports, the value is not finite, or the period is of another kind.</exception>
    public void Add(string reporter, string partner, Period period, TradeFlow flow, double? value, bool estimated = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reporter);
        ArgumentException.ThrowIfNullOrWhiteSpace(partner);
        if ((Text.NameRule.Check(reporter, "reporter") ?? Text.NameRule.Check(partner, "partner")) is { } badName)
        {
            throw new ArgumentException("Expected " + badName + ".", nameof(reporter));
        }
        if (flow is not (TradeFlow.Exports or TradeFlow.Imports))
        {
            throw new ArgumentException($"A matrix stores exports and imports; {flow} is computed from them.", nameof(flow));
        }
        if (value is { } v && !double.IsFinite(v))
        {
            throw new ArgumentException($"The value of {reporter}-{partner} {period} {flow} is {v.ToString(CultureInfo.InvariantCulture)}; use null for a missing value.", nameof(value));
        }
        if (string.Equals(reporter, partner, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The reporter and the partner are both '{reporter}'.", nameof(partner));
        }
        if (!TryUsePeriodKind(period.Kind == PeriodKind.CalendarYear ? 1 : period.Start.Month))
        {
            throw new ArgumentException($"The matrix holds {DescribeKind()}; {period} is not one.", nameof(period));
        }
        var slot = Slot(ActorId(reporter), ActorId(partner));
        if (!TrySet(slot, period.Start.Year, flow == TradeFlow.Exports, value ?? double.NaN))
        {
            throw new ArgumentException($"The cell {reporter}-{partner} {period} {flow} was given twice.", nameof(period));
        }
        if (estimated)
        {
            MarkEstimated(slot, period.Start.Year, flow == TradeFlow.Exports);
        }
    }

    /// <summary>Builds the matrix. The builder can no longer be used afterwards.</summary>
    public BilateralTradeMatrix Build()
    {
        var periods = _maxYear < _minYear ? 0 : _maxYear - _minYear + 1;
        var first = periods == 0 ? 1 : _minYear;
        var exports = Compact(_exports, first, periods);
        var imports = Compact(_imports, first, periods);
        _exports.Clear();
        _imports.Clear();

        // Public order: actors sorted by label (ordinal), pairs by reporter then partner.
        var labels = _actors.ToArray();
        var order = Enumerable.Range(0, labels.Length).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(labels[a], labels[b]));
        var rank = new int[labels.Length];
        for (var i = 0; i < order.Length; i++)
        {
            rank[order[i]] = i;
        }
        var pairCount = _pairReporter.Count;
        var keys = new long[pairCount];
        var slots = new int[pairCount];
        for (var s = 0; s < pairCount; s++)
        {
            keys[s] = ((long)rank[_pairReporter[s]] << 32) | (uint)rank[_pairPartner[s]];
            slots[s] = s;
        }
        Array.Sort(keys, slots);
        var reporters = new int[pairCount];
        var partners = new int[pairCount];
        for (var i = 0; i < pairCount; i++)
        {
            reporters[i] = (int)(keys[i] >> 32);
            partners[i] = (int)(keys[i] & 0xFFFF_FFFF);
        }
        var sortedLabels = order.Select(i => labels[i]).ToArray();
        ulong[]? estimatedExports = null, estimatedImports = null;
        if (_estimated is { Count: > 0 })
        {
            var publicIndex = new int[pairCount];
            for (var i = 0; i < pairCount; i++)
            {
                publicIndex[slots[i]] = i;
            }
            estimatedExports = new ulong[((long)pairCount * periods + 63) / 64];
            estimatedImports = new ulong[estimatedExports.Length];
            foreach (var key in _estimated)
            {
                var slot = (int)(key >> 20);
                var year = (int)((key >> 1) & 0x7FFFF);
                var bit = (long)publicIndex[slot] * periods + (year - first);
                var map = (key & 1) == 1 ? estimatedExports : estimatedImports;
                map[bit >> 6] |= 1UL << (int)(bit & 63);
            }
        }
        var kind = _periodMonth is 0 or 1 ? (FiscalYearConvention?)null : new FiscalYearConvention(_periodMonth);
        return new BilateralTradeMatrix(sortedLabels, first, periods, kind, reporters, partners, slots, exports, imports,
            estimatedExports, estimatedImports, Unit, Source, CellCount);
    }

    // ---- fast internal interface for the loaders ----

    internal int ActorCount => _actors.Count;

    /// <summary>The id of an actor label, adding it when new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int ActorId(ReadOnlySpan<char> label)
    {
        if (_actorLookup.TryGetValue(label, out var id))
        {
            return id;
        }
        return AddActor(label.ToString());
    }

    internal bool TryFindActor(ReadOnlySpan<char> label, out int id) => _actorLookup.TryGetValue(label, out id);

    internal string Actor(int id) => _actors[id];

    private int ActorId(string label) => _actorIds.TryGetValue(label, out var id) ? id : AddActor(label);

    private int AddActor(string label)
    {
        var id = _actors.Count;
        _actors.Add(label);
        _actorIds.Add(label, id);
        if (id >= _actorCapacity)
        {
            GrowActorCapacity(Math.Max(64, _actorCapacity * 2));
        }
        return id;
    }

    private void GrowActorCapacity(int capacity)
    {
        var slots = new int[capacity * capacity];
        slots.AsSpan().Fill(-1);
        for (var r = 0; r < _actorCapacity; r++)
        {
            _pairSlots.AsSpan(r * _actorCapacity, _actorCapacity).CopyTo(slots.AsSpan(r * capacity, _actorCapacity));
        }
        _pairSlots = slots;
        _actorCapacity = capacity;
    }

    /// <summary>The storage slot of a (reporter, partner) pair, allocating its block when new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Slot(int reporter, int partner)
    {
        var slot = _pairSlots[unchecked((reporter * _actorCapacity) + partner)];
        return slot >= 0 ? slot : AddPair(reporter, partner);
    }

    private int AddPair(int reporter, int partner)
    {
        var slot = _pairReporter.Count;
        _pairReporter.Add(reporter);
        _pairPartner.Add(partner);
        _pairSlots[reporter * _actorCapacity + partner] = slot;
        if ((slot & ChunkMask) == 0 && _stride > 0)
        {
            _exports.Add(NewChunk(_stride));
            _imports.Add(NewChunk(_stride));
        }
        return slot;
    }

    /// <summary>Accepts a period kind (1 = calendar year, 2..12 = fiscal start month); false when it differs from the matrix's.</summary>
    internal bool TryUsePeriodKind(int month)
    {
        if (_periodMonth == month)
        {
            return true;
        }
        if (_periodMonth == 0)
        {
            _periodMonth = month;
            return true;
        }
        return false;
    }

    internal string DescribeKind() => _periodMonth is 0 or 1 ? "calendar years" : $"fiscal years ({new FiscalYearConvention(_periodMonth)})";

    /// <summary>Stores a value (NaN for missing); false when the cell already had one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TrySet(int slot, int year, bool exports, double value)
    {
        unchecked
        {
            var offset = year - _baseYear;
            if ((uint)offset >= (uint)_stride)
            {
                Restride(year);
                offset = year - _baseYear;
            }
            var chunk = (exports ? _exports : _imports)[slot >> ChunkShift];
            ref var cell = ref chunk[((slot & ChunkMask) * _stride) + offset];
            if (BitConverter.DoubleToInt64Bits(cell) != UnsetBits)
            {
                return false;
            }
            cell = value;
            CellCount++;
            if (double.IsNaN(value))
            {
                MissingCount++;
            }
            if (year < _minYear)
            {
                _minYear = year;
            }
            if (year > _maxYear)
            {
                _maxYear = year;
            }
            return true;
        }
    }

    /// <summary>
    /// The value of a cell given before, e.g. to tell a repeated input row that agrees with an earlier one from one
    /// that contradicts it.
    /// </summary>
    /// <param name="reporter">The reporting economy, as given to <see cref="Add"/>.</param>
    /// <param name="partner">The partner economy.</param>
    /// <param name="period">The period.</param>
    /// <param name="flow">Exports or imports.</param>
    /// <param name="value">The value given; null when it was given as missing, or when the cell was never given.</param>
    /// <returns>True when the cell was given (as a value or as missing); false otherwise, and for a period of another
    /// kind than the matrix's or a flow other than exports and imports.</returns>
    public bool TryGetValue(string reporter, string partner, Period period, TradeFlow flow, out double? value)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(partner);
        value = null;
        var month = period.Kind == PeriodKind.CalendarYear ? 1 : period.Start.Month;
        if (flow is not (TradeFlow.Exports or TradeFlow.Imports) || _periodMonth != month ||
            !TryGet(reporter, partner, period.Start.Year, flow == TradeFlow.Exports, out var v))
        {
            return false;
        }
        value = double.IsNaN(v) ? null : v;
        return true;
    }

    /// <summary>The value of a cell given before (NaN when given as missing); false when the cell was never given.</summary>
    private bool TryGet(string reporter, string partner, int year, bool exports, out double value)
    {
        value = double.NaN;
        if (!_actorIds.TryGetValue(reporter, out var r) || !_actorIds.TryGetValue(partner, out var p))
        {
            return false;
        }
        var slot = _pairSlots[(r * _actorCapacity) + p];
        var offset = year - _baseYear;
        if (slot < 0 || offset < 0 || offset >= _stride)
        {
            return false;
        }
        value = (exports ? _exports : _imports)[slot >> ChunkShift][((slot & ChunkMask) * _stride) + offset];
        return BitConverter.DoubleToInt64Bits(value) != UnsetBits;
    }

    internal void MarkEstimated(int slot, int year, bool exports)
    {
        _estimated ??= [];
        _estimated.Add(((long)slot << 20) | ((long)year << 1) | (exports ? 1L : 0L));
    }

    private static double[] NewChunk(int stride)
    {
        var chunk = GC.AllocateUninitializedArray<double>(ChunkPairs * stride);
        chunk.AsSpan().Fill(Unset);
        return chunk;
    }

    /// <summary>Widens the period window of every block so that <paramref name="year"/> fits, with room to grow.</summary>
    private void Restride(int year)
    {
        if (!CalendarYear.IsValid(year))
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Expected " + CalendarYear.RangeDescription + ".");
        }
        int newBase, newStride;
        if (_stride == 0)
        {
            // First value: room for a century around it, as trade data usually span 30-80 years and most files
            // start with their earliest year.
            newBase = year - 24;
            newStride = 100;
        }
        else
        {
            // Grow towards the new year with slack, so that data sorted by year re-layout only a few times.
            var low = Math.Min(_minYear, year);
            var high = Math.Max(_maxYear, year);
            var slack = Math.Max(16, (high - low + 1) / 2);
            newBase = year < _baseYear ? low - slack : _baseYear;
            var end = year < _baseYear ? _baseYear + _stride : high + 1 + slack;
            newStride = end - newBase;
        }
        // Never wider than the years a matrix can hold: memory stays linear in the pairs (at most 501 slots a pair).
        if (newBase < CalendarYear.MinYear)
        {
            newStride -= CalendarYear.MinYear - newBase;
            newBase = CalendarYear.MinYear;
        }
        newStride = Math.Min(newStride, CalendarYear.MaxYear + 1 - newBase);
        var shift = _baseYear - newBase;
        for (var c = 0; c < _exports.Count; c++)
        {
            _exports[c] = Restride(_exports[c], _stride, newStride, shift);
            _imports[c] = Restride(_imports[c], _stride, newStride, shift);
        }
        if (_stride == 0)
        {
            for (var c = 0; c * ChunkPairs < _pairReporter.Count; c++)
            {
                _exports.Add(NewChunk(newStride));
                _imports.Add(NewChunk(newStride));
            }
        }
        _baseYear = newBase;
        _stride = newStride;
    }

    private static double[] Restride(double[] chunk, int stride, int newStride, int shift)
    {
        var result = NewChunk(newStride);
        for (var p = 0; p < ChunkPairs; p++)
        {
            chunk.AsSpan(p * stride, stride).CopyTo(result.AsSpan((p * newStride) + shift, stride));
        }
        return result;
    }

    /// <summary>
    /// Moves the blocks in place to a stride of <paramref name="periods"/> slots (never needing a second copy of the
    /// cube); unset cells become NaN. The chunks keep their length: the tail beyond the blocks is unused.
    /// </summary>
    private double[][] Compact(List<double[]> chunks, int firstYear, int periods)
    {
        var result = new double[chunks.Count][];
        var from = firstYear - _baseYear;
        for (var c = 0; c < chunks.Count; c++)
        {
            var chunk = chunks[c];
            for (var p = 0; p < ChunkPairs; p++)
            {
                // The target never lies after the source (periods <= stride, from >= 0): a forward copy is safe.
                Array.Copy(chunk, (p * _stride) + from, chunk, p * periods, periods);
            }
            foreach (ref var v in chunk.AsSpan(0, ChunkPairs * periods))
            {
                if (double.IsNaN(v))
                {
                    v = double.NaN;
                }
            }
            result[c] = chunk;
            chunks[c] = [];
        }
        return result;
    }
}
