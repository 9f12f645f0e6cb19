namespace TradeArms.Products;

/// <summary>One code of an HS nomenclature: chapter, heading or subheading, with its description, parent and section.</summary>
/// <param name="Code">The code in its vintage.</param>
/// <param name="Description">The description as the list gives it.</param>
/// <param name="Parent">The parent code (<c>TOTAL</c> for a chapter).</param>
/// <param name="Section">The section numeral (<c>XIX</c>), where the list gives it.</param>
public sealed record HsEntry(ProductCode Code, string Description, string Parent, string? Section);
