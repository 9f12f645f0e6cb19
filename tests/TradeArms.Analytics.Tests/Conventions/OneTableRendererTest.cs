using System.Text.RegularExpressions;

namespace TradeArms.Tests.Conventions;

/// <summary>
/// One renderer per format: a command's text table is <c>TradeArms.Rendering.TableRenderer.Render(result)</c> of a
/// library result, never columns a command aligns itself. This test reads src/TradeArms.Cli/Commands and fails on a
/// text table laid out by hand (<c>TextTable.Format</c>, <c>PadLeft</c>/<c>PadRight</c>, <c>{x,-20}</c> alignment).
/// </summary>
public partial class OneTableRendererTest
{
    // Lines of the layouts this rule replaced (trade summary, milex series/compare/profile, trade indicators, trends).
    public static TheoryData<string> FormerLayouts =>
    [
        "text.Append(TradeArms.Text.TextTable.Format([\"Year\", sheet.Unit.IsFraction ? \"Share\" : \"Value\"], [false, true], rows));",
        "text.Append(TradeArms.Text.TextTable.Format(header, [.. header.Select((_, i) => i >= header.Count - table.Columns.Length)], cells));",
        "line.Append(rightAligned.Contains(i) ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));",
        "text.Append(CultureInfo.InvariantCulture, $\"      {r.Name,-22} {r.ShareOfWorldPercent,8:0.0} {Signed(r.ChangePercent),9}\\n\");",
    ];

    // Layouts still to move onto the renderer, each with the reason; the list may only shrink.
    private static readonly Dictionary<string, string> Pending = new(StringComparer.Ordinal)
    {
        ["ArmsFactSheetCommand.cs"] = "arms fact-sheet: the lead's item of issue 11 this round",
        ["OverviewCommand.cs"] = "overview: the lead's item of issue 11 this round",
        ["DealOutput.cs"] = "arms deals: s11-register's item this round",
        ["ValidateCommand.cs"] = "validate: s11-register's item this round",
        ["ChartsCommand.cs"] = "charts --list prints chart ids beside titles, a listing rather than a result table",
    };

    [Theory]
    [MemberData(nameof(FormerLayouts))]
    public void Patterns_CatchTheFormerLayouts(string line) => Assert.True(IsLayout(line), line);

    [Theory]
    [InlineData("_ => TableRenderer.Render(series),")]
    [InlineData("context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $\"wrote {path} ({Encoding.UTF8.GetByteCount(html):#,0} bytes)\"));")]
    [InlineData("throw new UsageException($\"{Name} takes one country (found {args.Positional.Count.ToString(CultureInfo.InvariantCulture)} arguments).\");")]
    public void Patterns_LeaveRenderingAlone(string line) => Assert.False(IsLayout(line), line);

    [Fact]
    public void NoCommand_LaysOutATextTableItself()
    {
        var offenders = CommandSources.Offenders(Pending, IsLayout);
        Assert.True(offenders.Count == 0, "Render text with TableRenderer.Render(result) of a library result:\n" + string.Join('\n', offenders));
    }

    private static bool IsLayout(string line) => !line.TrimStart().StartsWith("//", StringComparison.Ordinal) && Layout().IsMatch(line);

    [GeneratedRegex(@"TextTable\.Format|\.PadLeft\(|\.PadRight\(|\{[^{}"":]+,-?[0-9]+(:[^}]*)?\}")]
    private static partial Regex Layout();
}
