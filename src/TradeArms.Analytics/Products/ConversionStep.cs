namespace TradeArms.Products;

/// <summary>What happened to one source code's value in a conversion.</summary>
/// <param name="From">The source code.</param>
/// <param name="Value">Its value.</param>
/// <param name="To">The target codes and the parts of the value each received (empty when unmapped).</param>
/// <param name="Rule">In words: <c>1:1</c>, <c>merged (n:1)</c>, <c>split equally among 3</c>, <c>split by weights (...)</c>, <c>unmapped</c>.</param>
public sealed record ConversionStep(string From, Money Value, IReadOnlyList<(string Code, Money Value)> To, string Rule)
{
    /// <summary>True when the value went to several target codes.</summary>
    public bool IsSplit => To.Count > 1;

    /// <summary>True when the code is not in the table: its value is reported, not converted.</summary>
    public bool IsUnmapped => To.Count == 0;
}
