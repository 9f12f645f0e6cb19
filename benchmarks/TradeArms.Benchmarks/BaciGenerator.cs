using System.Globalization;
using System.Text;

namespace TradeArms.Benchmarks;

/// <summary>
/// Writes a BACI-shaped file (<c>t,i,j,k,v,q</c>, one year, sorted by i, j, k as BACI is) with 200 economies and 5,000
/// HS6 products and realistic sparsity: economy sizes and product popularity follow Zipf laws (exponents 1.0 and 0.8), and
/// cell (i, j, k) is present with probability <c>min(1, a w_i w_j p_k)</c>, a calibrated so the expected number of rows
/// is the one asked: big pairs trade thousands of products, most pairs a handful. Values are log-normal (US$ thousand,
/// 3 decimals as BACI prints them), q is 'NA' for one row in 20. Deterministic: the same rows every run.
/// </summary>
internal static class BaciGenerator
{
    public const int Economies = 200;
    public const int Products = 5000;

    public static int Run(string[] args)
    {
        var path = args[0];
        var rows = long.Parse(args[1], CultureInfo.InvariantCulture);
        var w = Enumerable.Range(1, Economies).Select(r => 1.0 / r).ToArray();
        // Product popularity, shuffled over codes so that popular products are spread over chapters.
        var rank = Enumerable.Range(1, Products).ToArray();
        var shuffle = new Random(16);
        shuffle.Shuffle(rank);
        var p = rank.Select(r => Math.Pow(r, -0.8)).ToArray();
        var sorted = p.OrderByDescending(x => x).ToArray();
        var suffix = new double[Products + 1];
        for (var k = Products - 1; k >= 0; k--)
        {
            suffix[k] = suffix[k + 1] + sorted[k];
        }
        double Expected(double a)
        {
            var total = 0.0;
            for (var i = 0; i < Economies; i++)
            {
                for (var j = 0; j < Economies; j++)
                {
                    if (i == j)
                    {
                        continue;
                    }
                    var c = a * w[i] * w[j];
                    // Products with c p_k >= 1 are certain; the rest contribute c p_k.
                    int lo = 0, hi = Products;
                    while (lo < hi)
                    {
                        var mid = (lo + hi) / 2;
                        if (c * sorted[mid] >= 1)
                        {
                            lo = mid + 1;
                        }
                        else
                        {
                            hi = mid;
                        }
                    }
                    total += lo + (c * suffix[lo]);
                }
            }
            return total;
        }
        double low = 0, high = 1;
        while (Expected(high) < rows)
        {
            high *= 2;
        }
        for (var n = 0; n < 100; n++)
        {
            var mid = (low + high) / 2;
            if (Expected(mid) < rows)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }
        var scale = (low + high) / 2;
        // BACI-like numeric codes (4, 8, 12, ...) and HS6 codes spread over 010110..9xxxxx, written without the leading zero.
        var codes = Enumerable.Range(0, Economies).Select(n => 4 + (4 * n)).ToArray();
        var products = Enumerable.Range(0, Products).Select(n => 10110 + (n * 197)).ToArray();
        var written = 0L;
        using (var file = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20))
        {
            file.NewLine = "\n";
            file.Write("t,i,j,k,v,q\n");
            var line = new StringBuilder(64);
            for (var i = 0; i < Economies; i++)
            {
                for (var j = 0; j < Economies; j++)
                {
                    if (i == j)
                    {
                        continue;
                    }
                    for (var k = 0; k < Products; k++)
                    {
                        var h = Hash((ulong)i, (ulong)j, (ulong)k);
                        var u = (h >> 11) * (1.0 / (1UL << 53));
                        if (u >= scale * w[i] * w[j] * p[k])
                        {
                            continue;
                        }
                        var g = Gaussian(Hash((ulong)k, (ulong)j + 1000, (ulong)i + 7));
                        var v = Math.Round(Math.Exp(3 + (2 * g)), 3);
                        if (v < 0.001)
                        {
                            v = 0.001;
                        }
                        line.Clear();
                        line.Append("2022,").Append(codes[i]).Append(',').Append(codes[j]).Append(',').Append(products[k]).Append(',')
                            .Append(v.ToString("0.###", CultureInfo.InvariantCulture)).Append(',')
                            .Append(h % 20 == 0 ? "NA" : Math.Round(v * 0.37, 3).ToString("0.###", CultureInfo.InvariantCulture)).Append('\n');
                        file.Write(line);
                        written++;
                    }
                }
            }
        }
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {written:N0} rows (asked {rows:N0}), {Economies} economies, {Products} products"));
        return 0;
    }

    private static ulong Hash(ulong a, ulong b, ulong c)
    {
        var x = (a * 0x9E3779B97F4A7C15UL) ^ (b * 0xC2B2AE3D27D4EB4FUL) ^ (c * 0x165667B19E3779F9UL);
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static double Gaussian(ulong h)
    {
        var u1 = ((h >> 11) + 1) * (1.0 / ((1UL << 53) + 1));
        var u2 = ((Hash(h, 1, 2) >> 11) + 0.5) * (1.0 / (1UL << 53));
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
