using System.Text;
using TradeArms.Matrix;
using static TradeArms.Columnar.Format.ParquetCodes;
using static TradeArms.Columnar.Format.ParquetPages;

namespace TradeArms.Columnar.Format;

/// <summary>
/// Writes the tidy columns of a matrix (<see cref="MatrixColumns"/>) straight to Parquet, without a general-purpose
/// Parquet library: the schema is fixed and the matrix already holds what dictionary encoding needs (actors as indices).
/// </summary>
/// <remarks>
/// Layout (data pages v1 and the encodings every Parquet reader knows; the tests read the files with Parquet.Net,
/// DuckDB and Apache Arrow's C++ reader, pyarrow's; Spark is not tested here): row groups of <see cref="GroupRows"/> rows, one column chunk per
/// column. <c>reporter</c>, <c>partner</c> and <c>year</c>: a dictionary page (every actor, every year; PLAIN) and a
/// data page of RLE_DICTIONARY indices (RLE/bit-packed hybrid; the rows are sorted by reporter, so its runs are long).
/// The nullable doubles: PLAIN with RLE definition levels; the estimate flags: PLAIN booleans. Pages compressed with
/// Snappy (or not); row groups encoded in parallel and written in order, so the bytes depend on the matrix only.
/// Column statistics min/max (numbers by value, strings by unsigned bytes) and null counts, with the column orders
/// declared (TYPE_DEFINED_ORDER) as DuckDB writes them; the footer in the Thrift compact protocol with the key-value
/// metadata of <see cref="MatrixColumns.Metadata"/>.
/// </remarks>
internal sealed class MatrixParquetWriter
{
    /// <summary>Rows per row group (DuckDB writes 122,880).</summary>
    public const int GroupRows = 1 << 17;


    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    private readonly BilateralTradeMatrix _matrix;
    private readonly bool _summary;
    private readonly bool _snappy;
    private readonly List<ParquetColumn> _columns;
    private readonly byte[][] _actorBytes;
    private readonly int[] _rank;
    private readonly int[] _byRank;
    private readonly ColumnDictionary _actorDictionary;
    private readonly ColumnDictionary _yearDictionary;
    private readonly int[] _years;
    private readonly long[] _firstRow;
    private readonly System.Collections.Concurrent.ConcurrentBag<RowGroupScratch> _scratches = [];
    private readonly System.Collections.Concurrent.ConcurrentBag<ByteSink> _sinks = [];

    private MatrixParquetWriter(BilateralTradeMatrix matrix, bool summary, ParquetCompression compression)
    {
        _matrix = matrix;
        _summary = summary;
        _snappy = compression == ParquetCompression.Snappy;
        _columns =
        [
            new("reporter", TypeByteArray, Optional: false),
            new("partner", TypeByteArray, Optional: false),
            new("year", TypeInt32, Optional: false),
            new("exports", TypeDouble, Optional: true),
            new("imports", TypeDouble, Optional: true),
        ];
        if (matrix.HasEstimates)
        {
            _columns.Add(new("exports_estimated", TypeBoolean, Optional: false));
            _columns.Add(new("imports_estimated", TypeBoolean, Optional: false));
        }
        if (summary)
        {
            foreach (var name in (string[])["balance", "turnover", "coverage", "normalised_balance"])
            {
                _columns.Add(new(name, TypeDouble, Optional: true));
            }
        }
        _actorBytes = [.. matrix.Actors.Select(Encoding.UTF8.GetBytes)];
        _byRank = [.. Enumerable.Range(0, _actorBytes.Length)];
        Array.Sort(_byRank, (a, b) => _actorBytes[a].AsSpan().SequenceCompareTo(_actorBytes[b]));
        _rank = new int[_actorBytes.Length];
        for (var r = 0; r < _byRank.Length; r++)
        {
            _rank[_byRank[r]] = r;
        }
        var dictionary = new ByteSink();
        foreach (var actor in _actorBytes)
        {
            dictionary.Int32(actor.Length);
            dictionary.Bytes(actor);
        }
        _actorDictionary = new(dictionary.Written.ToArray(), _actorBytes.Length);
        _years = [.. matrix.Periods.Select(p => p.Start.Year)];
        dictionary.Clear();
        foreach (var year in _years)
        {
            dictionary.Int32(year);
        }
        _yearDictionary = new(dictionary.Written.ToArray(), _years.Length);
        dictionary.Release();
        _firstRow = new long[matrix.PairCount + 1];
        for (var pair = 0; pair < matrix.PairCount; pair++)
        {
            var x = matrix.Values(pair, TradeFlow.Exports);
            var m = matrix.Values(pair, TradeFlow.Imports);
            var rows = 0;
            for (var t = 0; t < x.Length; t++)
            {
                if (!double.IsNaN(x[t]) || !double.IsNaN(m[t]))
                {
                    rows++;
                }
            }
            _firstRow[pair + 1] = _firstRow[pair] + rows;
        }
    }

    private long RowCount => _firstRow[^1];

    /// <summary>Writes the file; returns the number of rows.</summary>
    public static long Write(BilateralTradeMatrix matrix, Stream output, bool summary, ParquetCompression compression)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(output);
        var writer = new MatrixParquetWriter(matrix, summary, compression);
        writer.WriteFile(output);
        return writer.RowCount;
    }

    private void WriteFile(Stream output)
    {
        output.Write(Magic);
        long position = Magic.Length;
        var groupCount = checked((int)((RowCount + GroupRows - 1) / GroupRows));
        var groups = new List<(long Offset, GroupInfo Group)>(groupCount);
        // Row groups are encoded on the thread pool, at most two per core ahead of the one being written, and written
        // in order as they complete: the bytes do not depend on the scheduling.
        var ahead = Math.Max(2, Environment.ProcessorCount * 2);
        var pending = new Queue<Task<EncodedGroup>>();
        var next = 0;
        while (next < groupCount || pending.Count > 0)
        {
            while (next < groupCount && pending.Count < ahead)
            {
                var g = next++;
                pending.Enqueue(Task.Run(() => EncodeGroup(g)));
            }
            var group = pending.Dequeue().GetAwaiter().GetResult();
            output.Write(group.Bytes.Written);
            groups.Add((position, group.Info));
            position += group.Bytes.Length;
            _sinks.Add(group.Bytes);
        }
        foreach (var scratch in _scratches)
        {
            scratch.Release();
        }
        foreach (var sink in _sinks)
        {
            sink.Release();
        }
        var footer = new ByteSink();
        ParquetFooter.Write(new ThriftCompactWriter(footer), _columns, RowCount, groups, MatrixColumns.Metadata(_matrix), _snappy);
        footer.Int32(footer.Length);
        footer.Bytes(Magic);
        output.Write(footer.Written);
        footer.Release();
        output.Flush();
    }

    private EncodedGroup EncodeGroup(int g)
    {
        var start = (long)g * GroupRows;
        var n = (int)Math.Min(GroupRows, RowCount - start);
        // Buffers are reused across the row groups of a write (at most one set per group in flight).
        var scratch = _scratches.TryTake(out var reused) ? reused : new RowGroupScratch((int)Math.Min(GroupRows, RowCount), _snappy);
        var bytes = _sinks.TryTake(out var sink) ? sink : new ByteSink((n * (_snappy ? 12 : 20)) + 65536);
        bytes.Clear();
        var pairs = scratch.Pairs.AsSpan(0, n);
        var periods = scratch.Periods.AsSpan(0, n);
        var x = scratch.Exports.AsSpan(0, n);
        var m = scratch.Imports.AsSpan(0, n);
        FillCells(start, pairs, periods, x, m);
        var chunks = new List<ChunkInfo>(_columns.Count);
        var ints = scratch.Ints.AsSpan(0, n);
        for (var i = 0; i < n; i++)
        {
            ints[i] = _matrix.ReporterOf(pairs[i]);
        }
        chunks.Add(ActorChunk(bytes, scratch, ints));
        for (var i = 0; i < n; i++)
        {
            ints[i] = _matrix.PartnerOf(pairs[i]);
        }
        chunks.Add(ActorChunk(bytes, scratch, ints));
        chunks.Add(YearChunk(bytes, scratch, periods));
        chunks.Add(DoubleChunk(bytes, scratch, x));
        chunks.Add(DoubleChunk(bytes, scratch, m));
        if (_matrix.HasEstimates)
        {
            var flags = scratch.Flags.AsSpan(0, n);
            foreach (var flow in (TradeFlow[])[TradeFlow.Exports, TradeFlow.Imports])
            {
                for (var i = 0; i < n; i++)
                {
                    flags[i] = _matrix.IsEstimated(pairs[i], periods[i], flow);
                }
                chunks.Add(BooleanChunk(bytes, scratch, flags));
            }
        }
        if (_summary)
        {
            var v = scratch.Derived.AsSpan(0, n);
            for (var c = 0; c < 4; c++)
            {
                for (var i = 0; i < n; i++)
                {
                    v[i] = c switch
                    {
                        0 => x[i] - m[i],
                        1 => x[i] + m[i],
                        2 => m[i] == 0 ? double.NaN : x[i] / m[i],
                        _ => x[i] + m[i] == 0 ? double.NaN : (x[i] - m[i]) / (x[i] + m[i]),
                    };
                }
                chunks.Add(DoubleChunk(bytes, scratch, v));
            }
        }
        _scratches.Add(scratch);
        return new EncodedGroup(bytes, new GroupInfo([.. chunks], n));
    }

    /// <summary>The pair, period, exports and imports of rows <paramref name="start"/>.. (pair order, then period order,
    /// rows with a value).</summary>
    private void FillCells(long start, Span<int> pairs, Span<int> periods, Span<double> exports, Span<double> imports)
    {
        var lo = 0;
        var hi = _matrix.PairCount - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_firstRow[mid] <= start)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }
        var skip = start - _firstRow[lo];
        var k = 0;
        for (var pair = lo; k < pairs.Length; pair++)
        {
            var x = _matrix.Values(pair, TradeFlow.Exports);
            var m = _matrix.Values(pair, TradeFlow.Imports);
            for (var t = 0; t < x.Length && k < pairs.Length; t++)
            {
                if (double.IsNaN(x[t]) && double.IsNaN(m[t]))
                {
                    continue;
                }
                if (skip > 0)
                {
                    skip--;
                    continue;
                }
                pairs[k] = pair;
                periods[k] = t;
                exports[k] = x[t];
                imports[k] = m[t];
                k++;
            }
        }
    }

    private ChunkInfo ActorChunk(ByteSink bytes, RowGroupScratch scratch, ReadOnlySpan<int> actors)
    {
        var minRank = int.MaxValue;
        var maxRank = -1;
        foreach (var a in actors)
        {
            minRank = Math.Min(minRank, _rank[a]);
            maxRank = Math.Max(maxRank, _rank[a]);
        }
        var chunk = new ChunkInfo(actors.Length, [EncodingPlain, EncodingRleDictionary]) { DictionaryOffset = bytes.Length };
        DictionaryPages(bytes, scratch, _actorDictionary, actors, chunk);
        chunk.Min = _actorBytes[_byRank[minRank]];
        chunk.Max = _actorBytes[_byRank[maxRank]];
        return chunk;
    }

    private ChunkInfo YearChunk(ByteSink bytes, RowGroupScratch scratch, ReadOnlySpan<int> periods)
    {
        // The periods are in increasing order, so the first and last period used bound the years.
        var min = int.MaxValue;
        var max = -1;
        foreach (var t in periods)
        {
            min = Math.Min(min, t);
            max = Math.Max(max, t);
        }
        var chunk = new ChunkInfo(periods.Length, [EncodingPlain, EncodingRleDictionary]) { DictionaryOffset = bytes.Length, Numeric = true };
        DictionaryPages(bytes, scratch, _yearDictionary, periods, chunk);
        chunk.Min = Int32Bytes(_years[min]);
        chunk.Max = Int32Bytes(_years[max]);
        return chunk;
    }
}
