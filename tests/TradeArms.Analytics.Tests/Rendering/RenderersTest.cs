using Microsoft.Data.Analysis;
using TradeArms.Rendering;

namespace TradeArms.Tests.Rendering;

/// <summary>One renderer per format for every <see cref="IAnalysisResult"/>: table, CSV, Markdown, HTML.</summary>
public class RenderersTest
{
    /// <summary>A hand-built result: two suppliers, a share with four decimals, a cell under half a million, a formula-like name.</summary>
    private sealed record Example : IAnalysisResult
    {
        public string Title => "India's arms imports by supplier, 2017-2021";

        public Measure Measure => Measure.TivMillions;

        public string Window => "2017-2021";

        public DataSource Source => new("SIPRI Arms Transfers Database", "Generated: 22 April 2022");

        public IReadOnlyList<string> Notes => ["<0.5: deliveries under 0.5 TIV million."];

        public DataFrame ToDataFrame() => new(
            new StringDataFrameColumn("supplier", ["Russia", "=Evil()", "Israel"]),
            new DoubleDataFrameColumn("tiv", [7068, 0, 1234.5]),
            new StringDataFrameColumn("status", ["reported", "belowHalf", "reported"]),
            new DoubleDataFrameColumn("first_share", [46.0276, 0, null]),
            new Int32DataFrameColumn("rank_change", [1, null, -2]));
    }

    [Fact]
    public void Table_HeadersInWordsWithUnits_SipriRule_SharesToOneDecimal()
    {
        var text = TableRenderer.Render(new Example());
        Assert.StartsWith("India's arms imports by supplier, 2017-2021\n", text, StringComparison.Ordinal);
        Assert.Contains("Supplier  TIV (million)  First share (%)  Rank change", text, StringComparison.Ordinal);
        Assert.Contains("Russia            7,068             46.0           +1", text, StringComparison.Ordinal); // a change carries its sign
        Assert.Contains("<0.5", text, StringComparison.Ordinal);
        Assert.Contains("1,235", text, StringComparison.Ordinal);
        Assert.Contains("n/a", text, StringComparison.Ordinal);
        Assert.DoesNotContain("first_share", text, StringComparison.Ordinal);
        Assert.DoesNotContain("reported", text, StringComparison.Ordinal); // the status column is folded into the TIV cells
        Assert.Contains("Unit: TIV million.\nWindow: 2017-2021.\n<0.5: deliveries under 0.5 TIV million.\nSource: SIPRI Arms Transfers Database; Generated: 22 April 2022.\n", text, StringComparison.Ordinal);
    }

    /// <summary>Two windows side by side: each TIV column takes its own status column (<c>first_tiv</c> - <c>first_status</c>).</summary>
    private sealed record TwoWindows : IAnalysisResult
    {
        public string Title => "Two windows";

        public Measure Measure => Measure.TivMillions;

        public string Window => "2012-2016 vs 2017-2021";

        public DataSource Source => new("SIPRI Arms Transfers Database", null);

        public IReadOnlyList<string> Notes => [];

        public DataFrame ToDataFrame() => new(
            new StringDataFrameColumn("supplier", ["Jordan", "Chile"]),
            new DoubleDataFrameColumn("first_tiv", [0, 12]),
            new DoubleDataFrameColumn("second_tiv", [3, 0]),
            new StringDataFrameColumn("first_status", ["belowHalf", "reported"]),
            new StringDataFrameColumn("second_status", ["reported", "noDeliveries"]));
    }

    [Fact]
    public void Table_EachTivColumnTakesItsOwnStatus()
    {
        var table = ResultTable.Of(new TwoWindows());
        Assert.Equal(["Supplier", "First TIV (million)", "Second TIV (million)"], table.Headers.ToArray());
        Assert.Equal(["Jordan", "<0.5", "3"], table.Cells[0].ToArray());
        Assert.Equal(["Chile", "12", "-"], table.Cells[1].ToArray());
        Assert.Equal(["supplier", "first_tiv", "second_tiv", "first_status", "second_status"], table.ValueNames.ToArray()); // data keep the statuses
    }

    /// <summary>A composite: its frame holds both sections' rows; the sections share its unit and source, one adds a note.</summary>
    private sealed record Composite : IAnalysisResult
    {
        private static readonly DataSource Sipri = new("SIPRI Arms Transfers Database", "Generated: 22 April 2022");

        public string Title => "Arms transfers, 2017-2021";

        public Measure Measure => Measure.TivMillions;

        public string Window => "2017-2021";

        public DataSource Source => Sipri;

        public IReadOnlyList<string> Notes => ["A composite note."];

        public IReadOnlyList<string> Summary => ["World volume: 29,000 TIV million."];

        public IReadOnlyList<IAnalysisResult> Sections =>
        [
            new ResultSection("Exporters", Measure.TivMillions, "2017-2021", Sipri,
                new DataFrame(new StringDataFrameColumn("exporter", ["United States"]), new DoubleDataFrameColumn("tiv", [52539])), summary: ["Top 1: 38.6%."]),
            new ResultSection("Importers", Measure.TivMillions, "2017-2021", Sipri,
                new DataFrame(new StringDataFrameColumn("importer", ["India"]), new DoubleDataFrameColumn("tiv", [15356])), notes: ["A composite note.", "India: the Total row differs."]),
        ];

        public DataFrame ToDataFrame() => new(
            new StringDataFrameColumn("side", ["exporter", "importer"]),
            new StringDataFrameColumn("actor", ["United States", "India"]),
            new DoubleDataFrameColumn("tiv", [52539, 15356]));
    }

    [Fact]
    public void Table_Composite_SectionsInPlaceOfItsRows_ContextOnce()
    {
        Assert.Equal(
            "Arms transfers, 2017-2021\n" +
            "World volume: 29,000 TIV million.\n" +
            "\n" +
            "Exporters\n" +
            "Exporter       TIV (million)\n" +
            "-------------  -------------\n" +
            "United States         52,539\n" +
            "Top 1: 38.6%.\n" +
            "\n" +
            "Importers\n" +
            "Importer  TIV (million)\n" +
            "--------  -------------\n" +
            "India            15,356\n" +
            "India: the Total row differs.\n" +
            "\n" +
            "Unit: TIV million.\n" +
            "Window: 2017-2021.\n" +
            "A composite note.\n" +
            "Source: SIPRI Arms Transfers Database; Generated: 22 April 2022.\n",
            TableRenderer.Render(new Composite()));
    }

    [Fact]
    public void Markdown_Html_Csv_OfAComposite()
    {
        var markdown = MarkdownRenderer.Render(new Composite());
        Assert.StartsWith("**Arms transfers, 2017-2021**\n\nWorld volume: 29,000 TIV million.  \n\n**Exporters**\n\n| Exporter | TIV (million) |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| India | 15,356 |\n\nIndia: the Total row differs.  \n\nUnit: TIV million.  \n", markdown, StringComparison.Ordinal);
        Assert.Equal(1, markdown.Split("Source: ").Length - 1);
        var html = HtmlRenderer.Render(new Composite());
        Assert.StartsWith("<div class=\"tradearms\">\n<p style=\"font-weight:bold\">Arms transfers, 2017-2021</p>\n", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<caption").Length - 1);
        Assert.Equal(1, html.Split("Source: ").Length - 1);
        // CSV is a data file: the composite's own frame, never a stack of tables.
        Assert.Equal("side,actor,tiv\nexporter,United States,52539\nimporter,India,15356\n", CsvRenderer.Render(new Composite(), CsvLayout.Data));
    }

    [Fact]
    public void ResultSection_CopiesItsRows()
    {
        var frame = new DataFrame(new StringDataFrameColumn("exporter", ["France"]));
        var section = new ResultSection("Exporters", Measure.TivMillions, "2017-2021", new DataSource("SIPRI"), frame);
        frame.Columns["exporter"][0] = "Changed";
        section.ToDataFrame().Columns["exporter"][0] = "Changed too";
        Assert.Equal("France", section.ToDataFrame().Columns["exporter"][0]);
    }

    [Fact]
    public void Csv_FullPrecision_FormulaGuarded_MetadataAsComments()
    {
        var csv = CsvRenderer.Render(new Example());
        var lines = csv.Split('\n');
        Assert.Equal("# India's arms imports by supplier, 2017-2021", lines[0]);
        Assert.Contains("# Source: SIPRI Arms Transfers Database; Generated: 22 April 2022.", lines);
        Assert.Contains("Supplier,TIV (million),Status,First share (%),Rank change", lines);
        Assert.Contains("Russia,7068,reported,46.0276,1", lines);
        Assert.Contains("'=Evil(),0,belowHalf,0,", lines);
        Assert.Contains("Israel,1234.5,reported,,-2", lines);
        Assert.Contains("=Evil(),0,belowHalf,0,", CsvRenderer.Render(new Example(), raw: true).Split('\n'));
    }

    [Fact]
    public void Csv_DataLayout_StableNames_NoComments()
    {
        // The command line's CSV: the DataFrame's snake_case names as the header, nothing before it, the same rows.
        Assert.Equal(
            "supplier,tiv,status,first_share,rank_change\n" +
            "Russia,7068,reported,46.0276,1\n" +
            "'=Evil(),0,belowHalf,0,\n" +
            "Israel,1234.5,reported,,-2\n",
            CsvRenderer.Render(new Example(), CsvLayout.Data));
        Assert.StartsWith("# ", CsvRenderer.Render(new Example(), CsvLayout.Annotated), StringComparison.Ordinal);
        Assert.Equal(["supplier", "tiv", "status", "first_share", "rank_change"], ResultTable.Of(new Example()).ValueNames.ToArray());
        Assert.Contains("=Evil(),0,belowHalf,0,", CsvRenderer.Render(new Example(), CsvLayout.Data, raw: true).Split('\n'));
    }

    [Fact]
    public void Markdown_And_Html_CarryTheSameTable()
    {
        var markdown = MarkdownRenderer.Render(new Example());
        Assert.StartsWith("**India's arms imports by supplier, 2017-2021**\n\n| Supplier | TIV (million) | First share (%) | Rank change |\n| --- | ---: | ---: | ---: |\n| Russia | 7,068 | 46.0 | +1 |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| =Evil() | &lt;0.5 | 0.0 | n/a |", markdown, StringComparison.Ordinal);
        Assert.Contains("Source: SIPRI Arms Transfers Database; Generated: 22 April 2022.", markdown, StringComparison.Ordinal);

        var html = HtmlRenderer.Render(new Example());
        Assert.Contains("<caption style=\"caption-side:top;text-align:left;font-weight:bold\">India&#39;s arms imports by supplier, 2017-2021</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" style=\"text-align:right\">TIV (million)</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td style=\"text-align:right\">&lt;0.5</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td style=\"text-align:right\">46.0</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("index", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(html, HtmlRenderer.Render(new Example())); // deterministic
    }

    [Fact]
    public void RealResult_IndiaSuppliers2017To2021()
    {
        // The shipped extract (SIPRI 2022 release): Russia 7068 of 15,356 TIV million = 46.0%, France 4198 = 27.3%.
        var arms = Datasets.Sipri;
        var shares = arms.SupplierShares(arms.Actor("India"), YearRange.Parse("2017-2021"));
        var text = TableRenderer.Render(shares);
        Assert.Contains("Rank  Supplier", text, StringComparison.Ordinal);
        Assert.Contains("TIV (million)  Share (%)", text, StringComparison.Ordinal);
        Assert.Matches(@"\n\s*1\s+Russia\s+1\s+7,068\s+46\.0\n", text);
        Assert.Matches(@"\n\s*2\s+France\s+1\s+4,198\s+27\.3\n", text);
        Assert.Contains("Unit: TIV million.", text, StringComparison.Ordinal);
        Assert.Contains("Window: 2017-2021.", text, StringComparison.Ordinal);
        Assert.Contains("Generated", text, StringComparison.Ordinal);

        var csv = CsvRenderer.Render(shares);
        Assert.Contains("\n1,Russia,1,7068,46.02761135712425,reported\n", csv, StringComparison.Ordinal); // full precision in data: 7068 / 15356
        Assert.StartsWith("rank,supplier,partners,tiv,share,status\n1,Russia,1,7068,46.02761135712425,reported\n", CsvRenderer.Render(shares, CsvLayout.Data), StringComparison.Ordinal);
        Assert.Contains("\nTotal: 15,356 TIV million (100.0%).\nConcentration: HHI ", text, StringComparison.Ordinal);
        Assert.Contains("\n# Concentration: HHI ", csv, StringComparison.Ordinal); // the summary lines are footnotes of every renderer
        Assert.Contains("| 1 | Russia | 1 | 7,068 | 46.0 |", MarkdownRenderer.Render(shares), StringComparison.Ordinal);
        Assert.Contains("<td style=\"text-align:left\">Russia</td>", HtmlRenderer.Render(shares), StringComparison.Ordinal);
    }
}
