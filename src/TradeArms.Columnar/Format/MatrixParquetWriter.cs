using System.Buffers;
using System.Text;
using Snappier;
using TradeArms.Matrix;

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

    private const string CreatedBy = "TradeArms.Columnar";
    private const int TypeBoolean = 0;
    private const int TypeInt32 = 1;
    private const int TypeDouble = 5;
    private const int TypeByteArray = 6;
    private const int EncodingPlain = 0;
    private const int EncodingRle = 3;
    private const int EncodingRleDictionary = 8;

    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    private readonly BilateralTradeMatrix _matrix;
    private readonly bool _summary;
    private readonly bool _snappy;
    private readonly List<Column> _columns;
    private readonly byte[][] _actorBytes;
    private readonly int[] _rank;
    private readonly int[] _byRank;
    private readonly ColumnDictionary _actorDictionary;
    private readonly ColumnDictionary _yearDictionary;
    private readonly int[] _years;
    private readonly long[] _firstRow;
    private readonly System.Collections.Concurrent.ConcurrentBag<Scratch> _scratches = [];
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
        WriteFooter(new ThriftCompactWriter(footer), groups);
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
        var scratch = _scratches.TryTake(out var reused) ? reused : new Scratch((int)Math.Min(GroupRows, RowCount), _snappy);
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

    private ChunkInfo ActorChunk(ByteSink bytes, Scratch scratch, ReadOnlySpan<int> actors)
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

    private ChunkInfo YearChunk(ByteSink bytes, Scratch scratch, ReadOnlySpan<int> periods)
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

    /// <summary>A dictionary page (every entry, PLAIN) then one data page of the indices (bit width, RLE/bit-packed hybrid).</summary>
    private static void DictionaryPages(ByteSink bytes, Scratch scratch, ColumnDictionary dictionary, ReadOnlySpan<int> indices, ChunkInfo chunk)
    {
        WritePage(bytes, scratch, dictionary.Page, chunk, dictionaryValues: dictionary.Count);
        var body = scratch.Body;
        body.Clear();
        body.Byte((byte)dictionary.Bits);
        RleHybridEncoder.Encode(indices, dictionary.Bits, body);
        chunk.DataOffset = bytes.Length;
        WritePage(bytes, scratch, body.Written, chunk, dataEncoding: EncodingRleDictionary);
    }

    private static byte[] Int32Bytes(int value)
    {
        var b = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(b, value);
        return b;
    }

    private static ChunkInfo DoubleChunk(ByteSink bytes, Scratch scratch, ReadOnlySpan<double> values)
    {
        var chunk = new ChunkInfo(values.Length, [EncodingPlain, EncodingRle]) { Numeric = true };
        var levels = scratch.Ints;
        var nulls = 0L;
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (double.IsNaN(v))
            {
                levels[i] = 0;
                nulls++;
            }
            else
            {
                levels[i] = 1;
                // Plain comparisons (no NaN here); the sign of a zero bound is set below.
                min = v < min ? v : min;
                max = v > max ? v : max;
            }
        }
        var body = scratch.Body;
        body.Clear();
        body.Int32(0);
        RleHybridEncoder.Encode(levels.AsSpan(0, values.Length), 1, body);
        body.Int32At(0, body.Length - 4);
        var plain = body.Reserve(checked((int)(values.Length - nulls) * 8));
        var o = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(plain[o..], v);
                o += 8;
            }
        }
        body.Advance(plain.Length);
        chunk.DataOffset = bytes.Length;
        WritePage(bytes, scratch, body.Written, chunk, dataEncoding: EncodingPlain);
        chunk.NullCount = nulls;
        if (nulls < values.Length)
        {
            // The format's rule for zero bounds: a minimum of zero is written as -0.0, a maximum as +0.0.
            chunk.Min = DoubleBytes(min == 0 ? -0.0 : min);
            chunk.Max = DoubleBytes(max == 0 ? 0.0 : max);
        }
        return chunk;
    }

    private static ChunkInfo BooleanChunk(ByteSink bytes, Scratch scratch, ReadOnlySpan<bool> flags)
    {
        var chunk = new ChunkInfo(flags.Length, [EncodingPlain]) { Numeric = true };
        var body = scratch.Body;
        body.Clear();
        var span = body.Reserve((flags.Length + 7) / 8);
        span.Clear();
        var any = false;
        var all = true;
        for (var i = 0; i < flags.Length; i++)
        {
            if (flags[i])
            {
                span[i >> 3] |= (byte)(1 << (i & 7));
                any = true;
            }
            else
            {
                all = false;
            }
        }
        body.Advance(span.Length);
        chunk.DataOffset = bytes.Length;
        WritePage(bytes, scratch, body.Written, chunk, dataEncoding: EncodingPlain);
        chunk.Min = [all ? (byte)1 : (byte)0];
        chunk.Max = [any ? (byte)1 : (byte)0];
        return chunk;
    }

    private static byte[] DoubleBytes(double value)
    {
        var b = new byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(b, value);
        return b;
    }

    /// <summary>A page: its header (Thrift) then its body, compressed or not; a dictionary page when
    /// <paramref name="dictionaryValues"/> is given, else a data page of the chunk's values.</summary>
    private static void WritePage(ByteSink bytes, Scratch scratch, ReadOnlySpan<byte> body, ChunkInfo chunk, int dictionaryValues = -1, int dataEncoding = EncodingPlain)
    {
        var compressed = body;
        if (scratch.Snappy)
        {
            var max = Snappy.GetMaxCompressedLength(body.Length);
            if (scratch.Compressed.Length < max)
            {
                if (scratch.Compressed.Length > 0)
                {
                    ArrayPool<byte>.Shared.Return(scratch.Compressed);
                }
                scratch.Compressed = ArrayPool<byte>.Shared.Rent(max);
            }
            compressed = scratch.Compressed.AsSpan(0, Snappy.Compress(body, scratch.Compressed));
        }
        var headerStart = bytes.Length;
        var thrift = new ThriftCompactWriter(bytes);
        thrift.BeginStruct();
        thrift.I32Field(1, dictionaryValues >= 0 ? 2 : 0);
        thrift.I32Field(2, body.Length);
        thrift.I32Field(3, compressed.Length);
        if (dictionaryValues >= 0)
        {
            thrift.BeginStructField(7);
            thrift.I32Field(1, dictionaryValues);
            thrift.I32Field(2, EncodingPlain);
            thrift.EndStruct();
        }
        else
        {
            thrift.BeginStructField(5);
            thrift.I32Field(1, chunk.Values);
            thrift.I32Field(2, dataEncoding);
            thrift.I32Field(3, EncodingRle);
            thrift.I32Field(4, EncodingRle);
            thrift.EndStruct();
        }
        thrift.EndStruct();
        var header = bytes.Length - headerStart;
        bytes.Bytes(compressed);
        chunk.UncompressedSize += header + body.Length;
        chunk.CompressedSize += header + compressed.Length;
    }

    private void WriteFooter(ThriftCompactWriter t, List<(long Offset, GroupInfo Group)> groups)
    {
        t.BeginStruct();
        t.I32Field(1, 1);
        t.ListField(2, ThriftCompactWriter.Struct, _columns.Count + 1);
        t.BeginStruct();
        t.StringField(4, "schema");
        t.I32Field(5, _columns.Count);
        t.EndStruct();
        foreach (var column in _columns)
        {
            t.BeginStruct();
            t.I32Field(1, column.Type);
            t.I32Field(3, column.Optional ? 1 : 0);
            t.StringField(4, column.Name);
            if (column.Type == TypeByteArray)
            {
                t.I32Field(6, 0); // converted type UTF8
                t.BeginStructField(10); // logical type: STRING
                t.BeginStructField(1);
                t.EndStruct();
                t.EndStruct();
            }
            t.EndStruct();
        }
        t.I64Field(3, RowCount);
        t.ListField(4, ThriftCompactWriter.Struct, groups.Count);
        foreach (var (offset, group) in groups)
        {
            t.BeginStruct();
            t.ListField(1, ThriftCompactWriter.Struct, group.Chunks.Length);
            for (var c = 0; c < group.Chunks.Length; c++)
            {
                var chunk = group.Chunks[c];
                var start = offset + (chunk.DictionaryOffset ?? chunk.DataOffset);
                t.BeginStruct();
                t.I64Field(2, start);
                t.BeginStructField(3);
                t.I32Field(1, _columns[c].Type);
                t.ListField(2, ThriftCompactWriter.I32, chunk.Encodings.Length);
                foreach (var e in chunk.Encodings)
                {
                    t.I32Value(e);
                }
                t.ListField(3, ThriftCompactWriter.Binary, 1);
                t.StringValue(_columns[c].Name);
                t.I32Field(4, _snappy ? 1 : 0);
                t.I64Field(5, chunk.Values);
                t.I64Field(6, chunk.UncompressedSize);
                t.I64Field(7, chunk.CompressedSize);
                t.I64Field(9, offset + chunk.DataOffset);
                if (chunk.DictionaryOffset is { } d)
                {
                    t.I64Field(11, offset + d);
                }
                t.BeginStructField(12);
                if (chunk.Numeric && chunk.Min is not null && chunk.Max is not null)
                {
                    t.BinaryField(1, chunk.Max);
                    t.BinaryField(2, chunk.Min);
                }
                t.I64Field(3, chunk.NullCount);
                if (chunk.Min is not null && chunk.Max is not null)
                {
                    t.BinaryField(5, chunk.Max);
                    t.BinaryField(6, chunk.Min);
                }
                t.EndStruct();
                t.EndStruct();
                t.EndStruct();
            }
            t.I64Field(2, group.Chunks.Sum(c => c.UncompressedSize));
            t.I64Field(3, group.Rows);
            t.I64Field(5, offset + (group.Chunks[0].DictionaryOffset ?? group.Chunks[0].DataOffset));
            t.I64Field(6, group.Chunks.Sum(c => c.CompressedSize));
            t.EndStruct();
        }
        var metadata = MatrixColumns.Metadata(_matrix).OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        t.ListField(5, ThriftCompactWriter.Struct, metadata.Count);
        foreach (var (key, value) in metadata)
        {
            t.BeginStruct();
            t.StringField(1, key);
            t.StringField(2, value);
            t.EndStruct();
        }
        t.StringField(6, CreatedBy);
        t.ListField(7, ThriftCompactWriter.Struct, _columns.Count);
        foreach (var _ in _columns)
        {
            t.BeginStruct();
            t.BeginStructField(1); // TYPE_ORDER
            t.EndStruct();
            t.EndStruct();
        }
        t.EndStruct();
    }

    private sealed record Column(string Name, int Type, bool Optional);

    /// <summary>A dictionary page's body (the entries, PLAIN), its entry count and the bit width of its indices.</summary>
    private sealed record ColumnDictionary(byte[] Page, int Count)
    {
        public int Bits { get; } = RleHybridEncoder.BitWidth(Math.Max(0, Count - 1));
    }

    /// <summary>One column chunk of a row group: offsets relative to the group's first byte, sizes with page headers.</summary>
    private sealed class ChunkInfo(int values, int[] encodings)
    {
        public int Values => values;

        public int[] Encodings => encodings;

        public long? DictionaryOffset { get; init; }

        public long DataOffset { get; set; }

        public long UncompressedSize { get; set; }

        public long CompressedSize { get; set; }

        public long NullCount { get; set; }

        /// <summary>Also write the deprecated min/max (numbers and booleans, whose order was never in doubt).</summary>
        public bool Numeric { get; init; }

        public byte[]? Min { get; set; }

        public byte[]? Max { get; set; }
    }

    /// <summary>What the footer needs of a row group written: its column chunks and row count.</summary>
    private sealed record GroupInfo(ChunkInfo[] Chunks, int Rows);

    /// <summary>A row group encoded: its bytes (pages of every column chunk, in column order) and its footer entry.</summary>
    private sealed record EncodedGroup(ByteSink Bytes, GroupInfo Info);

    /// <summary>The per-row-group working arrays, reused across the groups of one write, rented from the shared
    /// pools (their contents are overwritten before use: only the first rows of a group are read).</summary>
    private sealed class Scratch(int rows, bool snappy)
    {
        private bool[]? _flags;
        private double[]? _derived;

        public int[] Pairs { get; } = ArrayPool<int>.Shared.Rent(rows);

        public int[] Periods { get; } = ArrayPool<int>.Shared.Rent(rows);

        public double[] Exports { get; } = ArrayPool<double>.Shared.Rent(rows);

        public double[] Imports { get; } = ArrayPool<double>.Shared.Rent(rows);

        public int[] Ints { get; } = ArrayPool<int>.Shared.Rent(rows);

        public bool[] Flags => _flags ??= ArrayPool<bool>.Shared.Rent(rows);

        public double[] Derived => _derived ??= ArrayPool<double>.Shared.Rent(rows);

        public ByteSink Body { get; } = new((rows * 9) + 1024);

        public byte[] Compressed { get; set; } = [];

        public bool Snappy => snappy;

        public void Release()
        {
            ArrayPool<int>.Shared.Return(Pairs);
            ArrayPool<int>.Shared.Return(Periods);
            ArrayPool<double>.Shared.Return(Exports);
            ArrayPool<double>.Shared.Return(Imports);
            ArrayPool<int>.Shared.Return(Ints);
            if (_flags is { } f)
            {
                ArrayPool<bool>.Shared.Return(f);
            }
            if (_derived is { } d)
            {
                ArrayPool<double>.Shared.Return(d);
            }
            Body.Release();
            if (Compressed.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(Compressed);
            }
        }
    }
}
