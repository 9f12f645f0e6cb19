namespace TradeArms.Products;

/// <summary>One link of a correlation table: a source code, a target code, and the relationship the table publishes.</summary>
/// <param name="From">The source code.</param>
/// <param name="To">The target code.</param>
/// <param name="Published">The relationship as published, or null when the table gives none.</param>
/// <param name="Line">The 1-based row of the table (spreadsheet row or CSV line).</param>
public sealed record ConcordanceLink(string From, string To, LinkRelationship? Published, int Line);
