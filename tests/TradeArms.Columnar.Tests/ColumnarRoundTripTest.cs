using TradeArms.Matrix;
using TradeArms.Matrix.Tests;
using TradeArms.Text;

namespace TradeArms.Columnar.Tests;

public class ColumnarRoundTripTest
{
    private static BilateralTradeMatrix Small() =>
        TradeMatrixCsvReader.Parse(SmallMatrixCsv.Text, "t.csv", new() { Unit = MoneyUnit.UsDollarMillions, Source = new DataSource("Test data", "v1") });

    private static void AssertSameCells(BilateralTradeMatrix expected, BilateralTradeMatrix actual)
    {
        Assert.Equal(expected.Actors.ToArray(), actual.Actors.ToArray());
        Assert.Equal(expected.Periods.ToArray(), actual.Periods.ToArray());
        Assert.Equal(expected.PairCount, actual.PairCount);
        Assert.Equal(expected.Unit, actual.Unit);
        for (var pair = 0; pair < expected.PairCount; pair++)
        {
            Assert.Equal((expected.ReporterOf(pair), expected.PartnerOf(pair)), (actual.ReporterOf(pair), actual.PartnerOf(pair)));
            Assert.Equal(expected.Values(pair, TradeFlow.Exports).ToArray(), actual.Values(pair, TradeFlow.Exports).ToArray());
            Assert.Equal(expected.Values(pair, TradeFlow.Imports).ToArray(), actual.Values(pair, TradeFlow.Imports).ToArray());
        }
    }

    [Fact]
    public void Parquet_RoundTrip_KeepsValuesMissingCellsUnitAndSource()
    {
        var m = Small();
        using var stream = new MemoryStream();
        // Rows with exports or imports: AAA-BBB 2000, 2001, 2002; BBB-AAA 2000; C-AAA 2001.
        Assert.Equal(5, TradeMatrixParquet.Write(m, stream));
        stream.Position = 0;
        var back = TradeMatrixParquet.Read(stream, "t.parquet");
        AssertSameCells(m, back);
        Assert.Equal("Test data", back.Source.Citation);
        Assert.Equal("v1", back.Source.Vintage);
    }

    [Fact]
    public void Parquet_RoundTrip_SyntheticMatrixWithEstimatesAndFiscalYears()
    {
        var b = new TradeMatrixBuilder(MoneyUnit.UsDollarMillions, new DataSource("test"));
        var fy = FiscalYearConvention.JulyToJune;
        b.Add("PAK", "RUS", new FiscalYear(2010, fy), TradeFlow.Exports, 183.57, estimated: true);
        b.Add("PAK", "RUS", new FiscalYear(2012, fy), TradeFlow.Imports, 0.1 + 0.2);
        var m = b.Build();
        using var stream = new MemoryStream();
        TradeMatrixParquet.Write(m, stream);
        stream.Position = 0;
        var back = TradeMatrixParquet.Read(stream, "t.parquet");
        AssertSameCells(m, back);
        Assert.Equal(PeriodKind.FiscalYear, back.PeriodKind);
        Assert.True(back.IsEstimated(0, 0, TradeFlow.Exports));
        Assert.False(back.IsEstimated(0, 2, TradeFlow.Imports));
    }

    [Fact]
    public void Parquet_RoundTrip_ManyRowGroups()
    {
        using var csv = new MemoryStream();
        SyntheticTradeMatrix.Write(csv, 150_000, seed: 5);
        csv.Position = 0;
        var m = TradeMatrixCsvReader.Read(csv, "g.csv", new() { Unit = MoneyUnit.UsDollarMillions });
        using var stream = new MemoryStream();
        TradeMatrixParquet.Write(m, stream);
        stream.Position = 0;
        AssertSameCells(m, TradeMatrixParquet.Read(stream, "g.parquet"));
    }

    [Fact]
    public void Parquet_UnitDisagreeingWithTheMetadata_IsRejected()
    {
        using var stream = new MemoryStream();
        TradeMatrixParquet.Write(Small(), stream);
        stream.Position = 0;
        Assert.Equal("t.parquet: expected the unit PKR million, found 'US$ million'.",
            Assert.Throws<DataFormatException>(() => TradeMatrixParquet.Read(stream, "t.parquet", new MoneyUnit("PKR", MoneyScale.Millions))).Message);
    }

    [Fact]
    public void ParquetSummary_ReadsBackAsTheMatrix()
    {
        var m = Small();
        using var stream = new MemoryStream();
        Assert.Equal(5, TradeMatrixParquet.WriteSummary(m, stream));
        stream.Position = 0;
        AssertSameCells(m, TradeMatrixParquet.Read(stream, "s.parquet"));
    }

    [Fact]
    public void Arrow_RoundTrip_KeepsValuesAndMissingCells()
    {
        var m = Small();
        using var stream = new MemoryStream();
        Assert.Equal(5, TradeMatrixArrow.Write(m, stream));
        stream.Position = 0;
        var back = TradeMatrixArrow.Read(stream, "t.arrow");
        AssertSameCells(m, back);
        Assert.Equal("Test data", back.Source.Citation);
    }
}
