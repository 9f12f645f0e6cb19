
namespace TradeArms.Matrix.Tests;

public class BilateralTradeMatrixTest
{
    private static readonly TradeMatrixReadOptions Usd = new() { Unit = MoneyUnit.UsDollarMillions };

    private static BilateralTradeMatrix Small() => TradeMatrixCsvReader.Parse(TradeMatrixCsvReaderTest.Small, "t.csv", Usd);

    // A synthetic matrix with gaps, zeros and missing values: 86 actors, 1948-2023.
    private static readonly Lazy<BilateralTradeMatrix> s_synthetic = new(() =>
    {
        using var stream = new MemoryStream();
        SyntheticTradeMatrix.Write(stream, 120_000, seed: 7);
        stream.Position = 0;
        return TradeMatrixCsvReader.Read(stream, "synthetic.csv", Usd);
    });

    [Fact]
    public void Table_ExtractsAPairAsABilateralTradeTable()
    {
        var table = Small().Table("AAA", "BBB");
        Assert.Equal("AAA", table.Reporter.Name);
        Assert.Equal(MoneyUnit.UsDollarMillions, table.Unit);
        // 2002 has imports only; it is kept (exports missing, not zero).
        Assert.Equal(["2000", "2001", "2002"], table.Rows.Select(r => r.Period.ToString()));
        Assert.Equal(Money.UsDollarMillions(10m), table.Rows[0].Exports);
        Assert.Equal(Money.UsDollarMillions(6m), table.Rows[0].Balance);
        Assert.Null(table.Rows[2].Exports);
        Assert.Equal(Money.UsDollarMillions(5m), table.Rows[2].Imports);
    }

    [Fact]
    public void Table_ResolvesCataloguedActorsAndTakesShortestRoundTripDecimals()
    {
        var m = TradeMatrixCsvReader.Parse("reporter,partner,year,flow,value\nPAK,RUS,2018,X,10.699999999999999\n", "t.csv", Usd);
        var table = m.Table(Actor.Find("Pakistan"), Actor.Find("Russia"));
        Assert.Equal(Actor.Find("Pakistan"), table.Reporter);
        Assert.Equal(10.7m, table.Rows[0].Exports!.Value.Amount);
        Assert.Equal(Actor.Find("Russia"), m.Table("PAK", "RUS").Partner);
    }

    [Fact]
    public void Table_UnknownActor_SaysSo() =>
        Assert.StartsWith("The matrix has no actor 'AA'; did you mean 'AAA'?", Assert.Throws<ArgumentException>(() => Small().Table("AA", "BBB")).Message);

    [Fact]
    public void Series_CoversEveryPeriodWithMissingValuesAsNull()
    {
        var s = Small().Series("AAA", "BBB", TradeFlow.Balance);
        Assert.Equal("AAA trade balance with BBB", s.Name);
        Assert.Equal([6, 6, null], s.Values.ToArray());
        Assert.Equal([null, null, null], Small().Series("AAA", "C, Rep. of", TradeFlow.Exports).Values.ToArray());
    }

    [Fact]
    public void MirrorGaps_CompareExportsWithThePartnersImports()
    {
        var gaps = Small().MirrorGaps();
        var y2000 = (Period)new CalendarYear(2000);
        // AAA reports exports of 10 to BBB; BBB reports imports of 11 from AAA.
        Assert.Equal(10, gaps.Exports["AAA", "BBB", y2000]);
        Assert.Equal(11, gaps.MirrorImports["AAA", "BBB", y2000]);
        Assert.Equal(1, gaps.Gap["AAA", "BBB", y2000]);
        Assert.Equal(1.1, gaps.Ratio["AAA", "BBB", y2000]!.Value, 12);
        // BBB reports exports of 4.4 to AAA; AAA reports imports of 4 from BBB.
        Assert.Equal(4 - 4.4, gaps.Gap["BBB", "AAA", y2000]);
        // C reports exports to AAA, but AAA has no pair with C: missing.
        Assert.Null(gaps.MirrorImports["C, Rep. of", "AAA", new CalendarYear(2001)]);
        Assert.Null(gaps.Gap["C, Rep. of", "AAA", new CalendarYear(2001)]);
    }

    [Fact]
    public void TopPartners_RankPartnersAndComputeSharesByHand()
    {
        var m = TradeMatrixCsvReader.Parse("""
            reporter,partner,year,flow,value
            AAA,BBB,2000,X,50
            AAA,CCC,2000,X,30
            AAA,DDD,2000,X,20
            AAA,EEE,2000,X,
            AAA,WLD,2000,X,100
            AAA,CCC,2001,X,0
            AAA,DDD,2001,X,0
            """, "t.csv", Usd);
        var top = m.TopPartners(TradeFlow.Exports, 2, excludedPartners: ["WLD"]);
        // 2000: total 50 + 30 + 20 = 100 (WLD excluded, EEE missing): BBB 0.5, CCC 0.3.
        Assert.Equal([("BBB", 50.0, (double?)0.5), ("CCC", 30.0, 0.3)], top.For("AAA", new CalendarYear(2000)));
        Assert.Equal(100, top.Total(0, 0));
        // 2001: two zeros tie (label order), the total is 0 so shares are undefined.
        Assert.Equal([("CCC", 0.0, (double?)null), ("DDD", 0.0, null)], top.For("AAA", new CalendarYear(2001)));
        // WLD is a known aggregate (ImfAggregates): left out by default too; kept when asked, it comes first and halves the shares.
        Assert.Equal(("BBB", 50.0, (double?)0.5), m.TopPartners(TradeFlow.Exports, 1).For("AAA", new CalendarYear(2000))[0]);
        Assert.Equal(("WLD", 100.0, (double?)0.5), m.TopPartners(TradeFlow.Exports, 1, includeAggregates: true).For("AAA", new CalendarYear(2000))[0]);
        Assert.Empty(top.For("BBB", new CalendarYear(2000)));
        Assert.Throws<ArgumentException>(() => m.TopPartners(TradeFlow.Balance));
    }

    [Fact]
    public void Trends_SmallMatrix_ByHand()
    {
        var m = TradeMatrixCsvReader.Parse("""
            reporter,partner,year,exports,imports
            AAA,BBB,2000,100,0
            AAA,BBB,2001,110,5
            AAA,BBB,2002,121,
            AAA,BBB,2003,0,5
            """, "t.csv", Usd);
        var growth = m.GrowthYearOnYear(TradeFlow.Exports);
        Assert.Equal([null, 10, 10, -100], Enumerable.Range(0, 4).Select(t => growth[0, t]));
        // Imports: from 0 undefined; to missing undefined.
        Assert.Equal([null, null, null, null], Enumerable.Range(0, 4).Select(t => m.GrowthYearOnYear(TradeFlow.Imports)[0, t]));
        // CAGR 2000..2002: (121/100)^(1/2) - 1 = 10%.
        Assert.Equal(10, m.Cagr(TradeFlow.Exports, new CalendarYear(2000), new CalendarYear(2002))[0]!.Value, 10);
        Assert.Null(m.Cagr(TradeFlow.Imports, new CalendarYear(2000), new CalendarYear(2001))[0]); // start 0
        // OLS slope of exports on year: x = 0..3, y = 100, 110, 121, 0: Sxy = -213.5 + ... computed by hand: -28.9.
        // mean x 1.5, mean y 82.75; Sxy = (-1.5)(17.25) + (-0.5)(27.25) + (0.5)(38.25) + (1.5)(-82.75) = -144.5; Sxx = 5.
        Assert.Equal(-28.9, m.LinearTrendSlope(TradeFlow.Exports)[0]!.Value, 10);
        // Imports 0, 5, (missing), 5 at x = 0, 1, 3: Sxy = 60/9, Sxx = 42/9, slope 10/7.
        Assert.Equal(10.0 / 7.0, m.LinearTrendSlope(TradeFlow.Imports)[0]!.Value, 12);
        Assert.Null(m.LinearTrendSlope(TradeFlow.Imports)[0] is null ? null : m.Cagr(TradeFlow.Imports, new CalendarYear(2001), new CalendarYear(2002))[0]); // end missing
        var rolling = m.RollingSum(TradeFlow.Exports, 2);
        Assert.Equal([null, 210, 231, 121], Enumerable.Range(0, 4).Select(t => rolling[0, t]));
        Assert.Throws<ArgumentException>(() => m.Cagr(TradeFlow.Exports, new CalendarYear(2002), new CalendarYear(2001)));
        Assert.Throws<WindowOutsideDataException>(() => m.Cagr(TradeFlow.Exports, new CalendarYear(1999), new CalendarYear(2001))); // the matrix's one window gate
    }

    [Theory]
    [InlineData(TradeFlow.Exports)]
    [InlineData(TradeFlow.Imports)]
    [InlineData(TradeFlow.Total)]
    [InlineData(TradeFlow.Balance)]
    public void AllPairsTrends_AgreeWithTheSinglePairTrendFunctions(TradeFlow flow)
    {
        var m = s_synthetic.Value;
        var growth = m.GrowthYearOnYear(flow);
        var rolling = m.RollingSum(flow, 5);
        var slope = m.LinearTrendSlope(flow);
        var cagr = m.Cagr(flow, new CalendarYear(1960), new CalendarYear(2020));
        var checkedPairs = 0;
        foreach (var pair in new[] { 0, 1, 17, m.PairCount / 2, m.PairCount - 1 })
        {
            var reporter = m.Actors[m.ReporterOf(pair)];
            var partner = m.Actors[m.PartnerOf(pair)];
            var series = m.Series(reporter, partner, flow);
            // Year-on-year: Trend starts at the second period.
            var yoy = Trend.YearOnYear(series);
            Assert.Null(growth[pair, 0]);
            for (var t = 1; t < m.PeriodCount; t++)
            {
                Assert.Equal(yoy[t - 1].Percent, growth[pair, t]);
            }
            Assert.Equal(Trend.RollingSum(series, 5).Values.ToArray(), Enumerable.Range(0, m.PeriodCount).Select(t => rolling[pair, t]).ToArray());
            Assert.Equal(Trend.Cagr(series, new CalendarYear(1960), new CalendarYear(2020)).PercentPerYear, cagr[pair]);
            var n = series.Values.Count(v => v is not null);
            if (n >= 3)
            {
                Assert.Equal(Trend.Linear(series).Slope, slope[pair]!.Value, 1e-9 * Math.Max(1, Math.Abs(slope[pair]!.Value)));
                checkedPairs++;
            }
            else
            {
                Assert.Null(slope[pair]);
            }
        }
        Assert.True(checkedPairs >= 4);
    }

    [Fact]
    public void Summary_AgreesWithTheExtractedTable()
    {
        var m = s_synthetic.Value;
        var s = m.Summarize();
        foreach (var pair in new[] { 3, m.PairCount - 2 })
        {
            var table = m.Table(m.Actors[m.ReporterOf(pair)], m.Actors[m.PartnerOf(pair)]);
            foreach (var row in table.Rows)
            {
                var t = m.IndexOfPeriod(row.Period);
                Assert.Equal(row.Exports is { } x ? (double)x.Amount : null, s.Exports[pair, t]);
                Assert.Equal(row.Balance is { } b ? (double)b.Amount : double.NaN, s.Balance[pair, t] ?? double.NaN, 1e-9);
                Assert.Equal(row.Total is { } tt ? (double)tt.Amount : double.NaN, s.Turnover[pair, t] ?? double.NaN, 1e-9);
            }
        }
    }

    [Fact]
    public void Builder_RejectsDuplicatesTotalsAndNonFiniteValues()
    {
        var b = new TradeMatrixBuilder(MoneyUnit.UsDollarMillions, new DataSource("test"));
        b.Add("AAA", "BBB", new CalendarYear(2000), TradeFlow.Exports, 1);
        b.Add("AAA", "BBB", new CalendarYear(2000), TradeFlow.Imports, null, estimated: true);
        Assert.Equal("The cell AAA-BBB 2000 Exports was given twice. (Parameter 'period')",
            Assert.Throws<ArgumentException>(() => b.Add("AAA", "BBB", new CalendarYear(2000), TradeFlow.Exports, 2)).Message);
        Assert.Throws<ArgumentException>(() => b.Add("AAA", "BBB", new CalendarYear(2001), TradeFlow.Balance, 2));
        Assert.Throws<ArgumentException>(() => b.Add("AAA", "BBB", new CalendarYear(2001), TradeFlow.Exports, double.PositiveInfinity));
        Assert.Throws<ArgumentException>(() => b.Add("AAA", "AAA", new CalendarYear(2001), TradeFlow.Exports, 1));
        Assert.Throws<ArgumentException>(() => b.Add("AAA", "BBB", new FiscalYear(2001, FiscalYearConvention.JulyToJune), TradeFlow.Exports, 1));
        var m = b.Build();
        Assert.True(m.HasEstimates);
        Assert.True(m.IsEstimated(0, 0, TradeFlow.Imports));
        Assert.False(m.IsEstimated(0, 0, TradeFlow.Exports));
        Assert.Equal(2, m.GivenCellCount);
        Assert.Equal(1, m.ExportValueCount);
        Assert.Equal(0, m.ImportValueCount);
    }

    [Fact]
    public void Builder_ManyPairs_SpanSeveralChunks()
    {
        // 40 x 39 = 1,560 pairs: more than one chunk of 1,024 pairs; years given in descending order.
        var b = new TradeMatrixBuilder(MoneyUnit.UsDollarMillions, new DataSource("test"));
        for (var year = 2020; year >= 1900; year -= 40)
        {
            for (var r = 0; r < 40; r++)
            {
                for (var p = 0; p < 40; p++)
                {
                    if (r != p)
                    {
                        b.Add($"R{r:00}", $"R{p:00}", new CalendarYear(year), TradeFlow.Exports, (r * 1000) + p + (year / 10000.0));
                    }
                }
            }
        }
        var m = b.Build();
        Assert.Equal(1560, m.PairCount);
        Assert.Equal(121, m.PeriodCount);
        Assert.Equal(39007.198, m["R39", "R07", new CalendarYear(1980), TradeFlow.Exports]);
        Assert.Equal(1560 * 4, m.ExportValueCount);
    }

    [Fact]
    public void Builder_TryGetValue_TellsAGivenValueAGivenMissingAndANeverGivenCellApart()
    {
        var b = new TradeMatrixBuilder(MoneyUnit.UsDollarMillions, new DataSource("test"));
        b.Add("AAA", "BBB", new CalendarYear(2000), TradeFlow.Exports, 1.5);
        b.Add("AAA", "BBB", new CalendarYear(2000), TradeFlow.Imports, null);

        Assert.True(b.TryGetValue("AAA", "BBB", new CalendarYear(2000), TradeFlow.Exports, out var given));
        Assert.Equal(1.5, given);
        Assert.True(b.TryGetValue("AAA", "BBB", new CalendarYear(2000), TradeFlow.Imports, out var missing));
        Assert.Null(missing);
        Assert.False(b.TryGetValue("BBB", "AAA", new CalendarYear(2000), TradeFlow.Exports, out _));
        Assert.False(b.TryGetValue("AAA", "BBB", new CalendarYear(2001), TradeFlow.Exports, out _));
        Assert.False(b.TryGetValue("AAA", "BBB", new CalendarYear(1850), TradeFlow.Exports, out _));
        Assert.False(b.TryGetValue("AAA", "CCC", new CalendarYear(2000), TradeFlow.Exports, out _));
        Assert.False(b.TryGetValue("AAA", "BBB", new FiscalYear(2000, FiscalYearConvention.JulyToJune), TradeFlow.Exports, out _));
        Assert.False(b.TryGetValue("AAA", "BBB", new CalendarYear(2000), TradeFlow.Balance, out _));
    }

    [Fact]
    public void TrendKernels_RefuseArgumentsOutsideTheValues()
    {
        double[] values = [1, 2, 4];
        Assert.Equal(100, TrendKernels.Cagr(values, 0, 2), 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => TrendKernels.Cagr(values, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrendKernels.Cagr(values, 0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrendKernels.Cagr(values, -1, 2));
        Assert.Throws<ArgumentException>(() => TrendKernels.YearOnYear(values, new double[2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrendKernels.RollingSum(values, 0, new double[3]));
        var rolling = new double[3];
        TrendKernels.RollingSum(values, 2, rolling);
        Assert.Equal([double.NaN, 3, 6], rolling);
    }
}
