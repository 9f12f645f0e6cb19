using TradeArms.Trade;

namespace TradeArms.Tests.Trade;

public class BilateralTradeTableTest
{
    private const string Header = "# reporter: Pakistan\n# partner: Russia\n# unit: US$ million\n";

    [Fact]
    public void Parse_CalendarYearsCsvWithoutPublishedColumns_IsConsistent()
    {
        var table = BilateralTradeTableReader.Parse(Header + "Year,Exports,Imports\n2012,332,210\n2013,,250\n", "cy.csv");

        Assert.Equal(PeriodKind.CalendarYear, table.PeriodKind);
        Assert.True(table.Validate().IsConsistent);
        Assert.Equal(0, table.Validate().FiguresChecked);
        Assert.Equal(542m, table.Rows[0].Total!.Value.Amount);
        Assert.Null(table.Rows[1].Exports);
        Assert.Null(table.Rows[1].Total);
        Assert.Null(table.Rows[1].Balance);
    }

    [Theory]
    [InlineData("..")]
    [InlineData("n.a.")]
    [InlineData("")]
    public void Parse_MissingMarkers_AreMissingNotZero(string marker)
    {
        var table = BilateralTradeTableReader.Parse(Header + $"Year\tExports\tImports\n2012\t{marker}\t210\n", "m.tsv");
        Assert.Null(table.Rows[0].Exports);
    }

    [Fact]
    public void Parse_ThousandsSeparatorsInTsv_AreAccepted()
    {
        var table = BilateralTradeTableReader.Parse(Header + "Year\tExports\tImports\n2012\t1,234.5\t210\n", "t.tsv");
        Assert.Equal(1234.5m, table.Rows[0].Exports!.Value.Amount);
    }

    [Fact]
    public void Parse_OptionsOverrideMetadata()
    {
        var table = BilateralTradeTableReader.Parse(Header + "Year,Exports,Imports\n2012,1,2\n", "o.csv",
            new TradeTableReadOptions { Reporter = "India", Unit = new MoneyUnit("PKR", MoneyScale.Thousands) });
        Assert.Equal("India", table.Reporter.Name);
        Assert.Equal("PKR thousand", table.Unit.ToString());
    }

    [Fact]
    public void Validate_ToleranceFollowsPublishedPrecision()
    {
        // Printed with one decimal: tolerance 0.15; 10.1 + 20.1 = 30.2, so 30.3 is within rounding and 30.4 is not.
        var ok = BilateralTradeTableReader.Parse(Header + "Year,Exports,Imports,Total\n2012,10.1,20.1,30.3\n", "a.csv");
        var bad = BilateralTradeTableReader.Parse(Header + "Year,Exports,Imports,Total\n2012,10.1,20.1,30.4\n", "b.csv");
        Assert.True(ok.Validate().IsConsistent);
        Assert.Equal(0.15m, bad.Validate().Discrepancies.Single().Tolerance);
    }

    [Fact]
    public void Validate_WholeNumbers_AllowOneAndAHalf()
    {
        // 210 + 332 = 542 vs 543: 1 <= 1.5, rounding. 210 - 332 = -122 vs -124: 2 > 1.5, reported.
        var table = BilateralTradeTableReader.Parse(Header + "Year,Exports,Imports,Total,Balance\n2012,210,332,543,-124\n", "w.csv");
        var d = Assert.Single(table.Validate().Discrepancies);
        Assert.Equal(TradeField.Balance, d.Field);
        Assert.Equal(1.5m, d.Tolerance);
    }

    [Fact]
    public void Constructor_DuplicatePeriod_Throws()
    {
        var rows = new[]
        {
            new TradeRow(new CalendarYear(2012), Money.UsDollarMillions(1), Money.UsDollarMillions(2)),
            new TradeRow(new CalendarYear(2012), Money.UsDollarMillions(3), Money.UsDollarMillions(4)),
        };
        var e = Assert.Throws<ArgumentException>(() => new BilateralTradeTable(Actor.Find("PAK"), Actor.Find("RUS"), MoneyUnit.UsDollarMillions, new DataSource("test"), rows));
        Assert.StartsWith("The period 2012 appears more than once.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MixedPeriodKinds_Throws()
    {
        var rows = new[]
        {
            new TradeRow(new CalendarYear(2012), Money.UsDollarMillions(1), Money.UsDollarMillions(2)),
            new TradeRow(new FiscalYear(2012, FiscalYearConvention.JulyToJune), Money.UsDollarMillions(3), Money.UsDollarMillions(4)),
        };
        Assert.Throws<ArgumentException>(() => new BilateralTradeTable(Actor.Find("PAK"), Actor.Find("RUS"), MoneyUnit.UsDollarMillions, new DataSource("test"), rows));
    }

    [Fact]
    public void Constructor_FigureInAnotherUnit_ThrowsUnitMismatch()
    {
        var rows = new[] { new TradeRow(new CalendarYear(2012), new Money(1, new MoneyUnit("PKR", MoneyScale.Millions)), null) };
        Assert.Throws<UnitMismatchException>(() => new BilateralTradeTable(Actor.Find("PAK"), Actor.Find("RUS"), MoneyUnit.UsDollarMillions, new DataSource("test"), rows));
    }

    [Fact]
    public void Constructor_SortsRowsByPeriod()
    {
        var rows = new[]
        {
            new TradeRow(new CalendarYear(2013), Money.UsDollarMillions(1), Money.UsDollarMillions(2)),
            new TradeRow(new CalendarYear(2012), Money.UsDollarMillions(3), Money.UsDollarMillions(4)),
        };
        var table = new BilateralTradeTable(Actor.Find("PAK"), Actor.Find("RUS"), MoneyUnit.UsDollarMillions, new DataSource("test"), rows);
        Assert.Equal("2012", table.Rows[0].Period.ToString());
    }

    [Fact]
    public void Indexer_MissingPeriod_SaysWhatTheTableCovers()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Datasets.PakistanRussiaTable1[new CalendarYear(2011)]);
        Assert.Equal("The Pakistan-Russia table has no period 2011; it covers 2010-11..2014-15 (5 periods).", e.Message);
    }
}
