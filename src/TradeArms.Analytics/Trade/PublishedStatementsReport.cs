using System.Collections.Immutable;

namespace TradeArms.Trade;

/// <summary>The checks of a published-statements file (<see cref="PublishedStatements.Check"/>).</summary>
/// <param name="Path">The file.</param>
/// <param name="Statements">The statement lines read.</param>
/// <param name="Checks">Every figure checked, consistent or not, in line order.</param>
/// <param name="Unchecked">Clauses that could not be checked, with reasons.</param>
public sealed partial record PublishedStatementsReport(string Path, int Statements, ImmutableArray<PublishedFigureCheck> Checks, ImmutableArray<UncheckedStatement> Unchecked)
{
    /// <summary>The figures that disagree beyond their printed precision.</summary>
    public IEnumerable<PublishedFigureCheck> Inconsistencies => Checks.Where(c => !c.IsConsistent);

    /// <summary>Do all checked figures agree?</summary>
    public bool IsConsistent => Checks.All(c => c.IsConsistent);

    /// <summary>The report as text by the one <see cref="Rendering.TableRenderer"/>: every figure checked, the counts and the clauses not checked.</summary>
    public override string ToString() => Rendering.TableRenderer.Render(this);
}
