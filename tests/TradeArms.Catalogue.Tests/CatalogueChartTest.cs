using System.Text.RegularExpressions;
using ScottPlot;
using TradeArms.Charts.Tests.Infrastructure;

namespace TradeArms.Catalogue.Tests;

/// <summary>Every chart of the catalogue, built from the shipped data: renders, is deterministic, and follows the house style.</summary>
public partial class CatalogueChartTest
{
    private static readonly Lazy<ChartData> Data = new(ChartData.Shipped);

    public static TheoryData<string> Ids => [.. ChartCatalogue.Standard.Select(c => c.Id)];

    private static ChartDefinition Chart(string id) => ChartCatalogue.Standard.Single(c => c.Id == id);

    [Fact]
    public void Catalogue_HasTheChartsTheProjectPromises()
    {
        string[] required =
        [
            "pakistan-russia-trade-flows", "russia-india-deliveries", "india-supplier-shares-by-window",
            "pakistan-supplier-shares-by-window", "russia-deliveries-pakistan-vs-india", "pakistan-top-suppliers-2017-2021",
            "pakistan-exports-to-russia-trend",
        ];
        Assert.All(required, id => Assert.Contains(ChartCatalogue.Standard, c => c.Id == id));
        Assert.Equal(ChartCatalogue.Standard.Count, ChartCatalogue.Standard.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(ChartCatalogue.Standard, c => Assert.Matches("^[a-z0-9-]+$", c.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Renders_PngAtItsSizeAndSvg(string id)
    {
        var chart = Chart(id);
        var figure = chart.Build(Data.Value);
        Assert.Equal((chart.Size.Width, chart.Size.Height), PngInfo.Size(figure.Png(chart.Size)));
        var svg = figure.Svg(chart.Size);
        Assert.StartsWith("<?xml", System.Text.Encoding.UTF8.GetString(svg, 0, 5), StringComparison.Ordinal);
        Assert.NotEmpty(SvgText.Of(svg));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Renders_ReadablyAtDoubleSize(string id)
    {
        var figure = Chart(id).Build(Data.Value);
        Assert.Equal((1600, 1000), PngInfo.Size(figure.Png(ChartSize.Large)));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void SameInput_SameBytes(string id)
    {
        var chart = Chart(id);
        // Two independent builds from freshly loaded data: nothing may depend on time, order of hashing or the machine.
        var first = chart.Build(ChartData.Shipped());
        var second = chart.Build(ChartData.Shipped());
        Assert.Equal(first.Png(chart.Size), second.Png(chart.Size));
        Assert.Equal(first.Svg(chart.Size), second.Svg(chart.Size));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryChart_HasATitleUnitsAndSource(string id)
    {
        var chart = Chart(id);
        var svg = chart.Build(Data.Value).Svg(chart.Size);
        var text = SvgText.Of(svg);
        Assert.Contains(text, t => t.StartsWith("Source: ", StringComparison.Ordinal));
        // Every label in the bundled font: none falls back to whatever the machine has.
        var families = FontFamily().Matches(System.Text.Encoding.UTF8.GetString(svg)).Select(m => m.Groups[1].Value).Distinct();
        Assert.Equal(["DejaVu Sans"], families);
        var tiv = chart.Dataset.StartsWith("SIPRI", StringComparison.Ordinal);
        if (tiv)
        {
            // A TIV chart names its measure and never a currency.
            Assert.Contains(text, t => t.Contains("TIV", StringComparison.Ordinal));
            Assert.DoesNotContain(text, t => t.Contains("US$", StringComparison.Ordinal) || t.Contains("dollar", StringComparison.OrdinalIgnoreCase));
            Assert.Contains(text, t => t.Contains("2022-04-22", StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains(text, t => t.Contains("US$ million", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void YearAxes_HaveIntegerLabels_AndFiscalAxesTheLabelsAsPrinted(string id)
    {
        var chart = Chart(id);
        var figure = chart.Build(Data.Value);
        _ = figure.Png(chart.Size); // tick labels are generated during the render
        var plots = figure.Plot is not null ? [figure.Plot] : figure.Multiplot!.Subplots.GetPlots().ToList();
        foreach (var plot in plots)
        {
            var axisLabel = plot.Axes.Bottom.Label.Text;
            var labels = plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToList();
            if (axisLabel == "Year")
            {
                Assert.NotEmpty(labels);
                Assert.All(labels, l => Assert.Matches(YearLabel(), l));
                Assert.Equal(labels.Count, labels.Distinct(StringComparer.Ordinal).Count());
            }
            else if (axisLabel.StartsWith("Fiscal year", StringComparison.Ordinal))
            {
                Assert.Equal(["2010-11", "2011-12", "2012-13", "2013-14", "2014-15"], labels);
            }
        }
    }

    [GeneratedRegex("font-family=\"([^\"]*)\"")]
    private static partial Regex FontFamily();

    [GeneratedRegex("^(19|20)[0-9]{2}$")]
    private static partial Regex YearLabel();
}
