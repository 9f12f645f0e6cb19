using System.Text.RegularExpressions;
using Microsoft.Data.Analysis;
using TradeArms.Interactive.Html;
using TradeArms.Sipri;

namespace TradeArms.Interactive.Tests.Formatters;

/// <summary>
/// The HTML the notebook formatters write, checked without a notebook host. Expected figures are Table 1 as printed and
/// SIPRI's India.csv (2022-04-22) as shipped, read by hand; the suite runs under de-DE, so any culture leak shows.
/// </summary>
public sealed partial class HtmlViewsTest
{
    private static readonly BilateralTradeTable Table1 = Datasets.PakistanRussiaTable1;

    [Fact]
    public void HtmlTable_EncodesEveryText()
    {
        var html = new HtmlTable("Caption <b>&").Column("A & B").Row(new HtmlCell("<script>", "why \"so\"")).Note("x < y").ToHtml();
        Assert.Contains("Caption &lt;b&gt;&amp;", html, StringComparison.Ordinal);
        Assert.Contains("A &amp; B", html, StringComparison.Ordinal);
        Assert.Contains("<mark title=\"why &quot;so&quot;\">&lt;script&gt;</mark>", html, StringComparison.Ordinal);
        Assert.Contains("x &lt; y", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" id=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlTable_RejectsARowOfTheWrongWidth() =>
        Assert.Throws<ArgumentException>(() => new HtmlTable("t").Column("a").Column("b").Row("only one"));

    [Fact]
    public void TradeTable_ShowsPublishedAndComputedFiguresWithUnitWindowAndSource()
    {
        var html = TradeViews.Table(Table1).ToHtml();
        Assert.Contains("Pakistan-Russia trade, US$ million", html, StringComparison.Ordinal);
        // 2010-11: printed total 346.99, exports + imports = 183.57 + 162.42 = 345.99.
        Assert.Contains(Row("2010-11", "183.57", "162.42", "346.99", "345.99", "+21.15", "+21.15"), html, StringComparison.Ordinal);
        Assert.Contains("Unit: US$ million.", html, StringComparison.Ordinal);
        Assert.Contains("Window: fiscal years 2010-11 to 2014-15 (July-June).", html, StringComparison.Ordinal);
        Assert.Contains("Source: Naqvi and Masood", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidationReport_MarksExactlyTheThreeDiscrepantPrintedFigures()
    {
        var html = TradeViews.Report(Table1.Validate()).ToHtml();
        var marked = MarkedCells().Matches(html).Select(m => m.Groups["text"].Value).ToList();
        // Table 1 as printed: the 2010-11 total and the 2012-13 and 2013-14 balances are wrong; nothing else is.
        Assert.Equal(["346.99", "+69.89", "+48.04"], marked);
        Assert.Contains("title=\"2013-14 balance: published +48.04, computed -48.04, difference +96.08 US$ million (sign reversed)\"", html, StringComparison.Ordinal);
        Assert.Contains("3 of 10 published figures disagree", html, StringComparison.Ordinal);
    }

    [Fact]
    public void LongTivSeries_IsADecadeGridWithMissingShownAsADash()
    {
        var arms = Datasets.Sipri;
        var html = ArmsViews.Series(arms.Series(arms.Actor("Russia"), arms.Actor("India"), YearRange.Parse("1992-2021"))).ToHtml();
        // India.csv: Russia 2012 = 3798, 2013 = 3853; the 2010s row sums to 22,530 (2294 + 2483 + ... + 1562, by hand).
        Assert.Contains("<td style=\"text-align:left\">2010s</td>", html, StringComparison.Ordinal);
        Assert.Contains(">3,798<", html, StringComparison.Ordinal);
        Assert.Contains("<strong>22,530</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Total 1992-2021: 44,104 TIV million.", html, StringComparison.Ordinal);
        Assert.Contains("not US$", html, StringComparison.Ordinal);
        Assert.Contains("Source: SIPRI Arms Transfers Database", html, StringComparison.Ordinal);

        var pakistan = ArmsViews.Series(arms.Series(arms.Actor("Russia"), arms.Actor("Pakistan"), YearRange.Parse("1992-2001"))).ToHtml();
        // Russia to Pakistan, 1992-2001: deliveries only in 1995 (34) and 1996 (81).
        Assert.Contains(Row("1994", "\u2013"), pakistan, StringComparison.Ordinal);
        Assert.Contains(Row("1995", "34"), pakistan, StringComparison.Ordinal);
        Assert.Contains("<strong>115</strong>", pakistan, StringComparison.Ordinal);
    }

    [Fact]
    public void TivSeries_ShowsSiprisPrintedZeroAsBelowHalf()
    {
        var arms = Datasets.Sipri;
        var cell = arms.Observations.First(o => o.Value.Status == TivStatus.BelowHalf);
        var html = ArmsViews.Series(arms.Series(cell.Supplier, cell.Recipient, new YearRange(cell.Year, cell.Year))).ToHtml();
        Assert.Contains(">&lt;0.5<", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeSeries_KeepsMissingValuesMissing()
    {
        var series = new TimeSeries("Test", Measure.TivMillions, DataSource.Sipri(null),
            [((Period)new CalendarYear(2020), 1234.5), ((Period)new CalendarYear(2021), null)]);
        var html = SeriesViews.Series(series).ToHtml();
        Assert.Contains(Row("2020", "1,234.5"), html, StringComparison.Ordinal);
        Assert.Contains(Row("2021", "\u2013"), html, StringComparison.Ordinal);
        Assert.Contains("\u2013 = missing", html, StringComparison.Ordinal);
    }

    [Fact]
    public void LinearFit_ShowsSlopeIntervalAndFit()
    {
        var fit = Trend.Linear(Table1.Series(TradeFlow.Total));
        var html = SeriesViews.Linear(fit).ToHtml();
        // Turnover 345.99, 391.66, 484.48, 422.12, 390.29 on x = 2010..2014: OLS slope 11.906 (numpy.polyfit, by hand).
        Assert.Contains(">11.906<", html, StringComparison.Ordinal);
        Assert.Contains("Slope (US$ million per year)", html, StringComparison.Ordinal);
        Assert.Contains("95% CI", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WindowComparison_ShowsBothTotalsAndTheChange()
    {
        var arms = Datasets.Sipri;
        var series = arms.Series(arms.Actor("Russia"), arms.Actor("India"), YearRange.Parse("2012-2021")).ToTimeSeries();
        var html = SeriesViews.Windows(Trend.CompareWindows(series, "2012-2016", "2017-2021")).ToHtml();
        // 2012-2016: 13,318; 2017-2021: 7,068; (7068 - 13318) / 13318 = -46.9%.
        Assert.Contains(Row("2012-2016", "13,318"), html, StringComparison.Ordinal);
        Assert.Contains(Row("Change", "-46.9%"), html, StringComparison.Ordinal);
    }

    [Fact]
    public void ArmsSummary_ListsFilesWithTheirVintage()
    {
        var html = ArmsViews.Summary(Datasets.Sipri).ToHtml();
        Assert.Contains("embedded:data/sipri/by-recipient-2022-04-22/India.csv (Generated: 22 April 2022)", html, StringComparison.Ordinal);
        Assert.Contains("<td style=\"text-align:left\">Years</td><td style=\"text-align:left\">1950-2021</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Generic_ShowsTheDataFrameWithUnitWindowAndSource()
    {
        var html = DataFrameViews.Result(new ExampleResult(Measure.TivMillions, YearRange.Parse("2017-2021"), DataSource.Sipri(new DateOnly(2022, 4, 22))));
        Assert.Contains("Example result", html, StringComparison.Ordinal);
        Assert.Contains(Row("India", "1,235"), html, StringComparison.Ordinal); // TIV as whole numbers (issue 14)
        Assert.Contains(">TIV (million)</th>", html, StringComparison.Ordinal);
        Assert.Contains("Unit: TIV million.", html, StringComparison.Ordinal);
        Assert.Contains("Window: 2017-2021.", html, StringComparison.Ordinal);
        Assert.Contains("Source: SIPRI Arms Transfers Database", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Generic_CaptionIsTheFirstLineOfToString()
    {
        // BalanceSummary.ToString() is a title line followed by a text table, notes and source: only the title is the caption.
        var summary = Balance.Summarise(Datasets.PakistanRussiaTable1);
        var html = DataFrameViews.Result(summary);
        var caption = Regex.Match(html, "<caption[^>]*>(?<text>[^<]*)</caption>").Groups["text"].Value;
        Assert.Equal(System.Net.WebUtility.HtmlEncode(summary.ToString().Split('\n')[0]), caption);
        Assert.DoesNotContain("Coverage = exports / imports", caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Generic_CoversOnlyTypesWithoutAViewOfTheirOwn()
    {
        var types = DataFrameViews.ResultTypes().ToList();
        Assert.DoesNotContain(typeof(BilateralTradeTable), types);
        Assert.DoesNotContain(typeof(TivSeries), types);
        Assert.All(types, t => Assert.True(typeof(IAnalysisResult).IsAssignableFrom(t)));
        Assert.Contains(typeof(TradeArms.Sipri.ShareTable), types);
        Assert.Contains(typeof(TradeArms.Profiles.CountryProfile), types);
        Assert.Contains(typeof(TradeArms.FactSheets.FactSheet), types);
    }

    private static string Row(params string[] cells) =>
        string.Concat(cells.Select((c, i) => $"<td style=\"text-align:{(i == 0 ? "left" : "right")}\">{System.Net.WebUtility.HtmlEncode(c)}</td>"));

    [GeneratedRegex(@"<mark title=""[^""]*""><strong>(?<text>[^<]*)</strong></mark>")]
    private static partial Regex MarkedCells();

    /// <summary>A stand-in for a future result type: it meets the result contract.</summary>
    public sealed record ExampleResult(Measure Measure, YearRange Years, DataSource Source) : IAnalysisResult
    {
        public string Title => "Example result";

        public string Window => Years.ToString();

        public IReadOnlyList<string> Notes => [];

        public DataFrame ToDataFrame() => new(new StringDataFrameColumn("recipient", ["India"]), new DoubleDataFrameColumn("tiv", [1234.5 + 0 * Years.Count]));

        public override string ToString() => "Example result";
    }
}
