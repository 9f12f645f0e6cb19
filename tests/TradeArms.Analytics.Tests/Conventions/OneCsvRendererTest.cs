using System.Text.RegularExpressions;

namespace TradeArms.Tests.Conventions;

/// <summary>
/// One renderer per format: the command line's CSV comes from <c>TradeArms.Rendering.CsvRenderer</c> (through
/// <c>CommandContext.Csv</c>), never from rows a command builds itself. This test reads src/TradeArms.Cli/Commands and
/// fails on a CSV header or row written by hand.
/// </summary>
public partial class OneCsvRendererTest
{
    // Lines of the per-command CSV writers this rule replaced (before this branch); a loosened pattern fails here.
    public static TheoryData<string> FormerWriters =>
    [
        "var text = new StringBuilder($\"rank,{shares.PartnerRole},partners,tiv,share\\n\");",
        "text.Append(ArmsOptions.Csv(row.Rank)).Append(',')",
        "var text = new StringBuilder(\"period,exports,imports,balance,turnover,coverage,normalised_balance,export_share,import_share,cumulative_balance\\n\");",
        "text.Append(string.Join(',', r.Period.ToString(), Amount(r.Exports), Amount(r.Imports)));",
        "text.Append(CultureInfo.InvariantCulture, $\"{year},{ArmsOptions.Csv(value.Existed ? value.Millions : null)},{Status(value.Status)}\\n\");",
        "var text = new StringBuilder(\"country,year,older,older_status,rebase_factor,rebased,newer,newer_status,revision,revision_percent\\n\");",
        "string.Join(',', ((IEnumerable<string>)[\"year\", \"reporter\"]));",
        "text.AppendJoin(',', cells).Append('\\n');",
    ];

    // Writers still to move onto the renderer, each with the reason; the list may only shrink.
    private static readonly Dictionary<string, string> Pending = new(StringComparer.Ordinal)
    {
    };

    [Theory]
    [MemberData(nameof(FormerWriters))]
    public void Patterns_CatchTheFormerWriters(string line) => Assert.True(IsCsvWriting(line), line);

    [Theory]
    [InlineData("OutputFormat.Csv => context.Csv(shares),")]
    [InlineData("AtomicFile.WriteAllText(output, context.Csv(table.Subset(rows)));")]
    [InlineData("throw new UsageException($\"--indicator must be gl, rca, intensity, complementarity, similarity or diversification, not '{other}'.\");")]
    [InlineData("var group = args.Option(\"group\")?.Split(',', StringSplitOptions.TrimEntries);")]
    [InlineData("text.Append(string.Join(\", \", names)).Append('\\n');")]
    public void Patterns_LeaveRenderingAlone(string line) => Assert.False(IsCsvWriting(line), line);

    [Fact]
    public void NoCommand_WritesCsvRowsItself()
    {
        var offenders = CommandSources.Offenders(Pending, IsCsvWriting);
        Assert.True(offenders.Count == 0, "Render CSV with context.Csv(result) (CsvRenderer, CsvLayout.Data):\n" + string.Join('\n', offenders));
    }

    private static bool IsCsvWriting(string line)
    {
        var code = line.TrimStart();
        return !code.StartsWith("//", StringComparison.Ordinal) && (CommaCell().IsMatch(code) || CsvHeader().IsMatch(code) || InterpolatedRow().IsMatch(code));
    }

    /// <summary>A cell separator appended or joined: <c>.Append(',')</c>, <c>string.Join(',', ...)</c>, <c>AppendJoin(",", ...)</c>.</summary>
    [GeneratedRegex("""(Append|Join|AppendJoin)\((',' |','\)|",")|(Join|AppendJoin)\(',',""")]
    private static partial Regex CommaCell();

    /// <summary>A header of three or more snake_case or camelCase names ending in a line break: <c>"year,tiv,status\n"</c>.</summary>
    [GeneratedRegex("""\$?"(\{[^}]+\}|[a-z][A-Za-z_]*)(,(\{[^}]+\}|[a-z][A-Za-z_]*)){2,}\\n""")]
    private static partial Regex CsvHeader();

    /// <summary>An interpolated row: three or more holes separated by commas, ending in a line break.</summary>
    [GeneratedRegex("""\{[^}]+\},\{[^}]+\},\{[^}]+\}.*\\n""")]
    private static partial Regex InterpolatedRow();
}
