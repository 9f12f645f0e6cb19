using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using ScottPlot;
using TradeArms.Charts;
using TradeArms.Interactive.Html;
using TradeArms.Sipri;

namespace TradeArms.Interactive;

/// <summary>
/// The notebook formatters of TradeArms. <c>#r "nuget: TradeArms.Interactive, &lt;version&gt;"</c> calls
/// <see cref="Load"/> through the package's <c>interactive-extensions/dotnet/extension.dib</c>, so a notebook needs no
/// set-up: a ScottPlot chart shows inline as a PNG (<c>plot.Display("image/svg+xml")</c> shows it as SVG), and datasets
/// and results show as compact HTML tables with their unit, window and source.
/// </summary>
/// <remarks>
/// Tables: <see cref="BilateralTradeTable"/>, <see cref="ValidationReport"/> (discrepant published figures marked),
/// <see cref="TimeSeries"/>, <see cref="TivSeries"/> and lists of them, <see cref="ArmsTransfers"/> (a summary),
/// <see cref="LinearTrendFit"/>, <see cref="LogLinearTrendFit"/>, <see cref="GrowthRate"/>, <see cref="WindowComparison"/>,
/// single values (<see cref="Tiv"/>, <see cref="Money"/>, periods, <see cref="Discrepancy"/>) as their text, and any other public TradeArms type with a <c>ToDataFrame()</c> method (its DataFrame, with unit, window and source
/// where the type has them).
/// </remarks>
public static class NotebookFormatters
{
    private const string Png = "image/png";
    private const string Svg = "image/svg+xml";
    private static readonly Lock s_gate = new();
    private static bool s_loaded;

    /// <summary>The size charts are drawn at in a notebook (default 800 x 500 pixels).</summary>
    public static ChartSize ChartSize { get; set; } = ChartSize.Standard;

    /// <summary>
    /// Registers the formatters (once per process; later calls do nothing). The package's extension script calls it
    /// with the notebook's root kernel.
    /// </summary>
    /// <param name="kernel">The kernel loading the extension.</param>
    public static void Load(Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        lock (s_gate)
        {
            if (s_loaded)
            {
                return;
            }
            RegisterCharts();
            RegisterTables();
            s_loaded = true;
        }
    }

    private static void RegisterCharts()
    {
        // Real image outputs (not HTML with an <img>): GitHub, Jupyter and VS Code all draw them. One preferred type
        // only, so a notebook stores one image per chart; SVG on request.
        Formatter.Register<Plot>((plot, writer) => writer.Write(Convert.ToBase64String(ChartImage.Png(plot, ChartSize))), Png);
        Formatter.Register<Plot>((plot, writer) => writer.Write(ChartImage.Svg(plot, ChartSize)), Svg);
        Formatter.SetPreferredMimeTypesFor(typeof(Plot), Png);
        Formatter.Register<Multiplot>((plot, writer) => writer.Write(Convert.ToBase64String(ChartImage.Png(plot, Tall(ChartSize)))), Png);
        Formatter.Register<Multiplot>((plot, writer) => writer.Write(System.Text.Encoding.UTF8.GetString(ChartImage.SvgBytes(plot, Tall(ChartSize)))), Svg);
        Formatter.SetPreferredMimeTypesFor(typeof(Multiplot), Png);
    }

    private static void RegisterTables()
    {
        Html<BilateralTradeTable>(TradeViews.Table);
        Html<ValidationReport>(TradeViews.Report);
        Html<TimeSeries>(SeriesViews.Series);
        Html<LinearTrendFit>(SeriesViews.Linear);
        Html<LogLinearTrendFit>(SeriesViews.LogLinear);
        Html<GrowthRate>(SeriesViews.Growth);
        Html<WindowComparison>(SeriesViews.Windows);
        Html<TivSeries>(ArmsViews.Series);
        Html<IEnumerable<TivSeries>>(ArmsViews.List);
        Html<ArmsTransfers>(ArmsViews.Summary);
        // Single values read best as their own text ("3798 TIV million", "2014-15") rather than as property tables.
        Plain<Tiv>();
        Plain<Money>();
        Plain<Period>();
        Plain<CalendarYear>();
        Plain<FiscalYear>();
        Plain<YearRange>();
        Plain<Discrepancy>();
        foreach (var type in DataFrameViews.ResultTypes())
        {
            Formatter.Register(type, (value, writer) => writer.Write(DataFrameViews.Result((IAnalysisResult)value)), HtmlFormatter.MimeType);
            Formatter.SetPreferredMimeTypesFor(type, HtmlFormatter.MimeType);
        }
    }

    private static void Html<T>(Func<T, HtmlTable> view)
    {
        Formatter.Register<T>((value, writer) => writer.Write(view(value).ToHtml()), HtmlFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(T), HtmlFormatter.MimeType);
    }

    private static void Plain<T>()
    {
        Formatter.Register<T>((value, writer) => writer.Write(value?.ToString() ?? ""), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(T), PlainTextFormatter.MimeType);
    }

    private static ChartSize Tall(ChartSize size) => new(size.Width, size.Height * 2);
}
