using System.Collections.Immutable;

namespace TradeArms.Products;

/// <summary>
/// Values converted from one classification to another, and the report of how: which codes were split (and by which
/// rule), which target codes merged several sources, and which codes were unmapped, each with its value. Nothing is
/// dropped: the converted values plus the unmapped values equal the input.
/// </summary>
/// <param name="From">The source classification.</param>
/// <param name="To">The target classification.</param>
/// <param name="Values">The converted values by target code, in code order.</param>
/// <param name="Steps">One step per source code, in input order.</param>
public sealed record ConcordanceConversion(Classification From, Classification To, ImmutableArray<(string Code, Money Value)> Values, ImmutableArray<ConversionStep> Steps)
{
    /// <summary>The source codes whose value was split among several targets.</summary>
    public IEnumerable<ConversionStep> Split => Steps.Where(s => s.IsSplit);

    /// <summary>The source codes the table does not have: reported with their values, not converted.</summary>
    public IEnumerable<ConversionStep> Unmapped => Steps.Where(s => s.IsUnmapped);

    /// <summary>The value of every source code together (null when there is none): <see cref="ConvertedTotal"/> plus <see cref="UnmappedTotal"/>.</summary>
    /// <exception cref="UnitMismatchException">The values are in different units.</exception>
    public Money? InputTotal => Sum(Steps.Select(s => s.Value));

    /// <summary>The converted values together (null when none was converted).</summary>
    /// <exception cref="UnitMismatchException">The values are in different units.</exception>
    public Money? ConvertedTotal => Sum(Values.Select(v => v.Value));

    /// <summary>The value of the source codes that were split among several targets (null when none was).</summary>
    /// <exception cref="UnitMismatchException">The values are in different units.</exception>
    public Money? SplitTotal => Sum(Split.Select(s => s.Value));

    /// <summary>The value of the unmapped source codes (null when every code mapped).</summary>
    /// <exception cref="UnitMismatchException">The values are in different units.</exception>
    public Money? UnmappedTotal => Sum(Unmapped.Select(s => s.Value));

    /// <summary>The target codes that received values from several source codes, with those sources.</summary>
    public IEnumerable<(string Code, IReadOnlyList<string> Sources)> Merged =>
        Steps.SelectMany(s => s.To.Select(t => (t.Code, s.From))).GroupBy(x => x.Code).Where(g => g.Select(x => x.From).Distinct().Count() > 1)
            .Select(g => (g.Key, (IReadOnlyList<string>)[.. g.Select(x => x.From).Distinct()]));

    private static Money? Sum(IEnumerable<Money> values) => values.Aggregate((Money?)null, (total, v) => total is { } t ? t + v : v);
}
