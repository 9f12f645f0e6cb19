using TradeArms.Charts.Tests.Infrastructure;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Catalogue.Tests;

/// <summary>
/// Layout checks, not eyeballing: every chart the catalogue writes (standard charts at their size and at double
/// size, the profile sets of five actors, the register timelines) has no text off the canvas, cut by its clip, over
/// the data or on another text, and no two series of one chart in colours a reader cannot tell apart.
/// </summary>
public class ChartLayoutTest
{
    private static readonly Lazy<ChartData> Data = new(ChartData.Shipped);

    public static TheoryData<string, int> Standard
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var chart in ChartCatalogue.Standard)
            {
                data.Add(chart.Id, 1);
                data.Add(chart.Id, 2);
            }
            return data;
        }
    }

    public static TheoryData<string> Profiles => ["India", "Pakistan", "Russia", "China", "United States"];

    [Theory]
    [MemberData(nameof(Standard))]
    public void StandardChart_HasACleanLayout(string id, int scale)
    {
        var chart = ChartCatalogue.Standard.Single(c => c.Id == id);
        Check(chart, Data.Value, new ChartSize(chart.Size.Width * scale, chart.Size.Height * scale));
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void ProfileCharts_HaveACleanLayout(string actor)
    {
        var charts = ChartCatalogue.ForProfile(Data.Value, actor, YearRange.Parse("1992-2021"));
        Assert.NotEmpty(charts);
        foreach (var chart in charts)
        {
            Check(chart, Data.Value, chart.Size);
        }
    }

    [Fact]
    public void RegisterTimelines_HaveACleanLayout()
    {
        using var folder = new TempFolder();
        var data = ChartData.Shipped().WithRegister(HandMadeRegister.Write(folder));
        var timelines = ChartCatalogue.For(data).Where(c => c.Id.StartsWith("deals-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(timelines);
        foreach (var chart in timelines)
        {
            Check(chart, data, chart.Size);
        }
    }

    [Theory]
    [InlineData("Pakistan")]
    [InlineData("India")]
    public void CountryReportCharts_HaveACleanLayout(string actor)
    {
        // The report inlines its own charts (profile, suppliers by window, top partners, trade): each inline SVG is
        // checked as drawn, at the size the page gives it.
        var data = Data.Value;
        var who = data.Arms.Actor(actor);
        var options = actor == "Pakistan" ? new TradeArms.Reports.CountryReportOptions { Trade = data.Trade } : new TradeArms.Reports.CountryReportOptions();
        AssertCleanReport(actor, TradeArms.Charts.Reporting.CountryReportPage.Html(TradeArms.Reports.CountryReport.Build(data.Arms, who, options)), minimumCharts: 3);
    }

    [SharedDataFact]
    public void CountryReportCharts_WholeReleaseWithSpending_HaveACleanLayout()
    {
        // The largest report: the whole 2022 release (fact sheet charts), the 2025 milex workbook (spending panels) and
        // the shipped Pakistan-Russia table (trade).
        var arms = Sipri.SipriTivTableReader.Read(SharedData.Path("sipri-tiv", "by-recipient-2022-04-22"));
        var milex = Milex.MilexWorkbookReader.Read(SharedData.Path("sipri-milex", "codingirl99__sipridefenseanalysis", "sipri_data_1949_2024.xlsx"));
        var report = TradeArms.Reports.CountryReport.Build(arms, arms.Actor("Pakistan"), new TradeArms.Reports.CountryReportOptions { Milex = milex, Trade = Data.Value.Trade });
        AssertCleanReport("Pakistan (whole release)", TradeArms.Charts.Reporting.CountryReportPage.Html(report), minimumCharts: 10);
    }

    private static void AssertCleanReport(string name, string html, int minimumCharts)
    {
        var svgs = System.Text.RegularExpressions.Regex.Matches(html, "<svg[\\s\\S]*?</svg>").Select(m => m.Value).ToList();
        Assert.True(svgs.Count >= minimumCharts, $"{svgs.Count} charts in the report");
        var problems = svgs.SelectMany((svg, i) => SvgLayout.Problems(System.Text.Encoding.UTF8.GetBytes(svg)).Select(p => $"{name} report chart {i + 1}: {p}")).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static void Check(ChartDefinition chart, ChartData data, ChartSize size)
    {
        var figure = chart.Build(data);
        var problems = SvgLayout.Problems(figure.Svg(size)).Select(p => $"{chart.Id} at {size.Width}x{size.Height}: {p}").ToList();
        var plots = figure.Plot is not null ? [figure.Plot] : figure.Multiplot!.Subplots.GetPlots().ToList();
        foreach (var plot in plots)
        {
            // The series a reader tells apart: the direct labels and legend entries, each with its colour (a wrapped
            // name's continuation lines have no swatch).
            var series = (ChartLayout.Of(plot)?.Labels.Select(l => (l.Text, l.Color)) ?? [])
                .Concat(plot.Legend.ManualItems.Where(i => i.FillColor.Alpha > 0).Select(i => (i.LabelText, i.FillColor)))
                .Distinct().ToList();
            for (var i = 0; i < series.Count; i++)
            {
                for (var j = i + 1; j < series.Count; j++)
                {
                    var d = ColourVision.WorstDifference(series[i].Item2, series[j].Item2);
                    if (d < Palette.MinimumDifference)
                    {
                        problems.Add($"{chart.Id}: '{series[i].Item1}' and '{series[j].Item1}' differ by CIEDE2000 {d:0.0} under the worst colour vision (minimum {Palette.MinimumDifference})");
                    }
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
