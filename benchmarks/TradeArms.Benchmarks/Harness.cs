using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace TradeArms.Benchmarks;

/// <summary>
/// Times whole processes on the same generated files, interleaving the contenders round by round: wall time
/// (Stopwatch around the process), peak RSS and CPU time (GNU time's %M, %U, %S). Prints a Markdown table per file
/// with medians and ratios from the same run, and checks every contender's checksums against ours.
/// </summary>
internal static class Harness
{
    private sealed record Contender(string Name, string Description, string[] Command, bool Checked, int MaxRounds = int.MaxValue);

    private sealed record Sample(double Wall, double PeakMb, double Cpu, double? Loaded, double? Computed);

    public static int Run(string[] args)
    {
        string? Option(string name) => Array.IndexOf(args, "--" + name) is var i && i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var cli = Option("cli") ?? throw new ArgumentException("--cli <path to the published tradearms> is required.");
        var work = Option("work") ?? throw new ArgumentException("--work <folder> is required.");
        var rowsList = (Option("rows") ?? "1M").Split(',');
        var rounds = int.Parse(Option("rounds") ?? "5", CultureInfo.InvariantCulture);
        var slowRounds = int.Parse(Option("slow-rounds") ?? "3", CultureInfo.InvariantCulture);
        var python = Option("pandas");
        var skip = (Option("skip") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var self = Environment.ProcessPath!;
        Directory.CreateDirectory(work);
        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"Run at {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {Environment.ProcessorCount} cores; load average before: {LoadAverage()}\n\n");

        foreach (var rowsText in rowsList)
        {
            var rows = ParseRows(rowsText);
            var file = Path.Combine(work, $"matrix-{rowsText}.csv");
            if (!File.Exists(file))
            {
                Console.Error.WriteLine($"generating {file} ...");
                RunProcess([cli, "matrix", "generate", "--rows", rows.ToString(CultureInfo.InvariantCulture), "--out", file, "--seed", "1"], out _);
            }
            var bytes = new FileInfo(file).Length;
            var parquetOut = Path.Combine(work, $"summary-{rowsText}.parquet");
            var contenders = new List<Contender>
            {
                new("cat", "cat file > /dev/null (floor)", ["/bin/sh", "-c", $"cat '{file}' > /dev/null"], false),
                new("dotnet-bytes", ".NET start + read every byte", [self, "bytes", file], false),
                new("tradearms", "published CLI: load + all-pair balances (checksums)", [cli, "matrix", "summarize", file, "--checksum"], true),
                new("tradearms-trends", "the same + YoY, CAGR, OLS slope, 5-y rolling sums, top-5 shares", [cli, "matrix", "summarize", file, "--checksum", "--trends"], true),
                new("tradearms-parquet", "the same, writing every pair-year to Parquet", [cli, "matrix", "summarize", file, "--out", parquetOut, "--format", "parquet"], false),
                new("duckdb", "DuckDB.NET in-process: read_csv + one SQL query", [self, "duckdb", file], true),
                new("dataframe", "Microsoft.Data.Analysis LoadCsv + dictionary group-by", [self, "dataframe", file], true, slowRounds),
            };
            if (python is not null)
            {
                var script = Path.Combine(AppContext.BaseDirectory, "pandas_summarize.py");
                contenders.Add(new("pandas", "pandas read_csv + unstack (Debian python3-pandas)", [python, script, file], true, slowRounds));
            }
            contenders.RemoveAll(c => skip.Contains(c.Name));

            var samples = contenders.ToDictionary(c => c.Name, _ => new List<Sample>());
            var checks = new Dictionary<string, string>(StringComparer.Ordinal);
            Dictionary<string, (long, double)>? reference = null;
            var loads = new List<string>();
            for (var round = 0; round <= rounds; round++)
            {
                loads.Add(LoadAverage());
                foreach (var c in contenders)
                {
                    if (round > c.MaxRounds)
                    {
                        continue;
                    }
                    var sample = Measure(c.Command, work, out var stdout);
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rowsText} round {round} {c.Name}: {sample.Wall:0.000} s, {sample.PeakMb:0} MB"));
                    if (round == 0)
                    {
                        // The warm-up round checks the output; it is not counted.
                        if (c.Name == "tradearms-trends")
                        {
                            reference ??= Checksums.Parse(stdout);
                        }
                        if (c.Checked)
                        {
                            reference ??= Checksums.Parse(stdout);
                            checks[c.Name] = Checksums.Compare(reference, Checksums.Parse(stdout));
                        }
                        continue;
                    }
                    samples[c.Name].Add(sample);
                }
            }
            report.Append(Table(rowsText, rows, bytes, contenders, samples, checks, loads));
        }
        report.Append(CultureInfo.InvariantCulture, $"\nLoad average after: {LoadAverage()}\n");
        Console.WriteLine(report.ToString());
        return 0;
    }

    private static string Table(string label, long rows, long bytes, List<Contender> contenders, Dictionary<string, List<Sample>> samples,
        Dictionary<string, string> checks, List<string> loads)
    {
        static double Median(IEnumerable<double> values)
        {
            var v = values.Order().ToArray();
            return v.Length == 0 ? double.NaN : v.Length % 2 == 1 ? v[v.Length / 2] : (v[(v.Length / 2) - 1] + v[v.Length / 2]) / 2;
        }
        var wall = samples.ToDictionary(s => s.Key, s => Median(s.Value.Select(x => x.Wall)));
        double Ratio(string name, string to) => wall.TryGetValue(to, out var t) && !double.IsNaN(t) ? wall[name] / t : double.NaN;
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"### {label} rows ({rows:N0} rows, {bytes / 1e6:N1} MB)\n\n");
        text.Append(inv, $"Load average (1 min) at the start of each round: {string.Join(", ", loads)}\n\n");
        text.Append("| contender | what | rounds | wall s median (min-max) | M rows/s | MB/s | peak RSS MB | bytes/row | cpu s | x duckdb | speed-up vs dataframe | x pandas | x floor (cat) | check |\n");
        text.Append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var c in contenders)
        {
            var s = samples[c.Name];
            if (s.Count == 0)
            {
                continue;
            }
            var w = wall[c.Name];
            var rss = Median(s.Select(x => x.PeakMb));
            var throughput = c.Name is "cat" or "dotnet-bytes" or "tradearms" or "tradearms-trends" or "tradearms-parquet" or "duckdb" or "dataframe" or "pandas";
            string F(double v, string format) => double.IsNaN(v) ? "-" : v.ToString(format, inv);
            var speedup = wall.TryGetValue("dataframe", out var df) ? df / w : double.NaN;
            text.Append(inv, $"| {c.Name} | {c.Description} | {s.Count} | {w:0.000} ({s.Min(x => x.Wall):0.000}-{s.Max(x => x.Wall):0.000}) | ");
            text.Append(inv, $"{(throughput ? F(rows / w / 1e6, "0.00") : "-")} | {(throughput ? F(bytes / w / 1e6, "N0") : "-")} | {rss:N0} | {rss * 1e6 / rows:0.0} | ");
            text.Append(inv, $"{Median(s.Select(x => x.Cpu)):0.00} | {F(Ratio(c.Name, "duckdb"), "0.00")} | {F(speedup, "0.0")} | {F(Ratio(c.Name, "pandas"), "0.00")} | {F(Ratio(c.Name, "cat"), "0.0")} | {(checks.TryGetValue(c.Name, out var ok) ? ok : "-")} |\n");
        }
        if (wall.TryGetValue("tradearms", out var ours) && wall.TryGetValue("tradearms-trends", out var trends))
        {
            text.Append(inv, $"\nWhole process: tradearms-trends minus tradearms = {trends - ours:0.000} s (difference of medians; noisy).\n");
        }
        if (samples.TryGetValue("tradearms", out var plain) && samples.TryGetValue("tradearms-trends", out var withTrends) &&
            plain.All(x => x.Loaded is not null && x.Computed is not null) && withTrends.All(x => x.Computed is not null))
        {
            var load = Median(plain.Concat(withTrends).Select(x => x.Loaded!.Value));
            var balances = Median(plain.Select(x => x.Computed!.Value));
            var all = Median(withTrends.Select(x => x.Computed!.Value));
            text.Append(inv, $"In-process phases of tradearms (medians): load into the cube {load:0.000} s; all-pair balances {balances:0.000} s; balances + trend workload {all:0.000} s, so **the trend workload adds {all - balances:0.000} s**.\n");
        }
        return text.Append('\n').ToString();
    }

    private static Sample Measure(string[] command, string work, out string stdout)
    {
        var timeFile = Path.Combine(work, ".time");
        var clock = Stopwatch.StartNew();
        var code = RunProcess(["/usr/bin/time", "-f", "%M %U %S", "-o", timeFile, .. command], out stdout, out var stderr);
        var wall = clock.Elapsed.TotalSeconds;
        if (code != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', command)}' exited with {code}.");
        }
        var f = File.ReadAllText(timeFile).Trim().Split('\n')[^1].Split(' ');
        var kb = double.Parse(f[0], CultureInfo.InvariantCulture);
        var cpu = double.Parse(f[1], CultureInfo.InvariantCulture) + double.Parse(f[2], CultureInfo.InvariantCulture);
        // In-process phases that tradearms prints on standard error.
        static double? Phase(string text, string pattern) =>
            System.Text.RegularExpressions.Regex.Match(text, pattern) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        return new Sample(wall, kb / 1024.0, cpu, Phase(stderr, @"^Loaded .* in ([0-9.]+) s:"), Phase(stderr, @"Computed in ([0-9.]+) s\."));
    }

    private static int RunProcess(string[] command, out string stdout) => RunProcess(command, out stdout, out _);

    internal static int RunProcess(string[] command, out string stdout, out string stderr)
    {
        var info = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in command[1..])
        {
            info.ArgumentList.Add(a);
        }
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        stderr = error.Result;
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine(stderr);
        }
        return process.ExitCode;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static long ParseRows(string text) =>
        text.EndsWith('M') ? long.Parse(text[..^1], CultureInfo.InvariantCulture) * 1_000_000
        : text.EndsWith('k') ? long.Parse(text[..^1], CultureInfo.InvariantCulture) * 1_000
        : long.Parse(text, CultureInfo.InvariantCulture);
}
