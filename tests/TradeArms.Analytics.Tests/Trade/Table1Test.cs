using TradeArms.Tests.Infrastructure;
using TradeArms.Trade;

namespace TradeArms.Tests.Trade;

/// <summary>
/// Table 1 of Naqvi and Masood, as printed. Hand check of each row (exports + imports; exports - imports):
/// 2010-11: 183.57 + 162.42 = 345.99 (printed 346.99: off by 1.00); 183.57 - 162.42 = 21.15 (ok)
/// 2011-12: 189.61 + 202.05 = 391.66 (printed 391.67: 0.01, within rounding of 0.015); -12.44 (ok)
/// 2012-13: 484.48 (ok); 207.31 - 277.17 = -69.86 (printed +69.89: sign and 0.03)
/// 2013-14: 422.12 (printed 422.11: within rounding); 187.04 - 235.08 = -48.04 (printed +48.04: sign reversed)
/// 2014-15: 390.29 (ok); -22.61 (ok)
/// </summary>
public class Table1Test
{
    private static BilateralTradeTable Table => Datasets.PakistanRussiaTable1;

    [Fact]
    public void Embedded_HasReporterPartnerUnitAndFiscalYears()
    {
        Assert.Equal("Pakistan", Table.Reporter.Name);
        Assert.Equal("Russia", Table.Partner.Name);
        Assert.Equal(MoneyUnit.UsDollarMillions, Table.Unit);
        Assert.Equal(PeriodKind.FiscalYear, Table.PeriodKind);
        Assert.Equal(["2010-11", "2011-12", "2012-13", "2013-14", "2014-15"], Table.Rows.Select(r => r.Period.ToString()));
        Assert.Equal(FiscalYearConvention.JulyToJune, Table.Rows[0].Period.FiscalYear.Convention);
        Assert.Contains("Naqvi", Table.Source.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void PublishedFigures_AreKeptAsPrinted()
    {
        var row = Table[new FiscalYear(2012, FiscalYearConvention.JulyToJune)];
        Assert.Equal(Money.UsDollarMillions(69.89m), row.PublishedBalance);
        Assert.Equal(Money.UsDollarMillions(-69.86m), row.Balance);
        Assert.Equal(Money.UsDollarMillions(484.48m), row.PublishedTotal);
        Assert.Equal(Money.UsDollarMillions(21.15m), Table.Rows[0].PublishedBalance);
    }

    [Fact]
    public void Validate_FindsExactlyThePrintedErrors()
    {
        var report = Table.Validate();

        Assert.False(report.IsConsistent);
        Assert.Equal(10, report.FiguresChecked);
        Assert.Collection(report.Discrepancies,
            d =>
            {
                Assert.Equal("2010-11", d.Period.ToString());
                Assert.Equal(TradeField.Total, d.Field);
                Assert.Equal(346.99m, d.Published.Amount);
                Assert.Equal(345.99m, d.Computed.Amount);
                Assert.Equal(1.00m, d.Difference.Amount);
                Assert.Equal(DiscrepancyKind.Arithmetic, d.Kind);
                Assert.Equal(0.015m, d.Tolerance);
                Assert.Equal(9, d.SourceLine);
            },
            d =>
            {
                Assert.Equal("2012-13", d.Period.ToString());
                Assert.Equal(TradeField.Balance, d.Field);
                Assert.Equal(69.89m, d.Published.Amount);
                Assert.Equal(-69.86m, d.Computed.Amount);
                Assert.Equal(139.75m, d.Difference.Amount);
                Assert.Equal(DiscrepancyKind.Arithmetic, d.Kind);
            },
            d =>
            {
                Assert.Equal("2013-14", d.Period.ToString());
                Assert.Equal(TradeField.Balance, d.Field);
                Assert.Equal(96.08m, d.Difference.Amount);
                Assert.Equal(DiscrepancyKind.SignReversed, d.Kind);
            });
    }

    [Fact]
    public void Discrepancy_ToString_ReadsLikeASentence() =>
        Assert.Equal("2013-14 balance: published +48.04, computed -48.04, difference +96.08 US$ million (sign reversed)",
            Table.Validate().Discrepancies[2].ToString());

    [Fact]
    public void PaperClaim_390MillionIn2014To15_MatchesTheTable()
    {
        // "In the fiscal year 2014-2015, the trade volume between Pakistan and Russia was only US$390 million".
        var row = Table[FiscalYear.Parse("2014-15", FiscalYearConvention.JulyToJune)];
        Assert.Equal(390.29m, row.Total!.Value.Amount);
        Assert.Equal(390m, Math.Round(row.Total.Value.Amount));
    }

    [Fact]
    public void RoundTrip_WriteThenRead_GivesTheSameTable()
    {
        var text = BilateralTradeTableWriter.ToText(Table);
        var again = BilateralTradeTableReader.Parse(text, "roundtrip.tsv");

        Assert.Equal(Table.Reporter, again.Reporter);
        Assert.Equal(Table.Partner, again.Partner);
        Assert.Equal(Table.Unit, again.Unit);
        Assert.Equal(Table.Source.Citation, again.Source.Citation);
        Assert.Equal(Table.Rows.Select(r => (r.Period, r.Exports, r.Imports, r.PublishedTotal, r.PublishedBalance)),
            again.Rows.Select(r => (r.Period, r.Exports, r.Imports, r.PublishedTotal, r.PublishedBalance)));
        Assert.Equal(Table.Validate().Discrepancies.Select(d => d.ToString()), again.Validate().Discrepancies.Select(d => d.ToString()));
    }

    [Fact]
    public void Read_ShippedFile_EqualsEmbeddedTable()
    {
        var fromFile = BilateralTradeTableReader.Read(RepositoryRoot.Combine("data", "trade", "pakistan-russia-table1.tsv"));
        Assert.Equal(Table.Rows.Select(r => (r.Period, r.Exports, r.Imports, r.PublishedTotal, r.PublishedBalance)),
            fromFile.Rows.Select(r => (r.Period, r.Exports, r.Imports, r.PublishedTotal, r.PublishedBalance)));
    }

    [SharedDataFact]
    public void Read_AsPublishedCopyWithOptions_GivesTheSameFindings()
    {
        // The copy in ../shared/data has no metadata lines: the caller states what the file does not.
        var table = BilateralTradeTableReader.Read(SharedData.Path("trade", "pakistan-russia-table1-as-published.tsv"), new TradeTableReadOptions
        {
            Reporter = "PAK",
            Partner = "Russian Federation",
            Unit = MoneyUnit.UsDollarMillions,
            FiscalYearConvention = FiscalYearConvention.JulyToJune,
        });
        Assert.Equal(3, table.Validate().Discrepancies.Count);
        Assert.Equal(2, table.Validate().Discrepancies[0].SourceLine);
    }
}
