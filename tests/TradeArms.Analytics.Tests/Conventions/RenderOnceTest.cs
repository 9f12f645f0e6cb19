using System.Text.RegularExpressions;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Conventions;

/// <summary>
/// One renderer per format: text tables are laid out by <c>TradeArms.Rendering.TableRenderer</c> (through
/// <c>TradeArms.Text.TextTable</c>) from a result's contract, never by a command or a result of its own. This test reads
/// every source file of src/ and fails on a hand-made text layout: padding, alignment in an interpolated string, or a
/// call of the table formatter outside the renderers.
/// </summary>
public partial class RenderOnceTest
{
    // Lines of the layouts this test retired (the validate, deals, milex and fact-sheet text before the renderer).
    public static TheoryData<string> FormerLayouts =>
    [
        "text.Append(alignRight ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));",
        "text.Append(CultureInfo.InvariantCulture, $\"{e.Rank,4}  {e.Actor.Name,-22} {e.ShareOfWorldPercent,8:0.0} {Signed(e.ChangePercent),9}\\n\");",
        "text.Append(TradeArms.Text.TextTable.Format([\"Year\", sheet.Unit.IsFraction ? \"Share\" : \"Value\"], [false, true], rows));",
        "text.Append(CultureInfo.InvariantCulture, $\"  {table.Window}: {table.Total.Millions,8:#,0}  HHI {points,5}\");",
        "text.Append(TradeArms.Text.TextTable.Format(header, [.. header.Select((_, i) => i >= header.Count - table.Columns.Length)], cells));",
        "line.Append(rightAligned.Contains(i) ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));",
        "text.Append(CultureInfo.InvariantCulture, $\"      {r.Name,-22} {r.ShareOfWorldPercent,8:0.0} {Signed(r.ChangePercent),9}\\n\");",
    ];

    // Where a layout is the point: the renderers and the formatter they share, and the command line's own help.
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["TradeArms.Analytics/Rendering/"] = "the renderers",
        ["TradeArms.Analytics/Text/TextTable.cs"] = "the one text-table formatter the table renderer uses",
        ["TradeArms.Cli/Infrastructure/Help.cs"] = "the command line's help (option names and descriptions), not a result",
        ["TradeArms.Cli/Commands/ChartsCommand.cs"] = "charts --list: the chart catalogue's ids and titles, a listing, not a result",
    };

    [Theory]
    [MemberData(nameof(FormerLayouts))]
    public void Patterns_CatchTheFormerLayouts(string line) => Assert.True(IsLayout(line), line);

    [Theory]
    [InlineData("context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $\"wrote {path} ({bytes:#,0} bytes)\"));")]
    [InlineData("$\"{Volume.Total.Millions:#,0} TIV million\"")]
    [InlineData("context.Out.Write(TableRenderer.Render(result));")]
    [InlineData("throw new UsageException($\"{Name} takes one country (found {args.Positional.Count.ToString(CultureInfo.InvariantCulture)} arguments).\");")]
    public void Patterns_LeaveOtherTextAlone(string line) => Assert.False(IsLayout(line), line);

    [Fact]
    public void NoSourceLaysOutATextTableOfItsOwn()
    {
        var src = RepositoryRoot.Combine("src");
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(src, file).Replace('\\', '/');
            if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)
                || Allowed.Keys.Any(a => relative.StartsWith(a, StringComparison.Ordinal)))
            {
                continue;
            }
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (IsLayout(lines[i]))
                {
                    offenders.Add($"{relative}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }
        Assert.True(offenders.Count == 0, "Render these through TradeArms.Rendering (a result's contract), not a layout of their own:\n" + string.Join('\n', offenders));
    }

    private static bool IsLayout(string line)
    {
        var code = line.TrimStart();
        return !code.StartsWith("//", StringComparison.Ordinal)
            && (Padding().IsMatch(code) || Alignment().IsMatch(code) || code.Contains("TextTable.Format(", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\.Pad(Left|Right)\(")]
    private static partial Regex Padding();

    // An interpolation hole with an alignment ({name,-22}, {value,8:0.0}); a comma inside the format ({x:#,0}) is not one.
    [GeneratedRegex(@"\{\s*[A-Za-z_(][^{}:""]*,\s*-?\d+\s*(:[^{}]*)?\}")]
    private static partial Regex Alignment();
}
