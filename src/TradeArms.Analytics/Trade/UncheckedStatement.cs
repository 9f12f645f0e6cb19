namespace TradeArms.Trade;

/// <summary>A clause of a published statement that could not be checked, with the reason (see <see cref="PublishedStatements"/>).</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Statement">The clause as published.</param>
/// <param name="Reason">Why it was not checked.</param>
public sealed record UncheckedStatement(int Line, string Statement, string Reason);
