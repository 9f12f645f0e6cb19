using System.Globalization;
using System.Security.Cryptography;
using DuckDB.NET.Data;
using TradeArms.Matrix;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Columnar.Tests;

/// <summary>
/// The Parquet files <see cref="TradeMatrixParquet"/> writes itself: read back by Parquet.Net
/// (<see cref="TradeMatrixParquet.Read"/>) and by DuckDB in-process, row for row in the matrix's order, with the
/// encodings, types and statistics DuckDB's <c>parquet_metadata</c>/<c>parquet_schema</c> report; same matrix, same bytes.
/// </summary>
public class MatrixParquetWriterTest
{
    private static readonly DataSource Test = new("Test data", "v1");

    /// <summary>The shipped DOTS extract (data/trade) as a matrix: Pakistan, Russia and the USSR, 1960s to 2020s.</summary>
    private static BilateralTradeMatrix Dots()
    {
        var b = new TradeMatrixBuilder(MoneyUnit.UsDollarMillions, new DataSource("IMF DOTS", "2022-02"));
        foreach (var line in File.ReadLines(RepositoryRoot.Combine("data", "trade", "imf-dots-pakistan-russia.csv")).Skip(1))
        {
            var f = line.Split(',');
            var flow = f[2] == "exports_fob" ? TradeFlow.Exports : f[2] == "imports_cif" ? TradeFlow.Imports : throw new InvalidDataException(f[2]);
            b.Add(f[0], f[1], new CalendarYear(int.Parse(f[3], CultureInfo.InvariantCulture)), flow, double.Parse(f[4], CultureInfo.InvariantCulture));
        }
        return b.Build();
    }

    /// <summary>A generated matrix: non-ASCII actor names (one outside the Basic Multilingual Plane, which sorts
    /// differently in UTF-16 and UTF-8), missing values, estimates, a pair with no value at all, zeros and negatives.</summary>
    private static BilateralTradeMatrix Generated(int actors, int years, int seed, bool estimates = true)
    {
        string[] special = ["Côte d'Ivoire", "Türkiye", "日本", "\U0001D518topia", "\uFF21rea", "Åland"];
        var names = Enumerable.Range(0, actors).Select(i => i < special.Length ? special[i] : string.Create(CultureInfo.InvariantCulture, $"A{i:D4}")).ToArray();
        var random = new Random(seed);
        var b = new TradeMatrixBuilder(MoneyUnit.UsDollarMillions, Test);
        for (var r = 0; r < actors; r++)
        {
            for (var p = 0; p < actors; p++)
            {
                if (r == p || random.Next(4) == 0)
                {
                    continue;
                }
                var empty = random.Next(50) == 0;
                for (var y = 0; y < years; y++)
                {
                    foreach (var flow in (TradeFlow[])[TradeFlow.Exports, TradeFlow.Imports])
                    {
                        var roll = random.Next(10);
                        double? v = empty || roll == 0 ? null : roll == 1 ? 0.0 : Math.Round((random.NextDouble() - 0.1) * 1000, 3);
                        if (roll == 2 && !empty)
                        {
                            continue; // not given at all
                        }
                        b.Add(names[r], names[p], new CalendarYear(1990 + y), flow, v, estimated: estimates && v is not null && random.Next(7) == 0);
                    }
                }
            }
        }
        return b.Build();
    }

    private static byte[] Bytes(BilateralTradeMatrix m, bool summary = false, ParquetCompression compression = ParquetCompression.Snappy)
    {
        using var stream = new MemoryStream();
        var rows = summary ? TradeMatrixParquet.WriteSummary(m, stream) : TradeMatrixParquet.Write(m, stream, compression);
        Assert.Equal(Expected(m).Count, rows);
        return stream.ToArray();
    }

    /// <summary>The rows expected, in the matrix's order: pairs, then periods, those with exports or imports.</summary>
    private static List<(string Reporter, string Partner, int Year, double? X, double? M, bool XE, bool ME)> Expected(BilateralTradeMatrix m)
    {
        var rows = new List<(string, string, int, double?, double?, bool, bool)>();
        for (var pair = 0; pair < m.PairCount; pair++)
        {
            for (var t = 0; t < m.PeriodCount; t++)
            {
                var x = m.Values(pair, TradeFlow.Exports)[t];
                var v = m.Values(pair, TradeFlow.Imports)[t];
                if (!double.IsNaN(x) || !double.IsNaN(v))
                {
                    rows.Add((m.Actors[m.ReporterOf(pair)], m.Actors[m.PartnerOf(pair)], m.Periods[t].Start.Year,
                        double.IsNaN(x) ? null : x, double.IsNaN(v) ? null : v, m.IsEstimated(pair, t, TradeFlow.Exports), m.IsEstimated(pair, t, TradeFlow.Imports)));
                }
            }
        }
        return rows;
    }

    private static void AssertSameCells(BilateralTradeMatrix expected, BilateralTradeMatrix actual)
    {
        // Actors without any value do not appear in the file; compare the cells with a value.
        Assert.Equal(Expected(expected), Expected(actual));
        Assert.Equal(expected.Unit, actual.Unit);
        Assert.Equal(expected.Source.Citation, actual.Source.Citation);
    }

    private static DuckDBConnection Duck()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return connection;
    }

    private static List<object?[]> Query(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    private static string Sql(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Every row read by DuckDB equals the matrix's, in order.</summary>
    private static void AssertDuckDbReads(BilateralTradeMatrix m, string path)
    {
        using var duck = Duck();
        var estimated = m.HasEstimates ? ", exports_estimated, imports_estimated" : ", false, false";
        var rows = Query(duck, $"SELECT reporter, partner, year, exports, imports{estimated} FROM {Sql(path)}");
        var expected = Expected(m);
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            Assert.Equal(expected[i], ((string)r[0]!, (string)r[1]!, (int)r[2]!, (double?)r[3], (double?)r[4], (bool)r[5]!, (bool)r[6]!));
        }
    }

    [Fact]
    public void DotsExtract_RoundTripsThroughParquetNetAndDuckDb()
    {
        var m = Dots();
        using var temp = new TempFolder();
        var bytes = Bytes(m);
        var path = temp.WriteBytes("dots.parquet", bytes);
        // 91 pair-years: Pakistan-Russia 29, Pakistan-USSR 33, Russia-Pakistan 29 (both flows each).
        Assert.Equal(91, Expected(m).Count);
        using (var stream = new MemoryStream(bytes))
        {
            var back = TradeMatrixParquet.Read(stream, "dots.parquet");
            AssertSameCells(m, back);
            Assert.Equal("2022-02", back.Source.Vintage);
        }
        AssertDuckDbReads(m, path);
        using var duck = Duck();
        // A published figure of the extract: Pakistan's exports to Russia, 1992, US$ million (DOTS_151).
        var row = Query(duck, $"SELECT exports FROM {Sql(path)} WHERE reporter = 'Pakistan' AND partner = 'Russian Federation' AND year = 1992").Single();
        Assert.Equal(40.3729368443298, (double)row[0]!);
        var meta = Query(duck, $"SELECT key::VARCHAR, value::VARCHAR FROM parquet_kv_metadata({Sql(path)}) ORDER BY key").Select(r => $"{r[0]}={r[1]}").ToArray();
        Assert.Equal(["tradearms.source=IMF DOTS", "tradearms.unit=US$ million", "tradearms.vintage=2022-02"], meta);
    }

    [Fact]
    public void GeneratedMatrix_WithMissingValuesEstimatesAndNonAsciiNames_RoundTrips()
    {
        var m = Generated(12, 7, seed: 3);
        Assert.True(m.HasEstimates);
        using var temp = new TempFolder();
        var bytes = Bytes(m);
        var expected = Expected(m);
        Assert.Contains(expected, r => r.X is null);
        Assert.Contains(expected, r => r.M is null);
        Assert.Contains(expected, r => r.XE);
        Assert.Contains(expected, r => r.Reporter == "日本");
        using (var stream = new MemoryStream(bytes))
        {
            var back = TradeMatrixParquet.Read(stream, "g.parquet");
            AssertSameCells(m, back);
            Assert.True(back.HasEstimates);
        }
        AssertDuckDbReads(m, temp.WriteBytes("g.parquet", bytes));
    }

    [Fact]
    public void MoreRowsThanOneRowGroup_RoundTripsAndDuckDbSeesTheGroups()
    {
        // 420 actors, about 132,000 pairs of which 3/4 given, 3 years: more than two row groups of 131,072 rows.
        var m = Generated(420, 3, seed: 9, estimates: false);
        var rows = Expected(m).Count;
        Assert.True(rows > 2 * 131_072, rows.ToString(CultureInfo.InvariantCulture));
        using var temp = new TempFolder();
        var bytes = Bytes(m);
        var path = temp.WriteBytes("big.parquet", bytes);
        using (var stream = new MemoryStream(bytes))
        {
            AssertSameCells(m, TradeMatrixParquet.Read(stream, "big.parquet"));
        }
        AssertDuckDbReads(m, path);
        using var duck = Duck();
        var groups = Query(duck, $"SELECT row_group_id, row_group_num_rows FROM parquet_metadata({Sql(path)}) WHERE path_in_schema = 'reporter' ORDER BY row_group_id");
        Assert.Equal((rows + 131_071) / 131_072, groups.Count);
        Assert.Equal(rows, groups.Sum(g => Convert.ToInt64(g[1], CultureInfo.InvariantCulture)));
        Assert.Equal(131_072L, Convert.ToInt64(groups[0][1], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void EmptyMatrix_IsAValidFileWithNoRows()
    {
        var m = new TradeMatrixBuilder(MoneyUnit.UsDollarMillions, Test).Build();
        using var temp = new TempFolder();
        var bytes = Bytes(m);
        using (var stream = new MemoryStream(bytes))
        {
            var back = TradeMatrixParquet.Read(stream, "e.parquet");
            Assert.Equal(0, back.PairCount);
        }
        using var duck = Duck();
        var path = temp.WriteBytes("e.parquet", bytes);
        Assert.Equal(0L, Convert.ToInt64(Query(duck, $"SELECT count(*) FROM {Sql(path)}").Single()[0], CultureInfo.InvariantCulture));
        Assert.Equal(["reporter", "partner", "year", "exports", "imports"],
            Query(duck, $"SELECT column_name FROM (DESCRIBE SELECT * FROM {Sql(path)})").Select(r => (string)r[0]!).ToArray());
    }

    [Fact]
    public void MatrixWithOnlyMissingValues_HasNoRows()
    {
        var b = new TradeMatrixBuilder(MoneyUnit.UsDollarMillions, Test);
        b.Add("PAK", "RUS", new CalendarYear(2000), TradeFlow.Exports, null);
        using var temp = new TempFolder();
        using var duck = Duck();
        var path = temp.WriteBytes("n.parquet", Bytes(b.Build()));
        Assert.Equal(0L, Convert.ToInt64(Query(duck, $"SELECT count(*) FROM {Sql(path)}").Single()[0], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void OneRow_RoundTrips()
    {
        var b = new TradeMatrixBuilder(MoneyUnit.UsDollarMillions, Test);
        b.Add("PAK", "RUS", new CalendarYear(2018), TradeFlow.Imports, 500);
        var m = b.Build();
        using var temp = new TempFolder();
        var bytes = Bytes(m);
        using (var stream = new MemoryStream(bytes))
        {
            AssertSameCells(m, TradeMatrixParquet.Read(stream, "one.parquet"));
        }
        var path = temp.WriteBytes("one.parquet", bytes);
        AssertDuckDbReads(m, path);
        using var duck = Duck();
        var row = Query(duck, $"SELECT * FROM {Sql(path)}").Single();
        Assert.Equal(new object?[] { "PAK", "RUS", 2018, null, 500.0 }, row);
    }

    [Fact]
    public void DuckDbMetadata_ShowsTheEncodingsTypesAndStatistics()
    {
        var m = Generated(12, 7, seed: 3);
        var expected = Expected(m);
        using var temp = new TempFolder();
        var path = temp.WriteBytes("g.parquet", Bytes(m));
        using var duck = Duck();
        var schema = Query(duck, $"SELECT name, type, repetition_type, converted_type FROM parquet_schema({Sql(path)}) WHERE name <> 'schema'")
            .Select(r => $"{r[0]} {r[1]} {r[2]} {r[3]}").ToArray();
        Assert.Equal([
            "reporter BYTE_ARRAY REQUIRED UTF8", "partner BYTE_ARRAY REQUIRED UTF8", "year INT32 REQUIRED ", "exports DOUBLE OPTIONAL ",
            "imports DOUBLE OPTIONAL ", "exports_estimated BOOLEAN REQUIRED ", "imports_estimated BOOLEAN REQUIRED "], schema);
        var columns = Query(duck, $"""
            SELECT path_in_schema, compression, encodings, stats_min_value, stats_max_value, stats_null_count, num_values
            FROM parquet_metadata({Sql(path)}) ORDER BY column_id
            """);
        Assert.All(columns, c => Assert.Equal("SNAPPY", c[1]));
        Assert.All(columns, c => Assert.Equal((long)expected.Count, Convert.ToInt64(c[6], CultureInfo.InvariantCulture)));
        string Encodings(int c) => (string)columns[c][2]!;
        Assert.Equal("PLAIN, RLE_DICTIONARY", Encodings(0));
        Assert.Equal("PLAIN, RLE_DICTIONARY", Encodings(1));
        Assert.Equal("PLAIN, RLE_DICTIONARY", Encodings(2));
        Assert.Equal("PLAIN, RLE", Encodings(3));
        // Strings by unsigned UTF-8 bytes: "A0006" is the least, "𝔘topia" (F0 9D ...) the greatest, though in UTF-16
        // order (the matrix's) "Ａrea" (U+FF21) comes after it.
        Assert.Equal(expected.Select(r => r.Reporter).Min(Utf8Order.Instance), columns[0][3]);
        Assert.Equal("\U0001D518topia", columns[0][4]);
        Assert.Equal("\U0001D518topia", expected.Select(r => r.Partner).Max(Utf8Order.Instance));
        Assert.Equal(0L, Convert.ToInt64(columns[0][5], CultureInfo.InvariantCulture));
        Assert.Equal(expected.Min(r => r.Year).ToString(CultureInfo.InvariantCulture), columns[2][3]);
        Assert.Equal(expected.Max(r => r.Year).ToString(CultureInfo.InvariantCulture), columns[2][4]);
        var x = expected.Where(r => r.X is not null).Select(r => r.X!.Value).ToList();
        Assert.Equal(x.Min(), double.Parse((string)columns[3][3]!, CultureInfo.InvariantCulture));
        Assert.Equal(x.Max(), double.Parse((string)columns[3][4]!, CultureInfo.InvariantCulture));
        Assert.Equal(expected.Count(r => r.X is null), Convert.ToInt64(columns[3][5], CultureInfo.InvariantCulture));
        Assert.Equal(expected.Count(r => r.M is null), Convert.ToInt64(columns[4][5], CultureInfo.InvariantCulture));
        // DuckDB prunes row groups with these statistics: a filter outside them reads nothing and is still right.
        Assert.Equal(0L, Convert.ToInt64(Query(duck, $"SELECT count(*) FROM {Sql(path)} WHERE exports > {x.Max().ToString("R", CultureInfo.InvariantCulture)}").Single()[0], CultureInfo.InvariantCulture));
        Assert.Equal(expected.Count(r => r.Reporter == "Åland"), Convert.ToInt64(Query(duck, $"SELECT count(*) FROM {Sql(path)} WHERE reporter = 'Åland'").Single()[0], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Summary_HasTheDerivedColumns_NullWhereUndefined()
    {
        var m = Generated(8, 5, seed: 4);
        using var temp = new TempFolder();
        var bytes = Bytes(m, summary: true);
        using (var stream = new MemoryStream(bytes))
        {
            AssertSameCells(m, TradeMatrixParquet.Read(stream, "s.parquet"));
        }
        var path = temp.WriteBytes("s.parquet", bytes);
        using var duck = Duck();
        var rows = Query(duck, $"SELECT exports, imports, balance, turnover, coverage, normalised_balance FROM {Sql(path)}");
        var expected = Expected(m);
        Assert.Equal(expected.Count, rows.Count);
        Assert.Contains(expected, r => r.M == 0);
        for (var i = 0; i < rows.Count; i++)
        {
            var (x, v) = (expected[i].X, expected[i].M);
            Assert.Equal(x - v, (double?)rows[i][2]);
            Assert.Equal(x + v, (double?)rows[i][3]);
            Assert.Equal(v == 0 ? null : x / v, (double?)rows[i][4]);
            Assert.Equal(x + v == 0 ? null : (x - v) / (x + v), (double?)rows[i][5]);
        }
    }

    [Fact]
    public void Uncompressed_IsReadTheSame()
    {
        var m = Generated(12, 7, seed: 3);
        using var temp = new TempFolder();
        var bytes = Bytes(m, compression: ParquetCompression.None);
        Assert.True(bytes.Length > Bytes(m).Length);
        using (var stream = new MemoryStream(bytes))
        {
            AssertSameCells(m, TradeMatrixParquet.Read(stream, "u.parquet"));
        }
        var path = temp.WriteBytes("u.parquet", bytes);
        AssertDuckDbReads(m, path);
        using var duck = Duck();
        Assert.All(Query(duck, $"SELECT compression FROM parquet_metadata({Sql(path)})"), r => Assert.Equal("UNCOMPRESSED", r[0]));
    }

    [Fact]
    public void SameMatrix_SameBytes()
    {
        var m = Generated(420, 3, seed: 9, estimates: false);
        var first = SHA256.HashData(Bytes(m));
        var again = Enumerable.Range(0, 3).AsParallel().Select(_ => SHA256.HashData(Bytes(m))).ToList();
        Assert.All(again, h => Assert.Equal(first, h));
        // And a matrix built again from the same cells.
        Assert.Equal(first, SHA256.HashData(Bytes(Generated(420, 3, seed: 9, estimates: false))));
    }

    [Fact]
    public void ArrowCppReader_ReadsEveryRowAndTheStatistics()
    {
        // Apache Arrow's C++ reader (ParquetSharp; pyarrow and pandas read Parquet with it), a third reader beside
        // Parquet.Net and DuckDB: every row in order, the estimate flags, the summary columns' nulls, the statistics.
        var m = Generated(420, 3, seed: 9);
        var expected = Expected(m);
        using var temp = new TempFolder();
        var path = temp.WriteBytes("a.parquet", Bytes(m, summary: true));
        using var file = new ParquetSharp.ParquetFileReader(path);
        Assert.Equal(expected.Count, file.FileMetaData.NumRows);
        Assert.Equal("US$ million", file.FileMetaData.KeyValueMetadata["tradearms.unit"]);
        Assert.True(file.FileMetaData.NumRowGroups > 2);
        var row = 0;
        for (var g = 0; g < file.FileMetaData.NumRowGroups; g++)
        {
            using var group = file.RowGroup(g);
            var n = checked((int)group.MetaData.NumRows);
            T[] Read<T>(int column)
            {
                using var reader = group.Column(column).LogicalReader<T>();
                return reader.ReadAll(n);
            }
            var (reporters, partners, years) = (Read<string>(0), Read<string>(1), Read<int>(2));
            var (x, v, xe, me, coverage) = (Read<double?>(3), Read<double?>(4), Read<bool>(5), Read<bool>(6), Read<double?>(9));
            for (var i = 0; i < n; i++, row++)
            {
                Assert.Equal(expected[row], (reporters[i], partners[i], years[i], x[i], v[i], xe[i], me[i]));
                Assert.Equal(v[i] == 0 ? null : x[i] / v[i], coverage[i]);
            }
            var exports = (ParquetSharp.Statistics<double>)group.MetaData.GetColumnChunkMetaData(3).Statistics!;
            Assert.Equal(x.Count(e => e is null), exports.NullCount);
            Assert.Equal(x.Where(e => e is not null).Max(), exports.Max);
            var yearStats = (ParquetSharp.Statistics<int>)group.MetaData.GetColumnChunkMetaData(2).Statistics!;
            Assert.Equal((years.Min(), years.Max()), (yearStats.Min, yearStats.Max));
        }
        Assert.Equal(expected.Count, row);
    }

    [Fact]
    public void ForwardOnlyStream_GetsTheSameBytes()
    {
        // The writer counts its own offsets (a pipe or a compressing stream cannot seek or tell its position).
        var m = Generated(420, 3, seed: 9, estimates: false);
        using var target = new MemoryStream();
        using (var forward = new ForwardOnlyStream(target))
        {
            TradeMatrixParquet.Write(m, forward);
        }
        Assert.Equal(Bytes(m), target.ToArray());
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }

    private sealed class Utf8Order : IComparer<string>
    {
        public static readonly Utf8Order Instance = new();

        public int Compare(string? a, string? b) =>
            System.Text.Encoding.UTF8.GetBytes(a ?? "").AsSpan().SequenceCompareTo(System.Text.Encoding.UTF8.GetBytes(b ?? ""));
    }
}
