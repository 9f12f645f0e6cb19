using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace TradeArms.Benchmarks;

/// <summary>
/// The indicators benchmark: for each size, a generated BACI file (<see cref="BaciGenerator"/>), a warm-up round whose
/// checksums must agree (counts exactly, sums to a relative 1e-9), then rounds of each contender as its own process
/// (interleaved), wall time from a Stopwatch around the process, peak RSS from GNU time's %M. Prints a Markdown table.
/// </summary>
internal static class IndicatorsHarness
{
    public static int Run(string[] args)
    {
        string Option(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 ? args[i + 1] : fallback;
        var work = Option("--work", "benchmarks/data");
        var rounds = int.Parse(Option("--rounds", "3"), CultureInfo.InvariantCulture);
        var self = Environment.ProcessPath!;
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        Directory.CreateDirectory(work);
        foreach (var size in Option("--rows", "1M,10M").Split(','))
        {
            var rows = size.EndsWith('M') ? long.Parse(size[..^1], inv) * 1_000_000 : long.Parse(size, inv);
            var file = Path.GetFullPath(Path.Combine(work, $"baci-{size}.csv"));
            if (!File.Exists(file))
            {
                Run([self, "indicators-generate", file, rows.ToString(inv)], out _);
            }
            var lines = File.ReadLines(file).LongCount() - 1;
            (string Name, string[] Command)[] contenders = [("tradearms", [self, "indicators-tradearms", file]), ("duckdb", [self, "indicators-duckdb", file])];
            var reference = "";
            var check = new Dictionary<string, string>();
            foreach (var (name, command) in contenders)
            {
                Measure(command, work, out var stdout);
                if (name == "tradearms")
                {
                    reference = stdout;
                }
                check[name] = Agree(reference, stdout) ? "ok" : "DIFFERENT: " + stdout.Replace('\n', ' ');
                Console.Error.WriteLine($"{size} warm-up {name}: {stdout.Replace('\n', ' ')}");
            }
            var samples = contenders.ToDictionary(c => c.Name, _ => new List<(double Wall, double Mb)>());
            for (var round = 1; round <= rounds; round++)
            {
                foreach (var (name, command) in contenders)
                {
                    var s = Measure(command, work, out _);
                    samples[name].Add(s);
                    Console.Error.WriteLine(string.Create(inv, $"  {size} round {round} {name}: {s.Wall:0.000} s, {s.Mb:0} MB"));
                }
            }
            var duck = Median(samples["duckdb"].Select(s => s.Wall));
            text.Append(inv, $"\n{lines:N0} rows ({new FileInfo(file).Length / 1e6:0} MB), median of {rounds} rounds, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end:\n\n");
            text.Append("| contender | wall s | vs duckdb | peak MB | bytes per row | check |\n|---|---|---|---|---|---|\n");
            foreach (var (name, _) in contenders)
            {
                var wall = Median(samples[name].Select(s => s.Wall));
                var mb = Median(samples[name].Select(s => s.Mb));
                text.Append(inv, $"| {name} | {wall:0.000} | {wall / duck:0.00}x | {mb:0} | {mb * 1024 * 1024 / lines:0.0} | {check[name]} |\n");
            }
        }
        Console.Write(text);
        return 0;
    }

    private static bool Agree(string a, string b)
    {
        var x = a.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var y = b.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (x.Length != y.Length)
        {
            return false;
        }
        for (var n = 0; n < x.Length; n++)
        {
            if (double.TryParse(x[n], CultureInfo.InvariantCulture, out var p) && double.TryParse(y[n], CultureInfo.InvariantCulture, out var q))
            {
                if (Math.Abs(p - q) > 1e-9 * Math.Max(Math.Abs(p), Math.Abs(q)))
                {
                    return false;
                }
            }
            else if (x[n] != y[n])
            {
                return false;
            }
        }
        return true;
    }

    private static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToList();
        return v.Count % 2 == 1 ? v[v.Count / 2] : (v[(v.Count / 2) - 1] + v[v.Count / 2]) / 2;
    }

    private static (double Wall, double Mb) Measure(string[] command, string work, out string stdout)
    {
        var timeFile = Path.Combine(work, ".time-indicators");
        var clock = Stopwatch.StartNew();
        if (Run(["/usr/bin/time", "-f", "%M", "-o", timeFile, .. command], out stdout) != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', command)}' failed.");
        }
        var wall = clock.Elapsed.TotalSeconds;
        var kb = double.Parse(File.ReadAllText(timeFile).Trim().Split('\n')[^1], CultureInfo.InvariantCulture);
        return (wall, kb / 1024);
    }

    private static int Run(string[] command, out string stdout)
    {
        var code = Harness.RunProcess(command, out stdout, out var stderr);
        if (code == 0 && stderr.Length > 0)
        {
            Console.Error.Write(stderr);
        }
        return code;
    }
}
