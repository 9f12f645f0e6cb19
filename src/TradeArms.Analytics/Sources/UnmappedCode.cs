using TradeArms.Economies;

namespace TradeArms.Sources;

/// <summary>
/// An economy code of a file that the code model could not map (or that was used outside the years it is valid in),
/// with the trade it carries, so that no partner is silently dropped.
/// </summary>
/// <param name="System">The code system of the file.</param>
/// <param name="Code">The code as written.</param>
/// <param name="Label">The file's name for it, where it has one.</param>
/// <param name="Rows">The number of records with the code (as reporter or partner).</param>
/// <param name="Value">The sum of those records' values, per unit (one entry per unit in the file).</param>
/// <param name="FirstLine">The first line the code appears on.</param>
/// <param name="Reason">Why it is listed: unknown, or used outside its validity years.</param>
public sealed record UnmappedCode(EconomyCodeSystem System, string Code, string? Label, int Rows, IReadOnlyList<Money> Value, int FirstLine, string Reason)
{
    /// <summary>For example <c>Comtrade code 999 ('Atlantis'): 2 rows, 1234 US$, first on line 5: unknown</c>.</summary>
    public override string ToString() =>
        $"{System} code {Code}{(Label is { Length: > 0 } l ? $" ('{l}')" : "")}: {Rows} row{(Rows == 1 ? "" : "s")}, {string.Join(" + ", Value)}, first on line {FirstLine}: {Reason}";
}
