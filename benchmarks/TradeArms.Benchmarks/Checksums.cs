using System.Globalization;

namespace TradeArms.Benchmarks;

/// <summary>
/// The checksum lines every contender prints (the format of <c>tradearms matrix summarize --checksum</c>):
/// <c>name count sum</c> over the defined values of each all-pairs column, plus the numbers of pairs and periods.
/// </summary>
internal static class Checksums
{
    public static void Print(long? pairs, long periods, IEnumerable<(string Name, long Count, double Sum)> columns)
    {
        if (pairs is { } p)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pairs {p}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"periods {periods}"));
        foreach (var (name, count, sum) in columns)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {count} {sum:R}"));
        }
    }

    /// <summary>Accumulates the six balance columns for one (pair, period) cell; NaN is missing.</summary>
    public sealed class Balances
    {
        private readonly long[] _count = new long[6];
        private readonly double[] _sum = new double[6];

        public void Add(double x, double m)
        {
            Add(0, x);
            Add(1, m);
            Add(2, x - m);
            Add(3, x + m);
            Add(4, m == 0 ? double.NaN : x / m);
            Add(5, x + m == 0 ? double.NaN : (x - m) / (x + m));
        }

        private void Add(int i, double v)
        {
            if (!double.IsNaN(v))
            {
                _count[i]++;
                _sum[i] += v;
            }
        }

        public IEnumerable<(string, long, double)> Columns()
        {
            string[] names = ["exports", "imports", "balance", "turnover", "coverage", "normalised_balance"];
            for (var i = 0; i < names.Length; i++)
            {
                yield return (names[i], _count[i], _sum[i]);
            }
        }
    }

    /// <summary>Parses checksum lines; null values for lines that are not checksums.</summary>
    public static Dictionary<string, (long Count, double Sum)> Parse(string text)
    {
        var result = new Dictionary<string, (long, double)>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var f = line.Split(' ');
            if (f.Length == 2 && long.TryParse(f[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                result[f[0]] = (n, 0);
            }
            else if (f.Length == 3 && long.TryParse(f[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) &&
                     double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var s))
            {
                result[f[0]] = (c, s);
            }
        }
        return result;
    }

    /// <summary>Do the checksums of <paramref name="actual"/> agree with <paramref name="reference"/> on every key they share?
    /// Counts exactly; sums to a relative 1e-9 (summation order differs between tools).</summary>
    public static string Compare(Dictionary<string, (long Count, double Sum)> reference, Dictionary<string, (long Count, double Sum)> actual)
    {
        if (actual.Count == 0)
        {
            return "no checksums";
        }
        foreach (var (key, (count, sum)) in actual)
        {
            if (!reference.TryGetValue(key, out var r))
            {
                continue;
            }
            if (r.Count != count || Math.Abs(r.Sum - sum) > 1e-9 * Math.Max(1, Math.Abs(r.Sum)))
            {
                return string.Create(CultureInfo.InvariantCulture, $"DIFFERS: {key} {count} {sum:R} vs {r.Count} {r.Sum:R}");
            }
        }
        return "ok";
    }
}
