namespace TradeArms.Trade;

/// <summary>
/// One published figure of a statements file checked against what it is computed from (see
/// <see cref="PublishedStatements"/>): an identity (total = exports + imports, balance = exports - imports) or a stated
/// change or percentage against the figures it compares.
/// </summary>
/// <param name="Line">The 1-based line of the statement.</param>
/// <param name="Period">The period as published.</param>
/// <param name="Statement">What was checked, e.g. <c>total = exports + imports</c> or the clause as published.</param>
/// <param name="Field">What the figure is: <c>total</c>, <c>balance</c>, <c>change</c> or <c>percentChange</c>.</param>
/// <param name="Published">The figure as published (a decline as a negative number).</param>
/// <param name="Computed">The figure computed from the other published figures.</param>
/// <param name="Tolerance">Half a unit of the last printed digit of the figure, plus the rounding of the figures it is computed from.</param>
public sealed record PublishedFigureCheck(int Line, string Period, string Statement, string Field, decimal Published, decimal Computed, decimal Tolerance)
{
    /// <summary>Published minus computed.</summary>
    public decimal Difference => Published - Computed;

    /// <summary>Does the published figure agree with the computed one at its printed precision?</summary>
    public bool IsConsistent => Math.Abs(Difference) <= Tolerance;
}
