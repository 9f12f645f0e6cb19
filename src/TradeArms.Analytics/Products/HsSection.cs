namespace TradeArms.Products;

/// <summary>An HS section: a Roman numeral (I..XXI) and its name, grouping chapters (XIX: chapter 93).</summary>
/// <param name="Numeral">The numeral.</param>
/// <param name="Name">The name as the list gives it.</param>
public sealed record HsSection(string Numeral, string Name);
