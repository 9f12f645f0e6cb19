using System.Globalization;
using DuckDB.NET.Data;
using TradeArms.Indicators;

namespace TradeArms.Benchmarks;

/// <summary>
/// The indicators workload: load a BACI file, Grubel-Lloyd for every pair, RCA for every exporter-product. Each contender
/// prints the same checksums (count, sum, sum of squares and a pair-weighted sum of GL and of RCA; the weight
/// <c>(31 a + b) mod 97 + 1</c> of the two codes catches a value moved to the wrong row).
/// </summary>
internal static class IndicatorsContenders
{
    public static int TradeArms(string path)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var flows = BaciFlowReader.Read(path);
        var loaded = clock.Elapsed.TotalSeconds;
        var gl = GrubelLloyd.EveryPair(flows);
        var rca = RevealedComparativeAdvantage.Compute(flows);
        var computed = clock.Elapsed.TotalSeconds - loaded;
        var (glCount, glSum, glSquares, glWeighted) = (0L, 0.0, 0.0, 0.0);
        var glColumn = GrubelLloyd.Columns.IndexOf("gl");
        for (var r = 0; r < gl.Count; r++)
        {
            if (gl.Value(r, glColumn) is { } v)
            {
                var (a, b) = (int.Parse(gl.Reporter(r), CultureInfo.InvariantCulture), int.Parse(gl.Partner(r)!, CultureInfo.InvariantCulture));
                (a, b) = (Math.Min(a, b), Math.Max(a, b));
                glCount++;
                glSum += v;
                glSquares += v * v;
                glWeighted += v * (((31 * a) + b) % 97 + 1);
            }
        }
        var (rcaCount, rcaSum, rcaSquares, rcaWeighted) = (0L, 0.0, 0.0, 0.0);
        var rcaColumn = RevealedComparativeAdvantage.Columns.IndexOf("rca");
        for (var r = 0; r < rca.Count; r++)
        {
            if (rca.Value(r, rcaColumn) is { } v)
            {
                var (i, k) = (int.Parse(rca.Reporter(r), CultureInfo.InvariantCulture), int.Parse(rca.Product(r)!, CultureInfo.InvariantCulture));
                rcaCount++;
                rcaSum += v;
                rcaSquares += v * v;
                rcaWeighted += v * (((31 * i) + k) % 97 + 1);
            }
        }
        Print(glCount, glSum, glSquares, glWeighted, rcaCount, rcaSum, rcaSquares, rcaWeighted);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Loaded {flows.Count} rows in {loaded:0.000} s: {flows.Economies.Length} economies, {flows.ProductCodes.Length} products. Computed in {computed:0.000} s."));
        return 0;
    }

    public static int DuckDb(string path)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        var file = path.Replace("'", "''", StringComparison.Ordinal);
        command.CommandText = $"""
            CREATE TEMP TABLE f AS SELECT t, i, j, k, v FROM read_csv('{file}', header = true, delim = ',',
                columns = {"{"}'t': 'INTEGER', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'INTEGER', 'v': 'DOUBLE', 'q': 'VARCHAR'{"}"});
            """;
        command.ExecuteNonQuery();
        var loaded = clock.Elapsed.TotalSeconds;
        command.CommandText = """
            WITH p AS (
                SELECT t, least(i, j) AS a, greatest(i, j) AS b, k,
                       sum(CASE WHEN i < j THEN v ELSE 0 END) AS x, sum(CASE WHEN i > j THEN v ELSE 0 END) AS m
                FROM f GROUP BY t, a, b, k),
            gl AS (SELECT a, b, 1 - sum(abs(x - m)) / sum(x + m) AS gl FROM p GROUP BY t, a, b HAVING sum(x + m) > 0),
            xik AS (SELECT t, i, k, sum(v) AS x FROM f GROUP BY t, i, k),
            xi AS (SELECT t, i, sum(x) AS xi FROM xik GROUP BY t, i),
            xk AS (SELECT t, k, sum(x) AS xk FROM xik GROUP BY t, k),
            xw AS (SELECT t, sum(x) AS xw FROM xik GROUP BY t),
            rca AS (SELECT xik.i, xik.k, (xik.x / xi.xi) / (xk.xk / xw.xw) AS r
                    FROM xik JOIN xi USING (t, i) JOIN xk USING (t, k) JOIN xw USING (t) WHERE xi.xi > 0 AND xk.xk > 0)
            SELECT (SELECT count(*) FROM gl), (SELECT sum(gl) FROM gl), (SELECT sum(gl * gl) FROM gl), (SELECT sum(gl * ((31 * a + b) % 97 + 1)) FROM gl),
                   (SELECT count(*) FROM rca), (SELECT sum(r) FROM rca), (SELECT sum(r * r) FROM rca), (SELECT sum(r * ((31 * i + k) % 97 + 1)) FROM rca)
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        Print(reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetInt64(4), reader.GetDouble(5), reader.GetDouble(6), reader.GetDouble(7));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"duckdb: loaded in {loaded:0.000} s, {clock.Elapsed.TotalSeconds:0.000} s in all"));
        return 0;
    }

    private static void Print(long glCount, double glSum, double glSquares, double glWeighted, long rcaCount, double rcaSum, double rcaSquares, double rcaWeighted)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gl {glCount} {glSum:R} {glSquares:R} {glWeighted:R}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rca {rcaCount} {rcaSum:R} {rcaSquares:R} {rcaWeighted:R}"));
    }
}
