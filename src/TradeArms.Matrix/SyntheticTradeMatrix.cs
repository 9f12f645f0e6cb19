using System.Text;

namespace TradeArms.Matrix;

/// <summary>
/// A deterministic generator of realistic synthetic bilateral trade matrices in tidy CSV
/// (<c>reporter,partner,year,flow,value</c>), for benchmarks and scale tests: ISO 3166-1 alpha-3 codes, years
/// 1948-2023, both flows, log-normal values in US$ million with a size effect per country and a growth trend per pair,
/// about 3% zeros, 2% empty (missing) values and 4% cells left out. The same seed gives the same bytes.
/// </summary>
/// <remarks>
/// Rows are ordered by reporter, partner, year and flow (X before M). The number of countries is the smallest that
/// yields the requested number of rows; beyond the catalogue's ISO codes, codes from the user-assigned range
/// <c>XAA</c>-<c>XZZ</c> are used. The values are synthetic: they describe no real country.
/// </remarks>
public static class SyntheticTradeMatrix
{
    /// <summary>The first year generated.</summary>
    public const int FirstYear = 1948;

    /// <summary>The last year generated.</summary>
    public const int LastYear = 2023;

    /// <summary>The header line written first.</summary>
    public const string Header = "reporter,partner,year,flow,value";

    /// <summary>Writes <paramref name="rows"/> data rows (after the header) to a file.</summary>
    /// <returns>The number of bytes written.</returns>
    public static long Write(string path, long rows, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Text.SafeFile.Write(path, file => Write(file, rows, seed));
    }

    /// <summary>Writes <paramref name="rows"/> data rows (after the header) to a stream (left open).</summary>
    /// <returns>The number of bytes written.</returns>
    public static long Write(Stream output, long rows, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        const int Years = LastYear - FirstYear + 1;
        var codes = Codes(rows, Years);
        var random = new SplitMix64(seed);
        var size = new double[codes.Length];
        for (var i = 0; i < size.Length; i++)
        {
            size[i] = random.Normal();
        }
        var buffer = new byte[1 << 16];
        var used = 0;
        var written = 0L;
        void Flush()
        {
            output.Write(buffer, 0, used);
            written += used;
            used = 0;
        }
        used += Encoding.ASCII.GetBytes(Header + "\n", buffer);
        var left = rows;
        for (var r = 0; r < codes.Length && left > 0; r++)
        {
            for (var p = 0; p < codes.Length && left > 0; p++)
            {
                if (p == r)
                {
                    continue;
                }
                // Log-normal level from both countries' sizes, a growth trend per pair and noise per year.
                var level = 1.5 + (1.3 * (size[r] + size[p]));
                var growth = 0.06 + (0.04 * random.Normal());
                var imbalance = 0.5 * random.Normal();
                for (var y = 0; y < Years && left > 0; y++)
                {
                    for (var flow = 0; flow < 2 && left > 0; flow++)
                    {
                        var u = random.NextDouble();
                        if (u < 0.04)
                        {
                            continue; // cell left out
                        }
                        if (used > buffer.Length - 64)
                        {
                            Flush();
                        }
                        var line = buffer.AsSpan(used);
                        var n = 0;
                        n += Ascii(codes[r], line[n..]);
                        line[n++] = (byte)',';
                        n += Ascii(codes[p], line[n..]);
                        line[n++] = (byte)',';
                        n += Digits(FirstYear + y, line[n..]);
                        line[n++] = (byte)',';
                        line[n++] = flow == 0 ? (byte)'X' : (byte)'M';
                        line[n++] = (byte)',';
                        if (u < 0.06)
                        {
                            // empty: a missing value
                        }
                        else if (u < 0.09)
                        {
                            line[n++] = (byte)'0';
                        }
                        else
                        {
                            var log = level + (growth * (y - 40)) + (flow == 0 ? imbalance : -imbalance) + (0.35 * random.Normal());
                            n += Fixed3(Math.Exp(Math.Clamp(log, -6, 13)), line[n..]);
                        }
                        line[n++] = (byte)'\n';
                        used += n;
                        left--;
                    }
                }
            }
        }
        Flush();
        output.Flush();
        if (left > 0)
        {
            throw new InvalidOperationException("The generator ran out of cells; this is a bug.");
        }
        return written;
    }

    /// <summary>The codes of the countries needed for <paramref name="rows"/> rows.</summary>
    internal static string[] Codes(long rows, int years)
    {
        // About 96% of cells are written; keep a margin so the last reporter is never short.
        var count = 2;
        while ((double)count * (count - 1) * years * 2 * 0.93 < rows)
        {
            count++;
        }
        var codes = ActorCatalog.Default.Actors.Select(a => a.Iso3).OfType<string>().Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        for (var a = 'A'; a <= 'Z' && codes.Count < count; a++)
        {
            for (var b = 'A'; b <= 'Z' && codes.Count < count; b++)
            {
                var code = string.Concat("X", a.ToString(), b.ToString());
                if (!codes.Contains(code))
                {
                    codes.Add(code);
                }
            }
        }
        if (codes.Count < count)
        {
            throw new ArgumentOutOfRangeException(nameof(rows), rows, "Too many rows for the available codes.");
        }
        return [.. codes.Take(count).Order(StringComparer.Ordinal)];
    }

    private static int Ascii(string text, Span<byte> destination)
    {
        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = (byte)text[i];
        }
        return text.Length;
    }

    private static int Digits(long value, Span<byte> destination)
    {
        Span<byte> tmp = stackalloc byte[20];
        var n = 0;
        do
        {
            tmp[n++] = (byte)('0' + (value % 10));
            value /= 10;
        }
        while (value > 0);
        for (var i = 0; i < n; i++)
        {
            destination[i] = tmp[n - 1 - i];
        }
        return n;
    }

    /// <summary>Writes a positive value with three decimals, e.g. <c>123.456</c>.</summary>
    private static int Fixed3(double value, Span<byte> destination)
    {
        var thousandths = (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        var n = Digits(thousandths / 1000, destination);
        destination[n++] = (byte)'.';
        var fraction = thousandths % 1000;
        destination[n++] = (byte)('0' + (fraction / 100));
        destination[n++] = (byte)('0' + (fraction / 10 % 10));
        destination[n++] = (byte)('0' + (fraction % 10));
        return n;
    }

    /// <summary>SplitMix64 (Steele, Lea and Flood 2014): small, fast, and the same sequence on every platform.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;
        private double? _spare;

        public ulong Next()
        {
            unchecked
            {
                var z = _state += 0x9E37_79B9_7F4A_7C15;
                z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9;
                z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EB;
                return z ^ (z >> 31);
            }
        }

        /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
        public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

        /// <summary>Standard normal by the Box-Muller transform.</summary>
        public double Normal()
        {
            if (_spare is { } s)
            {
                _spare = null;
                return s;
            }
            var u1 = 1.0 - NextDouble();
            var u2 = NextDouble();
            var radius = Math.Sqrt(-2.0 * Math.Log(u1));
            _spare = radius * Math.Sin(2 * Math.PI * u2);
            return radius * Math.Cos(2 * Math.PI * u2);
        }
    }
}
