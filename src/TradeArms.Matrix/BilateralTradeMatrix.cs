using System.Collections.Immutable;
using System.Globalization;

namespace TradeArms.Matrix;

/// <summary>
/// A bilateral trade matrix: for every reporter-partner pair and every period, the reporter's exports to and imports
/// from the partner, in one <see cref="MoneyUnit"/>. Stored as a dense reporter x partner x period cube: a pair map
/// over (reporter, partner) ids points to one block per pair holding a value per period and flow, in primitive arrays
/// (<c>double</c>, NaN for missing); nothing is stored per cell or per input row.
/// </summary>
/// <remarks>
/// <para>Actors are labels as the source gives them (ISO codes such as <c>PAK</c>, or names such as <c>Russian
/// Federation</c>), sorted ordinally; reporters and partners share one list, so mirror flows (A's exports to B against
/// B's imports from A) line up. Pairs are numbered 0..<see cref="PairCount"/>-1 in reporter, then partner order. Only
/// pairs with at least one given cell have a block; every other pair is missing throughout.</para>
/// <para>Periods are the consecutive years from the first to the last one given (calendar years, or fiscal years of
/// one convention). A missing value stays missing: the columnar views use NaN for it and the typed accessors return
/// null; computed figures are missing where an input is, and never zero.</para>
/// </remarks>
/// <example>
/// <code>
/// var matrix = TradeMatrixCsvReader.Read("dots-tidy.csv", new() { Unit = MoneyUnit.UsDollarMillions });
/// var summary = matrix.Summarize();                    // balance, turnover, coverage for all pairs and years
/// var table = matrix.Table("Pakistan", "Russian Federation");   // one pair as a BilateralTradeTable
/// </code>
/// </example>
public sealed partial class BilateralTradeMatrix
{
    private readonly int[] _reporters;
    private readonly int[] _partners;
    private readonly int[] _slots;
    private readonly double[][] _exports;
    private readonly double[][] _imports;
    private readonly ulong[]? _estimatedExports;
    private readonly ulong[]? _estimatedImports;
    private readonly int[] _pairOf; // reporter * ActorCount + partner -> pair, or -1
    private readonly int[] _firstPairOf; // reporter -> first pair (pairs of reporter r are [first[r], first[r+1]))
    private readonly Dictionary<string, int> _actorIndex;
    private readonly FiscalYearConvention? _fiscal;

    internal BilateralTradeMatrix(string[] actors, int firstYear, int periodCount, FiscalYearConvention? fiscal,
        int[] reporters, int[] partners, int[] slots, double[][] exports, double[][] imports,
        ulong[]? estimatedExports, ulong[]? estimatedImports, MoneyUnit unit, DataSource source, long givenCells)
    {
        GivenCellCount = givenCells;
        Actors = [.. actors];
        FirstYear = firstYear;
        PeriodCount = periodCount;
        _fiscal = fiscal;
        _reporters = reporters;
        _partners = partners;
        _slots = slots;
        _exports = exports;
        _imports = imports;
        _estimatedExports = estimatedExports;
        _estimatedImports = estimatedImports;
        Unit = unit;
        Source = source;
        _actorIndex = new Dictionary<string, int>(actors.Length, StringComparer.Ordinal);
        for (var i = 0; i < actors.Length; i++)
        {
            _actorIndex[actors[i]] = i;
        }
        _pairOf = new int[actors.Length * actors.Length];
        _pairOf.AsSpan().Fill(-1);
        _firstPairOf = new int[actors.Length + 1];
        for (var p = reporters.Length - 1; p >= 0; p--)
        {
            _pairOf[(reporters[p] * actors.Length) + partners[p]] = p;
        }
        var next = 0;
        for (var r = 0; r <= actors.Length; r++)
        {
            while (next < reporters.Length && reporters[next] < r)
            {
                next++;
            }
            _firstPairOf[r] = next;
        }
        Periods = [.. Enumerable.Range(0, periodCount).Select(PeriodAt)];
        var x = 0L;
        var m = 0L;
        for (var p = 0; p < reporters.Length; p++)
        {
            x += CountDefined(Block(p, TradeFlow.Exports));
            m += CountDefined(Block(p, TradeFlow.Imports));
        }
        ExportValueCount = x;
        ImportValueCount = m;
    }

    /// <summary>The actor labels (reporters and partners), sorted ordinally; an actor's index is its id.</summary>
    public ImmutableArray<string> Actors { get; }

    /// <summary>The number of actors.</summary>
    public int ActorCount => Actors.Length;

    /// <summary>The periods, consecutive years from the first to the last one given.</summary>
    public ImmutableArray<Period> Periods { get; }

    /// <summary>The number of periods.</summary>
    public int PeriodCount { get; }

    /// <summary>The number of reporter-partner pairs with at least one given cell.</summary>
    public int PairCount => _reporters.Length;

    /// <summary>The number of values (not missing) of the exports flow.</summary>
    public long ExportValueCount { get; }

    /// <summary>The number of values (not missing) of the imports flow.</summary>
    public long ImportValueCount { get; }

    /// <summary>The number of cells the source gave: values and cells given as missing (one per row of a long file).</summary>
    public long GivenCellCount { get; }

    /// <summary>The unit of every value.</summary>
    public MoneyUnit Unit { get; }

    /// <summary>Citation and vintage.</summary>
    public DataSource Source { get; }

    /// <summary>True when the source marked some values as estimates (see <see cref="IsEstimated"/>).</summary>
    public bool HasEstimates => _estimatedExports is not null;

    /// <summary>The start year of the first period (the calendar year, or the start year of a fiscal year).</summary>
    internal int FirstYear { get; }

    /// <summary>The reporter id of a pair.</summary>
    public int ReporterOf(int pair) => _reporters[pair];

    /// <summary>The partner id of a pair.</summary>
    public int PartnerOf(int pair) => _partners[pair];

    /// <summary>The pairs of one reporter: a range of pair indices (pairs are ordered by reporter).</summary>
    public Range PairsOfReporter(int reporter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(reporter);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(reporter, ActorCount);
        return _firstPairOf[reporter].._firstPairOf[reporter + 1];
    }

    /// <summary>The id of an actor label; -1 when the matrix has no such actor.</summary>
    public int IndexOfActor(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return _actorIndex.TryGetValue(label, out var i) ? i : -1;
    }

    /// <summary>The pair index of (reporter, partner) ids; -1 when the pair has no cells.</summary>
    public int IndexOfPair(int reporter, int partner)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(reporter);
        ArgumentOutOfRangeException.ThrowIfNegative(partner);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(reporter, ActorCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(partner, ActorCount);
        return _pairOf[(reporter * ActorCount) + partner];
    }

    /// <summary>The index of a period; -1 when outside the matrix or of another kind.</summary>
    public int IndexOfPeriod(Period period)
    {
        if (PeriodCount == 0 || period.Kind != PeriodKind || (_fiscal is { } f && period.FiscalYear.Convention != f))
        {
            return -1;
        }
        var i = period.Start.Year - FirstYear;
        return i >= 0 && i < PeriodCount ? i : -1;
    }

    /// <summary>The kind of the periods.</summary>
    public PeriodKind PeriodKind => _fiscal is null ? PeriodKind.CalendarYear : PeriodKind.FiscalYear;

    /// <summary>
    /// The values of one pair and flow (exports or imports), one per period; NaN where missing. The span is a view of
    /// the matrix's storage.
    /// </summary>
    /// <exception cref="ArgumentException">The flow is total or balance (use <see cref="Summarize"/>).</exception>
    public ReadOnlySpan<double> Values(int pair, TradeFlow flow)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pair);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pair, PairCount);
        if (flow is not (TradeFlow.Exports or TradeFlow.Imports))
        {
            throw new ArgumentException($"The matrix stores exports and imports; {flow} is computed (see Summarize).", nameof(flow));
        }
        return Block(pair, flow);
    }

    /// <summary>
    /// One value: the reporter's exports to or imports from the partner in a period, or the computed total (turnover)
    /// or balance; null when missing, or when the matrix has no such actor, pair or period.
    /// </summary>
    public double? this[string reporter, string partner, Period period, TradeFlow flow]
    {
        get
        {
            var r = IndexOfActor(reporter);
            var p = IndexOfActor(partner);
            var t = IndexOfPeriod(period);
            if (r < 0 || p < 0 || t < 0 || IndexOfPair(r, p) is var pair && pair < 0)
            {
                return null;
            }
            var x = Block(pair, TradeFlow.Exports)[t];
            var m = Block(pair, TradeFlow.Imports)[t];
            var v = flow switch
            {
                TradeFlow.Exports => x,
                TradeFlow.Imports => m,
                TradeFlow.Total => TradeMeasures.Turnover(x, m),
                TradeFlow.Balance => TradeMeasures.Balance(x, m),
                _ => throw new ArgumentOutOfRangeException(nameof(flow), flow, "Unknown flow."),
            };
            return double.IsNaN(v) ? null : v;
        }
    }

    /// <summary>Is a value marked as an estimate by its source (IMF DOTS marks them with <c>e</c>)?</summary>
    public bool IsEstimated(int pair, int period, TradeFlow flow)
    {
        var map = flow == TradeFlow.Exports ? _estimatedExports : flow == TradeFlow.Imports ? _estimatedImports
            : throw new ArgumentException("Only exports and imports carry estimate marks.", nameof(flow));
        if (map is null)
        {
            return false;
        }
        var bit = ((long)pair * PeriodCount) + period;
        return (map[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    /// <summary>For example <c>212 actors, 45,012 pairs, 1960..2020 (61 periods), US$ million</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{ActorCount:N0} actors, {PairCount:N0} pairs, {(PeriodCount == 0 ? "no periods" : $"{Periods[0]}..{Periods[^1]} ({PeriodCount} periods)")}, {Unit}");

    internal ReadOnlySpan<double> Block(int pair, TradeFlow flow)
    {
        var slot = _slots[pair];
        var chunks = flow == TradeFlow.Exports ? _exports : _imports;
        return chunks[slot >> TradeMatrixBuilder.ChunkShift].AsSpan(unchecked((slot & (TradeMatrixBuilder.ChunkPairs - 1)) * PeriodCount), PeriodCount);
    }

    internal Period PeriodAt(int index) => _fiscal is { } f
        ? Period.Of(new FiscalYear(FirstYear + index, f))
        : Period.Of(new CalendarYear(FirstYear + index));

    internal int RequireActor(string label, string parameter)
    {
        ArgumentNullException.ThrowIfNull(label, parameter);
        var i = IndexOfActor(label);
        if (i >= 0)
        {
            return i;
        }
        var close = Actors.Where(a => a.Contains(label, StringComparison.OrdinalIgnoreCase) || label.Contains(a, StringComparison.OrdinalIgnoreCase)).Take(5).ToList();
        throw new ArgumentException($"The matrix has no actor '{label}'{(close.Count > 0 ? "; did you mean " + string.Join(", ", close.Select(c => $"'{c}'")) + "?" : ".")}", parameter);
    }

    private static long CountDefined(ReadOnlySpan<double> values)
    {
        var n = 0L;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                n++;
            }
        }
        return n;
    }
}
