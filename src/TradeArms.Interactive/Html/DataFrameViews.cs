using System.Reflection;
using TradeArms.Rendering;
using TradeArms.Sipri;

namespace TradeArms.Interactive.Html;

/// <summary>
/// The generic view: any TradeArms result (<see cref="IAnalysisResult"/>) without a view of its own is rendered by
/// the library's <see cref="HtmlRenderer"/> through the result contract, nothing from member names.
/// </summary>
internal static class DataFrameViews
{
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

    /// <summary>The result as the library's HTML renderer writes it (title, headers in words with units, footnotes).</summary>
    public static string Result(IAnalysisResult value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return HtmlRenderer.Render(value);
    }
}
