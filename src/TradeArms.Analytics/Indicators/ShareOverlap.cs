namespace TradeArms.Indicators;

/// <summary>Share vectors over products and the distances between them (internal to the indicators).</summary>
internal static class ShareOverlap
{
    /// <summary>
    /// <c>sum_k |a_k - b_k|</c> for a sparse share vector a (products ascending) against a dense one b whose entries sum
    /// to <paramref name="denseSum"/>: the products outside a contribute b_k each.
    /// </summary>
    public static double AbsoluteDistance(int[] products, double[] values, int start, int end, double scale, double[] dense, double denseSum)
    {
        var sum = denseSum;
        for (var r = start; r < end; r++)
        {
            var b = dense[products[r]];
            sum += Math.Abs((values[r] * scale) - b) - b;
        }
        return sum;
    }

    /// <summary><c>sum_k min(a_k, b_k)</c> of two sparse share vectors (products ascending).</summary>
    public static double MinimumOverlap(int[] products, double[] values, (int Start, int End, double Scale) a, (int Start, int End, double Scale) b)
    {
        var sum = 0.0;
        int p = a.Start, q = b.Start;
        while (p < a.End && q < b.End)
        {
            var kp = products[p];
            var kq = products[q];
            if (kp == kq)
            {
                sum += Math.Min(values[p++] * a.Scale, values[q++] * b.Scale);
            }
            else if (kp < kq)
            {
                p++;
            }
            else
            {
                q++;
            }
        }
        return sum;
    }
}
