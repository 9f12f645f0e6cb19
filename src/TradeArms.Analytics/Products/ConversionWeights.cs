namespace TradeArms.Products;

/// <summary>
/// How a source code linked to several target codes is split: by default equally; with a weight table, in proportion to
/// each target's weight (e.g. the world's trade in each target code in a reference year: "trade-weighted").
/// </summary>
/// <param name="Weights">Weight per target code; targets absent from the table weigh 0.</param>
/// <param name="Description">What the weights are, for the report (<c>world imports 2022 by HS2017 code</c>).</param>
public sealed record ConversionWeights(IReadOnlyDictionary<string, decimal> Weights, string Description)
{
    /// <summary>The shares of <paramref name="targets"/>: proportional to the weights, or equal when they are all zero or absent (then <paramref name="equal"/> is true).</summary>
    internal IReadOnlyList<decimal> Shares(IReadOnlyList<string> targets, out bool equal)
    {
        var w = targets.Select(t => Weights.TryGetValue(t, out var x) && x > 0 ? x : 0m).ToList();
        var sum = w.Sum();
        equal = sum == 0;
        return equal ? [.. targets.Select(_ => 1m / targets.Count)] : [.. w.Select(x => x / sum)];
    }
}
