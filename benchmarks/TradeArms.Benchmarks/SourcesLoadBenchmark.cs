using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using TradeArms.Sources;

namespace TradeArms.Benchmarks;

/// <summary>
/// Issue 15's load jobs: each contender (the library's typed reader, DuckDB's <c>CREATE TABLE t AS SELECT * FROM
/// read_csv(...)</c>) runs in a process of its own, which loads the file once as a warm-up and then
/// <see cref="Rounds"/> times, collecting garbage between loads; the parent reports the median wall time, the
/// processor time, the child's peak working set (so no contender inherits another's memory) and, for the library, the
/// managed bytes the loaded dataset keeps per row.
/// </summary>
internal static class SourcesLoadBenchmark
{
    private const int Rounds = 3;

    /// <summary>Prints the header of the load table.</summary>
    public static void Header()
    {
        Console.WriteLine("| rows | job | contender | wall s median (min-max) of 3 after a warm-up | cpu s median | peak RSS MB (own process) | kept bytes/row | x DuckDB |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
    }

    /// <summary>Measures the library and DuckDB on one file, each in its own process.</summary>
    public static void Compare(long rows, string job, string file, string ours, string duckdb)
    {
        var theirs = Child(duckdb, file);
        var mine = Child(ours, file);
        foreach (var (name, r) in new[] { (ours, mine), (duckdb, theirs) })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {rows / 1e6:0.#}M | {job} | {Label(name)} | {r.Median:0.000} ({r.Times.Min():0.000}-{r.Times.Max():0.000}) | {r.Cpu:0.00} | {r.PeakBytes / 1e6:0} | {(r.KeptBytes is { } k ? (k / (double)rows).ToString("0.0", CultureInfo.InvariantCulture) : "-")} | {r.Median / theirs.Median:0.00} |"));
        }
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ({job}: {mine.Rows} and {theirs.Rows} rows loaded; load average {File.ReadAllText("/proc/loadavg").Trim()})"));
    }

    private static string Label(string contender) => contender switch
    {
        "baci-tradearms" => "TradeArms BaciReader.Read",
        "plus-tradearms" => "TradeArms ComtradeCsvReader.Read",
        _ => "DuckDB read_csv into a table",
    };

    private sealed record Result(double[] Times, double Cpu, long PeakBytes, long? KeptBytes, long Rows)
    {
        public double Median => Times.Order().ElementAt(Times.Length / 2);
    }

    private static Result Child(string contender, string file)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(SourcesLoadBenchmark).Assembly.Location);
        }
        foreach (var a in new[] { "sources-load", contender, file })
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{contender} failed (exit {process.ExitCode}): {output}");
        }
        var f = output.Trim().Split(' ');
        double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
        long L(int i) => long.Parse(f[i], CultureInfo.InvariantCulture);
        return new Result([.. f[0].Split(',').Select(t => double.Parse(t, CultureInfo.InvariantCulture))], D(1), L(2), f[3] == "-" ? null : L(3), L(4));
    }

    /// <summary>The child: <c>sources-load &lt;contender&gt; &lt;file&gt;</c>; prints times, cpu, peak, kept bytes, rows.</summary>
    public static int Run(string[] args)
    {
        var (contender, file) = (args[0], args[1]);
        var duck = contender.EndsWith("-duckdb", StringComparison.Ordinal);
        var options = contender.StartsWith("plus", StringComparison.Ordinal)
            ? ", delim = ',', quote = '\"', escape = '\"', strict_mode = false, null_padding = true" : "";
        Func<object> load = contender switch
        {
            "baci-tradearms" => () => BaciReader.Read(file),
            "plus-tradearms" => () => ComtradeCsvReader.Read(file),
            _ when duck => () => DuckTable(file, options),
            _ => throw new ArgumentException($"Unknown contender '{contender}'."),
        };
        using var self = Process.GetCurrentProcess();
        load(); // warm-up: JIT, file in the page cache
        var times = new List<double>();
        var cpu = new List<double>();
        long? kept = null;
        long count = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var (time, processor, keptBytes, rows) = Round(load, self);
            times.Add(time);
            cpu.Add(processor);
            kept = keptBytes;
            count = rows;
        }
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{string.Join(',', times.Select(t => t.ToString("0.0000", CultureInfo.InvariantCulture)))} {cpu.Order().ElementAt(Rounds / 2):0.000} {self.PeakWorkingSet64} {(kept is { } k ? k.ToString(CultureInfo.InvariantCulture) : "-")} {count}"));
        return 0;
    }

    /// <summary>One timed load, in a frame of its own so that its result is garbage when the next one starts.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (double Time, double Cpu, long? Kept, long Rows) Round(Func<object> load, Process self)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        self.Refresh();
        var cpuBefore = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = load();
        clock.Stop();
        self.Refresh();
        var cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
        if (result is TradeDataset data)
        {
            var kept = GC.GetTotalMemory(true) - before;
            GC.KeepAlive(data);
            return (clock.Elapsed.TotalSeconds, cpu, kept, data.Records.Length);
        }
        return (clock.Elapsed.TotalSeconds, cpu, null, (long)result);
    }

    private static long DuckTable(string path, string options)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE TABLE t AS SELECT * FROM read_csv('{path}', header = true{options})";
        command.ExecuteNonQuery();
        command.CommandText = "SELECT count(*) FROM t";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
