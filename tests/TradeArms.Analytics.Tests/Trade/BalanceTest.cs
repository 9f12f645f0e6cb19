using Microsoft.Data.Analysis;

namespace TradeArms.Tests.Trade;

/// <summary>
/// Balance measures. Table 1 values were cross-checked with python3's decimal module (28 digits), e.g. 2010-11:
/// x, m = Decimal("183.57"), Decimal("162.42"); x - m = 21.15; x + m = 345.99; float(x / m) = 1.1302179534540082;
/// float((x - m) / (x + m)) = 0.061128934362264804; float(x / (x + m) * 100) = 53.05644671811324; and the running
/// sum of x - m: 21.15, 8.71, -61.15, -109.19, -131.80.
/// </summary>
public class BalanceTest
{
    private static BilateralTradeTable Table1 => Datasets.PakistanRussiaTable1;

    private static BilateralTradeTable Calendar(params (int Year, decimal? X, decimal? M)[] rows) => new(
        Actor.Find("PAK"), Actor.Find("RUS"), MoneyUnit.UsDollarMillions, new DataSource("test"),
        rows.Select(r => new TradeRow(new CalendarYear(r.Year),
            r.X is { } x ? Money.UsDollarMillions(x) : null, r.M is { } m ? Money.UsDollarMillions(m) : null)));

    [Fact]
    public void Table1_BalanceAndTurnover_AreComputedNotPublished()
    {
        var balance = Balance.Of(Table1);
        var turnover = Balance.Turnover(Table1);
        Assert.Equal([21.15, -12.44, -69.86, -48.04, -22.61], balance.Values.Select(v => v!.Value));
        // 2010-11 turnover is 345.99 (Table 1 printed 346.99).
        Assert.Equal([345.99, 391.66, 484.48, 422.12, 390.29], turnover.Values.Select(v => v!.Value));
        Assert.Equal(MeasureKind.Money, balance.Measure.Kind);
        Assert.Equal(MoneyUnit.UsDollarMillions, turnover.Measure.Money);
        Assert.Equal("US$ million", turnover.Measure.Label);
    }

    [Fact]
    public void Table1_Ratios_MatchPython()
    {
        var coverage = Balance.Coverage(Table1);
        var normalised = Balance.Normalised(Table1);
        var exportShare = Balance.ShareOfTurnover(Table1, TradeFlow.Exports);
        var importShare = Balance.ShareOfTurnover(Table1, TradeFlow.Imports);

        Assert.Equal(Measure.Ratio, coverage.Measure);
        Assert.Equal(Measure.Ratio, normalised.Measure);
        Assert.Equal(Measure.Percent, exportShare.Measure);
        Assert.Equal(1.1302179534540082, coverage.Values[0]!.Value, 14);
        Assert.Equal(0.7479525201140095, coverage.Values[2]!.Value, 14);
        Assert.Equal(0.061128934362264804, normalised.Values[0]!.Value, 14);
        Assert.Equal(-0.14419583883751652, normalised.Values[2]!.Value, 14);
        Assert.Equal(53.05644671811324, exportShare.Values[0]!.Value, 12);
        Assert.Equal(57.20979194187583, importShare.Values[2]!.Value, 12);
        Assert.All(exportShare.Values.Zip(importShare.Values), p => Assert.Equal(100, p.First!.Value + p.Second!.Value, 12));
    }

    [Fact]
    public void Table1_Cumulative_RunningSum()
    {
        var cumulative = Balance.Cumulative(Table1);
        Assert.Equal([21.15, 8.71, -61.15, -109.19, -131.80], cumulative.Values.Select(v => v!.Value));
        Assert.Equal(Money.UsDollarMillions(-131.80m), Balance.CumulativeOver(Table1, Table1.Rows[0].Period, Table1.Rows[^1].Period));
        // From 2012-13 to 2013-14: -69.86 - 48.04 = -117.90.
        Assert.Equal(Money.UsDollarMillions(-117.90m), Balance.CumulativeOver(Table1, Table1.Rows[2].Period, Table1.Rows[3].Period));
        var part = Balance.Cumulative(Table1, Table1.Rows[2].Period, Table1.Rows[3].Period);
        Assert.Equal([-69.86, -117.90], part.Values.Select(v => v!.Value));
        Assert.Equal(["2012-13", "2013-14"], part.Periods.Select(p => p.ToString()));
    }

    [Fact]
    public void Cumulative_PeriodOutsideTheTable_IsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => Balance.Cumulative(Table1, new FiscalYear(2009, FiscalYearConvention.JulyToJune)));
        Assert.StartsWith("The Pakistan-Russia table has no period 2009-10; it covers 2010-11..2014-15.", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Balance.CumulativeOver(Table1, Table1.Rows[3].Period, Table1.Rows[1].Period));
    }

    [Fact]
    public void Coverage_ZeroImports_IsMissingWithAReasonNeverInfinity()
    {
        var table = Calendar((2010, 5m, 0m), (2011, 0m, 0m));
        var summary = Balance.Summarise(table);

        Assert.Null(summary.Rows[0].Coverage);
        Assert.Contains("coverage undefined: imports are 0", summary.Rows[0].Notes);
        // Exports only: normalised balance +1, exports 100% of turnover.
        Assert.Equal(1, summary.Rows[0].NormalisedBalance);
        Assert.Equal(100, summary.Rows[0].ExportShare);
        // Nothing traded: coverage, normalised balance and shares undefined; balance and turnover are 0.
        Assert.Null(summary.Rows[1].NormalisedBalance);
        Assert.Null(summary.Rows[1].ExportShare);
        Assert.Contains("normalised balance and shares undefined: exports and imports are both 0", summary.Rows[1].Notes);
        Assert.Equal(Money.UsDollarMillions(0), summary.Rows[1].Balance);
        Assert.Equal(Money.UsDollarMillions(0), summary.Rows[1].Turnover);
        Assert.Equal([null, null], Balance.Coverage(table).Values.ToList());
    }

    [Fact]
    public void Normalised_ImportsOnly_IsMinusOne_AndCoverageZero()
    {
        var row = Balance.Summarise(Calendar((2010, 0m, 8m))).Rows[0];
        Assert.Equal(-1, row.NormalisedBalance);
        Assert.Equal(0, row.Coverage);
        Assert.Equal(100, row.ImportShare);
    }

    [Fact]
    public void NegativeFlow_KeepsBalanceButNotRatios()
    {
        // A correction of -2 in exports: balance -2 - 10 = -12, turnover 8; the ratios have no meaning.
        var row = Balance.Summarise(Calendar((2010, -2m, 10m))).Rows[0];
        Assert.Equal(Money.UsDollarMillions(-12), row.Balance);
        Assert.Equal(Money.UsDollarMillions(8), row.Turnover);
        Assert.Null(row.NormalisedBalance);
        // One rule with the matrix (TradeBalanceRule): a negative flow leaves the coverage undefined too (was -0.2).
        Assert.Null(row.Coverage);
        Assert.Contains("coverage undefined: exports are -2", row.Notes);
        Assert.Contains("normalised balance and shares undefined: a flow is negative (exports -2, imports 10)", row.Notes);

        var negativeImports = Balance.Summarise(Calendar((2010, 2m, -1m))).Rows[0];
        Assert.Null(negativeImports.Coverage);
        Assert.Contains("coverage undefined: imports are -1", negativeImports.Notes);
    }

    [Fact]
    public void MissingFlow_MakesEveryDerivedFigureMissing_AndStopsTheCumulativeSum()
    {
        var table = Calendar((2010, 5m, 3m), (2011, null, 3m), (2012, 4m, 1m));
        var summary = Balance.Summarise(table);

        Assert.Equal(Money.UsDollarMillions(2), summary.Rows[0].CumulativeBalance);
        Assert.Null(summary.Rows[1].Balance);
        Assert.Null(summary.Rows[1].Coverage);
        Assert.Contains("exports missing", summary.Rows[1].Notes);
        Assert.Null(summary.Rows[1].CumulativeBalance);
        Assert.Null(summary.Rows[2].CumulativeBalance);
        Assert.Contains("cumulative balance undefined from 2011: no balance for 2011", summary.Rows[2].Notes);
        Assert.Equal(Money.UsDollarMillions(3), summary.Rows[2].Balance);
        Assert.Equal(4.0, summary.Rows[2].Coverage);
        Assert.Null(Balance.CumulativeOver(table, new CalendarYear(2010), new CalendarYear(2012)));
        Assert.Equal(Money.UsDollarMillions(3), Balance.CumulativeOver(table, new CalendarYear(2012), new CalendarYear(2012)));
    }

    [Fact]
    public void Cumulative_GapInPeriods_IsMissingFromTheGapOn()
    {
        var table = Calendar((2010, 5m, 3m), (2012, 4m, 1m));
        var cumulative = Balance.Cumulative(table);
        Assert.Equal([2.0, null], cumulative.Values.ToList());
        Assert.Contains("cumulative balance undefined from 2011: the table has no period 2011", Balance.Summarise(table).Rows[1].Notes);
    }

    [Fact]
    public void SinglePeriod_AndConstantTable_Work()
    {
        var single = Balance.Summarise(Calendar((2010, 5m, 5m)));
        Assert.Equal(1.0, single.Rows[0].Coverage);
        Assert.Equal(0.0, single.Rows[0].NormalisedBalance);
        Assert.Equal(Money.UsDollarMillions(0), single.Rows[0].CumulativeBalance);

        var constant = Balance.Cumulative(Calendar((2010, 5m, 3m), (2011, 5m, 3m), (2012, 5m, 3m)));
        Assert.Equal([2.0, 4.0, 6.0], constant.Values.ToList());
    }

    [Fact]
    public void EmptyTable_HasAnEmptySummary()
    {
        var empty = new BilateralTradeTable(Actor.Find("PAK"), Actor.Find("RUS"), MoneyUnit.UsDollarMillions, new DataSource("t"), []);
        Assert.Empty(Balance.Summarise(empty).Rows);
        Assert.Empty(Balance.Coverage(empty).Values);
        Assert.Throws<ArgumentException>(() => Balance.Cumulative(empty));
    }

    [Fact]
    public void Summary_KeepsMoneyInTheTableUnit()
    {
        var thousands = new MoneyUnit("PKR", MoneyScale.Thousands);
        var table = new BilateralTradeTable(Actor.Find("PAK"), Actor.Find("RUS"), thousands, new DataSource("t"),
            [new TradeRow(new CalendarYear(2010), new Money(7.5m, thousands), new Money(2.5m, thousands))]);
        var row = Balance.Summarise(table).Rows[0];
        Assert.Equal(new Money(5m, thousands), row.Balance);
        Assert.Equal(new Money(10m, thousands), row.Turnover);
        Assert.Equal(thousands, Balance.Of(table).Measure.Money);
    }

    [Fact]
    public void ShareOfTurnover_OfBalance_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Balance.ShareOfTurnover(Table1, TradeFlow.Balance));

    [Fact]
    public void Summary_ToString_IsTheRendererTable_WithTitleDefinitionsAndNotes()
    {
        var summary = Balance.Summarise(Calendar((2010, 5m, 0m), (2011, 4m, 2m)));
        var text = summary.ToString();
        Assert.Equal(TradeArms.Rendering.TableRenderer.Render(summary), text);
        var lines = text.Split('\n');
        // The title is its own property, not the first line of a text layout.
        Assert.Equal("Pakistan-Russia trade balance, US$ million (reporter's view: balance = exports - imports)", summary.Title);
        Assert.Equal(summary.Title, ((IAnalysisResult)summary).Title);
        Assert.Equal(summary.Title, lines[0]);
        Assert.StartsWith("Period  Exports (US$ million)  Imports (US$ million)  Balance (US$ million)  Turnover (US$ million)  Coverage  Normalised balance  Export share (%)  Import share (%)  Cumulative balance (US$ million)", lines[1], StringComparison.Ordinal);
        // 2010: no imports, so coverage is undefined (n/a) and normalised balance (5 - 0) / 5 = 1; 2011: 4 / 2 = 2,
        // (4 - 2) / 6 = 0.33, 4 / 6 = 66.7% and 2 / 6 = 33.3% of turnover, cumulative 5 + 2 = 7.
        Assert.Matches(@"^2010 +5 +0 +5 +5 +n/a +1 +100\.0 +0\.0 +5 +coverage undefined: imports are 0$", lines[3]);
        Assert.Matches(@"^2011 +4 +2 +2 +6 +2 +0\.33 +66\.7 +33\.3 +7 *$", lines[4]);
        Assert.Contains("\nCoverage = exports / imports; normalised balance = (exports - imports) / (exports + imports);", text, StringComparison.Ordinal);
        Assert.Contains("\nUnit: US$ million.\nWindow: 2010 to 2011.\n2010: coverage undefined: imports are 0.\nSource: test.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_Table1_RendersThePublishedFiguresAndTheComputedBalance()
    {
        var summary = Balance.Summarise(Table1) with { DataNotes = ["a note on the data"] };
        var lines = summary.ToString().Split('\n');
        // Table 1's 2010-11 and 2014-15 (printed exports and imports; balance, turnover, coverage, shares and the
        // cumulative balance computed: 183.84 - 206.45 = -22.61, running sum -131.80, 183.84 / 206.45 = 0.89).
        Assert.Matches(@"^2010-11 +183\.57 +162\.42 +21\.15 +345\.99 +1\.13 +0\.06 +53\.1 +46\.9 +21\.15 *$", lines[3]);
        Assert.Matches(@"^2014-15 +183\.84 +206\.45 +-22\.61 +390\.29 +0\.89 +-0\.06 +47\.1 +52\.9 +-131\.80 *$", lines[7]);
        Assert.Contains("a note on the data", ((IAnalysisResult)summary).Notes);
        Assert.Contains("a note on the data\n", summary.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_ToDataFrame_KeepsDecimalsAndNulls()
    {
        var frame = Balance.Summarise(Table1).ToDataFrame();
        Assert.IsType<DecimalDataFrameColumn>(frame.Columns["balance"]);
        Assert.Equal(-131.80m, frame.Columns["cumulative_balance"][4]);
        Assert.Equal(1.1302179534540082, (double)frame.Columns["coverage"][0], 14);
        Assert.Equal(5, frame.Rows.Count);
        Assert.Equal("2010-11", frame.Columns["period"][0]);
    }
}
