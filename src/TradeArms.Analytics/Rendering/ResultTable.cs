using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Analysis;
using TradeArms.Text;

namespace TradeArms.Rendering;

/// <summary>
/// What every renderer shows of an <see cref="IAnalysisResult"/>, built once from the contract (never from member
/// names): the title, the measure, window, source, vintage and notes, and its rows with headers in words and units
/// (<c>First TIV (million)</c>, <c>Share (%)</c>) instead of the DataFrame's snake_case names, and no index column.
/// </summary>
/// <remarks>
/// Presentation cells (<see cref="Cells"/>) follow the fact-sheet rule: changes and revisions signed (<c>+2</c>), shares and percentages to one decimal, HHI points whole, p-values (<c>p_value</c>) by <see cref="PValueText"/>, factors (<c>rebase_factor</c>) to six decimals, the numbers of a ratio result (<see cref="MeasureKind.Ratio"/>: indicators, fractions) to four, TIV as
/// whole numbers with SIPRI's <c>-</c> (no deliveries), <c>&lt;0.5</c> (under half a million) and <c>did not exist</c>
/// when the frame carries the TIV column's status column (<c>status</c> beside a single <c>tiv</c> column,
/// <c>first_status</c> beside <c>first_tiv</c>; the status column is then not shown), money as published to at most two decimals, missing as <c>n/a</c>. Data cells (<see cref="Values"/>, for
/// CSV) keep full precision: shortest round-trip doubles, decimals without trailing zeros, missing empty.
/// </remarks>
public sealed partial class ResultTable
{
    private ResultTable(IAnalysisResult result, DataFrame frame, ImmutableArray<string> headers, ImmutableArray<bool> numeric,
        ImmutableArray<ImmutableArray<string>> cells, ImmutableArray<string> valueHeaders, ImmutableArray<ImmutableArray<string>> values,
        IAnalysisResult? parent)
    {
        Parent = parent;
        Sections = [.. result.Sections.Select(section => Of(section, result))];
        ValueHeaders = valueHeaders;
        ValueNames = [.. frame.Columns.Select(c => c.Name)];
        ValueNumeric = [.. frame.Columns.Select(c => IsNumeric(c.DataType))];
        Result = result;
        Headers = headers;
        Numeric = numeric;
        Cells = cells;
        Values = values;
    }

    /// <summary>The result rendered.</summary>
    public IAnalysisResult Result { get; }

    /// <summary>The column headers in words, with units.</summary>
    public ImmutableArray<string> Headers { get; }

    /// <summary>Which columns are numbers (right-aligned).</summary>
    public ImmutableArray<bool> Numeric { get; }

    /// <summary>The rows as presented to a reader.</summary>
    public ImmutableArray<ImmutableArray<string>> Cells { get; }

    /// <summary>The headers of <see cref="Values"/>: every column of the DataFrame, in words with units.</summary>
    public ImmutableArray<string> ValueHeaders { get; }

    /// <summary>
    /// The stable machine names of <see cref="Values"/>' columns: the DataFrame's snake_case names (<c>first_tiv</c>),
    /// which scripts depend on (the command line's CSV header).
    /// </summary>
    public ImmutableArray<string> ValueNames { get; }

    /// <summary>Which columns of <see cref="Values"/> are numbers (never formula-guarded: <c>-2</c> stays <c>-2</c>).</summary>
    public ImmutableArray<bool> ValueNumeric { get; }

    /// <summary>The rows at full precision, every column (a status column included), for data files (CSV).</summary>
    public ImmutableArray<ImmutableArray<string>> Values { get; }

    /// <summary>
    /// The tables of the result's <see cref="IAnalysisResult.Sections"/>, in order, which every text renderer shows after
    /// this table's summary lines, each with its title, rows and <see cref="Footnotes"/>.
    /// </summary>
    public ImmutableArray<ResultTable> Sections { get; }

    /// <summary>
    /// Do text renderers show this table's rows? Yes when it has columns and no <see cref="Sections"/>: a composite's
    /// sections are shown in place of its own rows (which hold the same data in one frame).
    /// </summary>
    public bool ShowsRows => Sections.IsEmpty && !Headers.IsEmpty;

    /// <summary>The result's summary lines (a total, concentration), printed right after its rows.</summary>
    public ImmutableArray<string> SummaryLines => [.. Result.Summary];

    /// <summary>
    /// The lines that place the rows: unit, window, notes, and source with vintage. For a section only what differs from
    /// the result it belongs to (its own unit, window, notes and source), so a composite states each once.
    /// </summary>
    public ImmutableArray<string> ContextLines
    {
        get
        {
            var lines = ImmutableArray.CreateBuilder<string>();
            if (Parent is null || Parent.Measure != Result.Measure)
            {
                lines.Add("Unit: " + Result.Measure.Label + ".");
            }
            if (!string.IsNullOrEmpty(Result.Window) && (Parent is null || Parent.Window != Result.Window))
            {
                lines.Add("Window: " + Result.Window + ".");
            }
            lines.AddRange(Result.Notes.Where(note => Parent is null || !Parent.Notes.Contains(note)));
            if (Parent is null || Parent.Source != Result.Source)
            {
                lines.Add(SourceLine(Result));
            }
            return lines.ToImmutable();
        }
    }

    /// <summary>The footnote lines every renderer prints: the summary lines, then the context lines (unit, window, notes, source with vintage).</summary>
    public ImmutableArray<string> Footnotes => [.. SummaryLines, .. ContextLines];

    private IAnalysisResult? Parent { get; }

    private static string SourceLine(IAnalysisResult result)
    {
        var source = "Source: " + result.Source.Citation.TrimEnd('.');
        if (result.Vintage is { } vintage)
        {
            source += "; " + vintage.TrimEnd('.');
        }
        return source + ".";
    }

    /// <summary>The title, or the type's name when the result has none.</summary>
    public string Title => string.IsNullOrWhiteSpace(Result.Title) ? Result.GetType().Name : Result.Title;

    /// <summary>Builds the table of <paramref name="result"/> from its contract.</summary>
    public static ResultTable Of(IAnalysisResult result) => Of(result, null);

    private static ResultTable Of(IAnalysisResult result, IAnalysisResult? parent)
    {
        ArgumentNullException.ThrowIfNull(result);
        var frame = result.ToDataFrame();
        var columns = frame.Columns.ToList();
        var statusOf = StatusColumns(columns);
        var shown = Enumerable.Range(0, columns.Count).Where(i => !statusOf.ContainsValue(i)).ToList();
        var headers = shown.Select(i => Header(columns[i], result.Measure)).ToImmutableArray();
        var numeric = shown.Select(i => IsNumeric(columns[i].DataType)).ToImmutableArray();
        var ratio = result.Measure.Kind == MeasureKind.Ratio;
        var cells = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        var values = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        for (long r = 0; r < frame.Rows.Count; r++)
        {
            cells.Add([.. shown.Select(i => statusOf.TryGetValue(i, out var status) ? TivCell(columns[i][r], columns[status][r] as string) : Cell(columns[i], columns[i][r], ratio))]);
            values.Add([.. columns.Select(c => Value(c[r]))]);
        }
        return new ResultTable(result, frame, headers, numeric, cells.ToImmutable(), [.. columns.Select(c => Header(c, result.Measure))], values.ToImmutable(), parent);
    }

    /// <summary>
    /// The status column of each TIV column, by name: <c>first_tiv</c> has <c>first_status</c> (the name with its
    /// <c>tiv</c> token replaced by <c>status</c>), and a frame's single TIV column has <c>status</c>.
    /// </summary>
    private static Dictionary<int, int> StatusColumns(List<DataFrameColumn> columns)
    {
        var statusOf = new Dictionary<int, int>();
        var tiv = Enumerable.Range(0, columns.Count).Where(i => Tokens(columns[i].Name).Contains("tiv")).ToList();
        foreach (var i in tiv)
        {
            var name = string.Join('_', Tokens(columns[i].Name).Select(t => t == "tiv" ? "status" : t));
            var status = columns.FindIndex(c => c.DataType == typeof(string) && string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            if (status < 0 && tiv.Count == 1)
            {
                status = columns.FindIndex(c => c.DataType == typeof(string) && c.Name == "status");
            }
            if (status >= 0)
            {
                statusOf[i] = status;
            }
        }
        return statusOf;
    }

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex CamelWords();

    private static List<string> Tokens(string name) => [.. name.ToLowerInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries)];

    private static bool IsSigned(List<string> tokens) => tokens.Any(t => t is "change" or "revision");

    private static bool IsPercent(List<string> tokens) => tokens.Any(t => t is "share" or "pct" or "percent");

    private static bool IsNumeric(Type type) => type == typeof(double) || type == typeof(float) || type == typeof(decimal)
        || type == typeof(int) || type == typeof(long) || type == typeof(short);

    /// <summary>
    /// <c>first_tiv</c> -> <c>First TIV (million)</c>, <c>share_of_world_pct</c> -> <c>Share of world (%)</c>,
    /// <c>tiv_2012_2016</c> -> <c>TIV 2012-2016 (million)</c>; a camelCase name (the register's deal fields, kept as
    /// their JSON names) reads as words too: <c>deliveredTiv</c> -> <c>Delivered TIV (million)</c>.
    /// </summary>
    private static string Header(DataFrameColumn column, Measure measure)
    {
        var tokens = Tokens(CamelWords().Replace(column.Name, "$1_$2"));
        var words = new List<string>();
        foreach (var t in tokens)
        {
            if (t is "pct" or "percent")
            {
                continue;
            }
            var word = t switch
            {
                "tiv" => "TIV",
                "hhi" => "HHI",
                "iso3" => "ISO3",
                "cagr" => "CAGR",
                "gdp" => "GDP",
                "gl" => "GL",
                "rca" => "RCA",
                "rsca" => "RSCA",
                _ => t,
            };
            if (words.Count > 0 && word.Length == 4 && word.All(char.IsAsciiDigit) && words[^1].Length == 4 && words[^1].All(char.IsAsciiDigit))
            {
                words[^1] += "-" + word;
            }
            else
            {
                words.Add(word);
            }
        }
        var text = string.Join(' ', words);
        text = text.Length == 0 ? column.Name : char.ToUpperInvariant(text[0]) + text[1..];
        if (IsPercent(tokens))
        {
            return text + " (%)";
        }
        if (tokens.Contains("tiv"))
        {
            return text + " (million)";
        }
        return column.DataType == typeof(decimal) && measure.Money is { } unit ? text + " (" + unit + ")" : text;
    }

    private static string Cell(DataFrameColumn column, object? value, bool ratio)
    {
        var tokens = Tokens(column.Name);
        if (IsSigned(tokens) && value is int or long or double)
        {
            // Changes and revisions carry their sign (+2, -1, 0), by the one number rule.
            return NumberText.Format(Convert.ToDouble(value, CultureInfo.InvariantCulture), value is double && IsPercent(tokens) ? "+F1" : value is double ? "+N2" : "+N0", null);
        }
        return value switch
        {
            null => "n/a",
            bool b => b ? "yes" : "no",
            double d when tokens is [.., "p", "value"] => PValueText.Format(d),
            double d when tokens.Contains("factor") => NumberText.Format(d, "F6", null),
            double d when IsPercent(tokens) => NumberText.Format(d, "F1", null),
            double d when tokens.Contains("tiv") => TivText(d),
            double d when tokens.Contains("hhi") && tokens.Contains("points") => NumberText.Format(d, "N0", null), // HHI on 0-10,000: whole points
            double d when ratio => NumberText.Format(d, "N4", null),
            double d => NumberText.Format(d, "N2", null),
            float f => NumberText.Format(f, "N2", null),
            decimal m => NumberText.Format(m, "P2", null),
            DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }

    /// <summary>A TIV cell by SIPRI's rule, from the value and its status (<see cref="TivStatus"/> by <see cref="CodeText"/>).</summary>
    private static string TivCell(object? value, string? status) =>
        status == CodeText.Of(TivStatus.DidNotExist) ? Tiv.DidNotExist.ToString("N0", null)
        : status == CodeText.Of(TivStatus.NoDeliveries) ? Tiv.NoDeliveries.ToString("N0", null)
        : status == CodeText.Of(TivStatus.BelowHalf) && value is 0.0 ? Tiv.BelowHalf.ToString("N0", null)
        : value is double d ? TivText(d) : "n/a";

    /// <summary>A TIV number by SIPRI's cell rule (<see cref="Tiv"/>'s <c>N0</c>: a positive value under 0.5 is <c>&lt;0.5</c>).</summary>
    private static string TivText(double millions) => millions > 0 && millions <= Tiv.MaxMillions
        ? Tiv.FromMillions(millions).ToString("N0", null) : NumberText.Format(millions, "N0", null);

    private static string Value(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        double d => NumberText.Format(d, "G", null),
        float f => NumberText.Format(f, "G", null),
        decimal m => NumberText.Format(m, "G", null),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
