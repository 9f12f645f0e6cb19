namespace TradeArms.Tests.Measures;

public class TivCellTest
{
    [Fact]
    public void Format_PrintsSipriMarks()
    {
        Assert.Equal("-", TivCell.Format(Tiv.NoDeliveries));
        Assert.Equal("<0.5", TivCell.Format(Tiv.BelowHalf));
        Assert.Equal("did not exist", TivCell.Format(Tiv.DidNotExist));
        Assert.Equal("7,068", TivCell.Format(Tiv.FromMillions(7068)));
        Assert.Equal("<0.5", TivCell.Format(Tiv.FromMillions(0.3)));
        Assert.Equal("426.8", TivCell.Format(Tiv.FromMillions(426.8), "#,0.#"));
    }

    [Theory]
    // One rule for TivCell and Tiv's formats: a positive value that prints as 0 is <0.5, a reported 0 stays 0.
    [InlineData(0.3, "<0.5", "<0.5", "0.3", "0.3")]
    [InlineData(0.004, "<0.5", "<0.5", "<0.5", "0")] // R: as SIPRI files print it, at most 2 decimals
    [InlineData(0.49, "<0.5", "<0.5", "0.49", "0.49")]
    [InlineData(0.5, "1", "1", "0.5", "0.5")]
    [InlineData(0, "0", "0", "0", "0")]
    [InlineData(1234.4, "1,234", "1,234", "1234.4", "1234.4")]
    public void TivCell_And_TivFormats_AreOneRule(double millions, string cell, string n0, string g, string raw)
    {
        var tiv = Tiv.FromMillions(millions);
        Assert.Equal(cell, TivCell.Format(tiv));
        Assert.Equal(n0, tiv.ToString("N0", null));
        Assert.Equal(g, tiv.ToString("G", null));
        Assert.Equal(raw, tiv.ToString("R", null));
        Assert.Equal(g == "<0.5" ? "<0.5 TIV million" : g + " TIV million", tiv.ToString());
    }

    [Fact]
    public void Renderers_UseTheSameCellRule_ForAPositiveValueUnderHalf()
    {
        var frame = new Microsoft.Data.Analysis.DataFrame(new Microsoft.Data.Analysis.DoubleDataFrameColumn("tiv", [0.3, 0, 12.6]));
        var table = TradeArms.Rendering.ResultTable.Of(new FrameResult(frame));
        Assert.Equal(["<0.5", "0", "13"], table.Cells.Select(r => r[0]));
    }

    private sealed record FrameResult(Microsoft.Data.Analysis.DataFrame Frame) : IAnalysisResult
    {
        public string Title => "t";

        public Measure Measure => Measure.TivMillions;

        public string Window => "";

        public DataSource Source => new("s", null);

        public IReadOnlyList<string> Notes => [];

        public Microsoft.Data.Analysis.DataFrame ToDataFrame() => Frame;
    }

    [Fact]
    public void Format_OfASum_KeepsTheMarkOfItsStrongestTerm()
    {
        // China delivered nothing to India in 2017-2021: a sum of empty cells stays "no deliveries", not 0.
        Assert.Equal("-", TivCell.Format(Tiv.NoDeliveries + Tiv.NoDeliveries));
        Assert.Equal("<0.5", TivCell.Format(Tiv.NoDeliveries + Tiv.BelowHalf));
    }

    [Fact]
    public void Format_OnTheShippedData_ChinaToIndia2017To2021_IsADash()
    {
        var arms = Datasets.Sipri;
        Assert.Equal("-", TivCell.Format(arms.Total(YearRange.Parse("2017-2021"), arms.Actor("China"), arms.Actor("India"))));
        Assert.Equal("7,068", TivCell.Format(arms.Total(YearRange.Parse("2017-2021"), arms.Actor("Russia"), arms.Actor("India"))));
    }
}
