using System.Globalization;
using System.Reflection;
using Microsoft.Data.Analysis;
using TradeArms.Sipri;

namespace TradeArms.Interactive.Html;

/// <summary>
/// The generic view: any TradeArms result with a public <c>ToDataFrame()</c> and no view of its own shows its DataFrame
/// as a table, captioned by the first line of its <c>ToString()</c> (the title; text-table bodies after it would only
/// repeat the DataFrame), with unit, window and source taken from its <c>Measure</c>/<c>Unit</c>,
/// <c>Window</c>/<c>Years</c> and <c>Source</c> properties where it has them.
/// </summary>
internal static class DataFrameViews
{
    /// <summary>Rows shown before the table is cut (the rest is counted in a note).</summary>
    public const int MaxRows = 60;

    /// <summary>The public instance method <c>DataFrame ToDataFrame()</c> of a type, or null.</summary>
    public static MethodInfo? ToDataFrameMethod(Type type) =>
        type.GetMethod("ToDataFrame", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is { } m && m.ReturnType == typeof(DataFrame) ? m : null;

    /// <summary>Public TradeArms types with a <c>ToDataFrame()</c> method and no view of their own.</summary>
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
            .Where(t => !specific.Contains(t) && ToDataFrameMethod(t) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
    }

    public static HtmlTable Result(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var method = ToDataFrameMethod(value.GetType())
            ?? throw new ArgumentException($"{value.GetType().Name} has no public ToDataFrame() method.", nameof(value));
        var frame = (DataFrame)method.Invoke(value, null)!;
        var text = value.ToString();
        var html = Frame(frame, string.IsNullOrWhiteSpace(text) ? value.GetType().Name : text.Split('\n')[0].TrimEnd());
        html.Note(Property(value, "Measure", "Unit") is { } unit ? Footnotes.Unit(unit.ToString()!) : null);
        html.Note(Property(value, "Window", "Years") is { } window ? Footnotes.Window(window.ToString()!) : null);
        html.Note(Property(value, "Source") is DataSource source ? Footnotes.Source(source) : null);
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

    private static object? Property(object value, params string[] names) =>
        names.Select(n => value.GetType().GetProperty(n, BindingFlags.Public | BindingFlags.Instance)).FirstOrDefault(p => p is not null)?.GetValue(value);

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
