using System.Globalization;

namespace TradeArms.Register;

/// <summary>
/// A record the reader joined because an unquoted line break split it across physical lines (see
/// <see cref="TradeRegisterReader"/> for the rule).
/// </summary>
/// <param name="Source">The file.</param>
/// <param name="Line">The 1-based line where the record starts.</param>
/// <param name="ContinuationLine">The 1-based line of the last fragment that was joined to it.</param>
/// <param name="Column">The 1-based field in which the line break fell (13, <c>Comments</c>, in the full register).</param>
/// <param name="Field">The name of that field.</param>
/// <param name="Joined">The field's text after the repair.</param>
public sealed record LineRepair(string Source, int Line, int ContinuationLine, int Column, string Field, string Joined)
{
    /// <summary>For example <c>trade-register.csv:24336:13: line break in Comments; joined with line 24337</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Source}:{Line}:{Column}: line break in {Field}; joined with line {ContinuationLine}");
}
