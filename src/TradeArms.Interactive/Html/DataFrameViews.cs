using System.Globalization;
using System.Reflection;
using Microsoft.Data.Analysis;
using TradeArms.Sipri;

namespace TradeArms.Interactive.Html;

/// <summary>
/// The generic view: any TradeArms result (<see cref="IAnalysisResult"/>) without a view of its own shows its DataFrame
/// as a table captioned by its title, with its unit, window, notes and source as footnotes: everything comes from the
/// result contract, nothing from member names.
/// </summary>
internal static class DataFrameViews
{
    /// <summary>Rows shown before the table is cut (the rest is counted in a note).</summary>
    public const int MaxRows = 60;

    /// <summary>Public TradeArms result types (<see cref="IAnalysisResult"/>) with no view of their own.</summary>
    public static IEnumerable<Type> ResultTypes()
    {
        var specific = new HashSet<Type>
        {
            typeof(BilateralTradeTable), typeof(ValidationReport), typeof(TimeSeries), typeof(TivSeries), typeof(ArmsTransfers),
            typeof(LinearTrendFit), typeof(LogLinearTrendFit), typeof(GrowthRate), typeof(WindowComparison),
        };
        Assembly[] assemblies = [typeof(Datasets).Assembly, typeof(Charts.ChartImage).Assembly];
        return assemblies.SelectMany(a => a.GetExportedTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } || t is { IsValueType: true, IsGenericTypeDefinition: false })
            .Where(t => !specific.Contains(t) && typeof(IAnalysisResult).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
    }

    public static HtmlTable Result(IAnalysisResult value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var html = Frame(value.ToDataFrame(), string.IsNullOrWhiteSpace(value.Title) ? value.GetType().Name : value.Title);
        html.Note(Footnotes.Unit(value.Measure.Label));
        html.Note(string.IsNullOrEmpty(value.Window) ? null : Footnotes.Window(value.Window));
        foreach (var note in value.Notes)
        {
            html.Note(note);
        }
        html.Note(Footnotes.Source(value.Source));
        return html;
    }

    public static HtmlTable Frame(DataFrame frame, string caption)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var html = new HtmlTable(caption);
        foreach (var column in frame.Columns)
        {
            html.Column(column.Name, numeric: IsNumeric(column.DataType));
        }
        var shown = Math.Min(frame.Rows.Count, MaxRows);
        for (long i = 0; i < shown; i++)
        {
            html.Row([.. frame.Columns.Select(c => new HtmlCell(Cell(c[i])))]);
        }
        if (frame.Rows.Count > shown)
        {
            html.Note(string.Create(CultureInfo.InvariantCulture, $"First {shown} of {frame.Rows.Count:#,0} rows."));
        }
        return html;
    }

    private static bool IsNumeric(Type type) => type == typeof(double) || type == typeof(float) || type == typeof(decimal)
        || type == typeof(int) || type == typeof(long) || type == typeof(short);

    private static string Cell(object? value) => value switch
    {
        null => Numbers.Missing,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("#,0.####", CultureInfo.InvariantCulture),
        float f => f.ToString("#,0.####", CultureInfo.InvariantCulture),
        decimal m => Numbers.Format(m),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
