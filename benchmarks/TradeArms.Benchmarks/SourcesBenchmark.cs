using System.Diagnostics;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using TradeArms.Columnar;
using TradeArms.Economies;
using TradeArms.Matrix;

namespace TradeArms.Benchmarks;

/// <summary>
/// Issue 15's benchmarks, in one process, one after the other on the same files: load a BACI-shaped and a Comtrade
/// Plus CSV-shaped file with the library's readers against DuckDB's <c>read_csv</c> of the same file into a table
/// (every column, types inferred), and write a matrix's columns to Parquet (TradeArms.Columnar) against DuckDB's
/// <c>COPY ... TO 'x.parquet'</c> of the same columns. Wall time (Stopwatch) and the process's peak working set.
/// </summary>
/// <remarks>
/// The files are generated here (synthetic figures, deterministic): BACI rows t=2018, exporter and importer from the
/// registry's countries, up to 260 six-digit products a pair (200 x 199 pairs x 260 = 10.3M rows at most), v with three decimals, q missing in one row of 20; Comtrade Plus rows
/// are one row of a real export (its 47 columns, quoting and trailing comma; the path is given, not shipped) with the
/// reporter, partner, product and values changed row by row.
/// </remarks>
internal static class SourcesBenchmark
{
    // Products a pair trades: enough for 10M rows over 200 x 199 pairs (250 stopped at 9.95M).
    private const int ProductsPerPair = 260;

    public static int Run(string[] args)
    {
        var work = args[0];
        var rows = long.Parse(args[1], CultureInfo.InvariantCulture);
        var template = args.Length > 2 ? args[2] : null;
        Directory.CreateDirectory(work);
        var countries = EconomyRegistry.Default.Economies.Where(e => e.Kind == EconomyKind.Country && e.M49 is not null && e.Iso3 is not null && e.Withdrawn is null).Take(200).ToList();
        if (Environment.GetEnvironmentVariable("TRADEARMS_SOURCES_JOBS") == "parquet")
        {
            MatrixToParquet(work, rows);
            return 0;
        }
        var baci = Path.Combine(work, $"BACI_HS17_Y2018_V202301_{rows}.csv");
        if (!File.Exists(baci))
        {
            WriteBaci(baci, rows, countries);
        }
        // The load jobs: each contender in its own process, a warm-up and three timed rounds (SourcesLoadBenchmark).
        SourcesLoadBenchmark.Header();
        SourcesLoadBenchmark.Compare(rows, "load BACI", baci, "baci-tradearms", "baci-duckdb");
        if (template is not null)
        {
            var plus = Path.Combine(work, $"comtrade_plus_{rows}.csv");
            if (!File.Exists(plus))
            {
                WritePlus(plus, rows, countries, template);
            }
            // Comtrade Plus rows have a 48th, empty field (the trailing comma) that the header does not name: DuckDB's sniffer
            // refuses such a file unless told the dialect and to drop the extra field (SourcesLoadBenchmark passes those options).
            SourcesLoadBenchmark.Compare(rows, "load Comtrade Plus CSV", plus, "plus-tradearms", "plus-duckdb");
        }
        Console.WriteLine();
        MatrixToParquet(work, rows);
        return 0;
    }

    /// <summary>
    /// The "matrix to Parquet" job: a warm-up and three timed rounds of each contender, the median reported, the
    /// rounds on stderr; Snappy against DuckDB's default (Snappy), uncompressed against <c>COMPRESSION 'uncompressed'</c>.
    /// With the environment variable <c>TRADEARMS_SOURCES_JOBS=parquet</c> only this job runs.
    /// </summary>
    private static void MatrixToParquet(string work, long rows)
    {
        var tidy = Path.Combine(work, $"tidy_{rows}.csv");
        if (!File.Exists(tidy))
        {
            SyntheticTradeMatrix.Write(tidy, rows, 1);
        }
        Console.WriteLine($"| rows | job | contender | wall s | peak working set MB |");
        Console.WriteLine("|---|---|---|---|---|");
        var matrix = TradeMatrixCsvReader.Read(tidy, new TradeMatrixReadOptions { Unit = MoneyUnit.UsDollarMillions });
        var ours = Path.Combine(work, "ours.parquet");
        var oursPlain = Path.Combine(work, "ours-uncompressed.parquet");
        var theirs = Path.Combine(work, "duckdb.parquet");
        var theirsPlain = Path.Combine(work, "duckdb-uncompressed.parquet");
        long Ours(string path, ParquetCompression compression)
        {
            using var file = File.Create(path);
            return TradeMatrixParquet.Write(matrix, file, compression);
        }
        var times = new Dictionary<string, double>(StringComparer.Ordinal);
        const string job = "matrix to Parquet";
        times["ours"] = Median(rows, job, "TradeArms.Columnar TradeMatrixParquet.Write (Snappy)", () => Ours(ours, ParquetCompression.Snappy));
        times["ours-plain"] = Median(rows, job, "TradeArms.Columnar TradeMatrixParquet.Write (uncompressed)", () => Ours(oursPlain, ParquetCompression.None));
        using (var connection = new DuckDBConnection("DataSource=:memory:"))
        {
            connection.Open();
            Execute(connection, $"""
                CREATE TABLE cells AS SELECT reporter, partner, year,
                    max(value) FILTER (WHERE flow = 'X') AS exports, max(value) FILTER (WHERE flow = 'M') AS imports
                FROM read_csv('{tidy}', header = true, columns = {"{"}'reporter': 'VARCHAR', 'partner': 'VARCHAR', 'year': 'INTEGER', 'flow': 'VARCHAR', 'value': 'DOTS'{"}"})
                GROUP BY reporter, partner, year ORDER BY reporter, partner, year
                """.Replace("'DOTS'", "'DOUBLE'", StringComparison.Ordinal));
            times["duck"] = Median(rows, job, "DuckDB COPY (SELECT reporter, partner, year, exports, imports) TO parquet (Snappy)", () =>
            {
                Execute(connection, $"COPY (SELECT reporter, partner, year, exports, imports FROM cells) TO '{theirs}' (FORMAT parquet)");
                return 0;
            });
            times["duck-plain"] = Median(rows, job, "DuckDB COPY ... TO parquet (COMPRESSION 'uncompressed')", () =>
            {
                Execute(connection, $"COPY (SELECT reporter, partner, year, exports, imports FROM cells) TO '{theirsPlain}' (FORMAT parquet, COMPRESSION 'uncompressed')");
                return 0;
            });
        }
        static string Mb(string path) => (new FileInfo(path).Length / 1e6).ToString("0.0", CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\nParquet, pair-years with a value {CountRows(matrix):N0}: TradeArms {Mb(ours)} MB (uncompressed {Mb(oursPlain)} MB), DuckDB {Mb(theirs)} MB (uncompressed {Mb(theirsPlain)} MB)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ratio TradeArms / DuckDB (medians, same run): Snappy {times["ours"] / times["duck"]:0.00}x, uncompressed {times["ours-plain"] / times["duck-plain"]:0.00}x"));
    }

    private static long CountRows(BilateralTradeMatrix matrix)
    {
        var n = 0L;
        for (var pair = 0; pair < matrix.PairCount; pair++)
        {
            var x = matrix.Values(pair, TradeFlow.Exports);
            var m = matrix.Values(pair, TradeFlow.Imports);
            for (var t = 0; t < x.Length; t++)
            {
                n += double.IsNaN(x[t]) && double.IsNaN(m[t]) ? 0 : 1;
            }
        }
        return n;
    }

    /// <summary>A warm-up, then three timed rounds; prints the median's row and returns it (seconds).</summary>
    private static double Median(long rows, string job, string contender, Func<long> run)
    {
        run();
        var rounds = new double[3];
        for (var i = 0; i < rounds.Length; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            run();
            rounds[i] = clock.Elapsed.TotalSeconds;
        }
        using var process = Process.GetCurrentProcess();
        var median = rounds.Order().ElementAt(1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {rows / 1e6:0.#}M | {job} | {contender} | {median:0.000} | {process.PeakWorkingSet64 / 1e6:0} |"));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ({contender}: rounds {string.Join(", ", rounds.Select(r => r.ToString("0.000", CultureInfo.InvariantCulture)))} s)"));
        return median;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void WriteBaci(string path, long rows, List<Economy> countries)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("t,i,j,k,v,q\n");
        var random = new Random(1);
        var n = 0L;
        for (var i = 0; i < countries.Count && n < rows; i++)
        {
            for (var j = 0; j < countries.Count && n < rows; j++)
            {
                if (i == j)
                {
                    continue;
                }
                for (var k = 0; k < ProductsPerPair && n < rows; k++, n++)
                {
                    var product = 10121 + (k * 397);
                    var v = Math.Round(Math.Exp(random.NextDouble() * 12), 3);
                    var q = n % 20 == 0 ? "NA" : Math.Round(v * random.NextDouble(), 3).ToString(CultureInfo.InvariantCulture);
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"2018,{countries[i].M49},{countries[j].M49},{product},{v},{q}\n"));
                }
            }
        }
    }

    private static void WritePlus(string path, long rows, List<Economy> countries, string template)
    {
        var lines = File.ReadLines(template, Encoding.Latin1).Take(2).ToList();
        var header = lines[0].Split(',');
        var row = lines[1].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write(lines[0] + "\n");
        var random = new Random(1);
        var n = 0L;
        for (var r = 0; r < countries.Count && n < rows; r++)
        {
            for (var p = 0; p < countries.Count && n < rows; p++)
            {
                if (r == p)
                {
                    continue;
                }
                for (var k = 0; k < ProductsPerPair && n < rows; k++, n++)
                {
                    var value = ((long)Math.Exp(random.NextDouble() * 18)).ToString(CultureInfo.InvariantCulture);
                    row[Col("reporterCode")] = $"\"{countries[r].M49}\"";
                    row[Col("reporterISO")] = $"\"{countries[r].Iso3}\"";
                    row[Col("reporterDesc")] = "\"x\"";
                    row[Col("partnerCode")] = $"\"{countries[p].M49}\"";
                    row[Col("partnerISO")] = $"\"{countries[p].Iso3}\"";
                    row[Col("partnerDesc")] = "\"x\"";
                    row[Col("cmdCode")] = string.Create(CultureInfo.InvariantCulture, $"\"{10121 + (k * 397):D6}\"");
                    row[Col("cmdDesc")] = "\"x\"";
                    row[Col("aggrLevel")] = "\"6\"";
                    row[Col("isLeaf")] = "\"true\"";
                    row[Col("primaryValue")] = $"\"{value}\"";
                    row[Col("cifvalue")] = $"\"{value}\"";
                    writer.Write(string.Join(',', row));
                    writer.Write('\n');
                }
            }
        }
    }
}
