using TradeArms.Register;
using TradeArms.Sipri;
using static TradeArms.Tests.Register.RegisterFiles;

namespace TradeArms.Tests.Register;

/// <summary>Queries, TIV by year and reconciliation on hand-made files; expected values worked out by hand from the rows.</summary>
public class TradeRegisterQueryTest
{
    private static readonly TradeRegister Full5 = TradeRegisterReader.Parse(FiveDeals, "register.csv");
    private static readonly TradeRegister ByYear5 = TradeRegisterReader.Parse(FiveRows, "by-year.csv");

    private static string[] Names(IEnumerable<ArmsDeal> deals) => [.. deals.Select(d => d.Designation)];

    [Fact]
    public void BySupplierRecipientAndPair_SelectInFileOrder()
    {
        var russia = Full5.Actor("Russia");
        var pakistan = Full5.Actor("PAK");
        Assert.Equal(["Mi-35M", "RD-33", "Su-30MKI"], Names(Full5.BySupplier(russia)));
        Assert.Equal(["Mi-35M", "RD-33", "Type-054A/P", "T-34-85"], Names(Full5.ByRecipient(pakistan)));
        Assert.Equal(["Mi-35M", "RD-33"], Names(Full5.Between(russia, pakistan)));
        Assert.Empty(Full5.Between(Full5.Actor("Soviet Union"), Full5.Actor("India")));
    }

    [Fact]
    public void OrderedIn_AndDeliveredIn_UseInclusiveRanges()
    {
        Assert.Equal(["Mi-35M", "RD-33"], Names(Full5.OrderedIn(new YearRange(2004, 2015))));
        // RD-33 delivered in 2023; the frigates in 2021 and 2022; nothing else after 2018.
        Assert.Equal(["RD-33", "Type-054A/P"], Names(Full5.DeliveredIn(new YearRange(2019, 2023))));
        Assert.Equal(["T-34-85"], Names(Full5.DeliveredIn(new YearRange(1966, 1966))));
    }

    [Fact]
    public void OpenOrders_AreOrderedButNotFullyDelivered()
    {
        // RD-33: 194 of 250; Su-30MKI: 0 of 12. The frigates have no number ordered and 2 delivered: not open.
        Assert.Equal(["RD-33", "Su-30MKI"], Names(Full5.OpenOrders()));
    }

    [Fact]
    public void Select_CombinesConditions()
    {
        var query = new DealQuery { Supplier = Full5.Actor("Russia"), OrderYears = new YearRange(2010, 2024) };
        Assert.Equal(["Mi-35M", "Su-30MKI"], Names(Full5.Select(query)));
        Assert.Equal(["Su-30MKI"], Names(Full5.Select(query with { OpenOrdersOnly = true })));
        Assert.Equal(5, Full5.Select(new DealQuery()).Length);
    }

    [Fact]
    public void InCategory_NeedsARegisterWithCategories()
    {
        Assert.Equal(["RD-33 (6200)"], Names(ByYear5.InCategory("engines")));
        Assert.Equal(3, ByYear5.InCategory("Aircraft").Length);
        var e = Assert.Throws<ArgumentException>(() => Full5.InCategory("Aircraft"));
        Assert.Equal("This register has no armament categories: SIPRI's full register export has no category column. Read SIPRI's by-delivery-year export to select by category. (Parameter 'query')", e.Message);
    }

    [Fact]
    public void OpenOrders_NeedNumbersOrdered()
    {
        var e = Assert.Throws<ArgumentException>(() => ByYear5.OpenOrders());
        Assert.Equal("Open orders need the number ordered, which SIPRI's by-delivery-year export does not give. Read SIPRI's full register export. (Parameter 'query')", e.Message);
    }

    [Fact]
    public void ToArmsTransfers_SumsDeliveriesBySupplierRecipientAndYear()
    {
        var arms = ByYear5.ToArmsTransfers();
        Assert.Equal(new YearRange(1968, 2018), arms.Years);
        var series = arms.Series(arms.Actor("Russia"), arms.Actor("Pakistan"));
        Assert.Equal(19.14, series[2002].Millions);
        Assert.Equal(6.6, series[2007].Millions);
        Assert.Equal(17.6, series[2008].Millions);
        Assert.Equal(46, series[2018].Millions);
        Assert.Equal(TivStatus.NoDeliveries, series[2009].Status);
        Assert.Equal(89.34, series.Total.Millions, 9); // 19.14 + 6.6 + 17.6 + 46
        Assert.Equal(5.76, arms.Series(arms.Actor("Algeria"), arms.Actor("Nigeria"))[1968].Millions);
        Assert.Equal(new DateOnly(2024, 4, 13), arms.Source.Generated);
    }

    [Fact]
    public void ToArmsTransfers_FromFullRegister_ExplainsWhyNot()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Full5.ToArmsTransfers());
        Assert.Equal("The full register lists each deal's delivery years but not the TIV delivered in each year. Read SIPRI's by-delivery-year export of the register for TIV by year.", e.Message);
    }

    private const string ImporterTable =
        "Volume of transfers of major arms\n"
        + "Figures are in millions of SIPRI trend-indicator values (TIVs).\n"
        + "A '0' indicates that the volume of deliveries is between 0 and 0.5 million SIPRI TIV. An empty field indicates that no deliveries have been identified.\n"
        + "Figures may not add up to stated totals due to the conventions of rounding.\n"
        + "For the method used for the SIPRI TIV see <https://www.sipri.org/databases/armstransfers/sources-and-methods>.\n"
        + "\n"
        + "Source: SIPRI Arms Transfers Database (c) SIPRI.\n"
        + "Data generated: 13 Apr 2024 3:53:58 PM\n"
        + "\n"
        + "Recipient,2007,2008,2007-2008,Percentage,Sum total years,Percentage of total\n"
        + "Pakistan,7,19,26,50%,26,50%\n"
        + "India,,1,1,2%,1,2%\n"
        + "Bhutan,0 ,,0 ,0.0%,0 ,0.0%\n"
        + "Total world import,7,20,27,100%,27,100%\n"
        + "\n";

    [Fact]
    public void SipriTotalsTable_ReadsEveryCellIncludingEmptyOnes()
    {
        var table = SipriTotalsTable.Parse(ImporterTable, "imports.csv");
        Assert.Equal(TotalSide.RecipientImports, table.Side);
        Assert.Equal(new YearRange(2007, 2008), table.Years);
        Assert.Equal(new DateOnly(2024, 4, 13), table.Source.Generated);
        Assert.Equal(12, table.Totals.Length); // 4 rows x (2 years + all years)
        var india2007 = table.Totals.Single(t => t.Recipient?.Name == "India" && t.Year?.Year == 2007);
        Assert.Equal(Tiv.NoDeliveries, india2007.Value);
        Assert.Equal("imports.csv:12:2", india2007.Location);
        Assert.Equal(TivStatus.BelowHalf, table.Totals.Single(t => t.Recipient?.Name == "Bhutan" && t.Year?.Year == 2007).Value.Status);
        var world = table.Totals.Where(t => t.Side == TotalSide.World).ToList();
        Assert.Equal([7.0, 20, 27], world.Select(t => t.Value.Millions));
        Assert.Null(world[2].Year);
    }

    [Fact]
    public void SipriTotalsTable_WrongTotalColumn_IsAnError()
    {
        var e = Assert.Throws<TradeArms.Text.DataFormatException>(() =>
            SipriTotalsTable.Parse(ImporterTable.Replace(",2007-2008,", ",Total,", StringComparison.Ordinal), "imports.csv"));
        Assert.Equal("imports.csv:10:4: expected the column '2007-2008' after the years, found 'Total'.", e.Message);
    }

    [Fact]
    public void ReconcileWith_ReportsEveryDifferenceBeyondRounding()
    {
        // Register: Russia->Pakistan RD-33 6.6 (2007) and 17.6 (2008); Algeria->Nigeria 2.88 (2008).
        var register = TradeRegisterReader.Parse(ByYear(Rd33In2008, Rd33In2007,
            "11247,Algeria,Nigeria,Il-28,bomber aircraft,Aircraft,2007,No,1,No,2008,No,Second hand,7.2,2.88,2.88,No"), "by-year.csv");
        var checks = register.ReconcileWith(SipriTotalsTable.Parse(ImporterTable, "imports.csv"));
        // 12 printed cells plus Nigeria's 2008 and all-years sums, which have no cell.
        Assert.Equal(14, checks.Count);
        var failing = checks.Where(c => !c.WithinRounding).Select(c => c.ToString()).ToList();
        Assert.Equal(
        [
            "imports.csv:11:3 RecipientImports Pakistan 2008: printed 19 TIV million, register sums to 17.6 TIV million (1 rows, difference 1.4)",
            "imports.csv:11:4 RecipientImports Pakistan all years: printed 26 TIV million, register sums to 24.2 TIV million (2 rows, difference 1.8)",
            "imports.csv:12:3 RecipientImports India 2008: printed 1 TIV million, register sums to no deliveries (0 rows, difference 1)",
            "imports.csv:12:4 RecipientImports India all years: printed 1 TIV million, register sums to no deliveries (0 rows, difference 1)",
            "imports.csv:13:2 RecipientImports Bhutan 2007: printed <0.5 TIV million, register sums to no deliveries (0 rows, difference 0)",
            "imports.csv:13:4 RecipientImports Bhutan all years: printed <0.5 TIV million, register sums to no deliveries (0 rows, difference 0)",
            "imports.csv: no cell for Nigeria 2008 RecipientImports Nigeria 2008: printed no deliveries, register sums to 2.88 TIV million (1 rows, difference -2.88)",
            "imports.csv: no cell for Nigeria all years RecipientImports Nigeria all years: printed no deliveries, register sums to 2.88 TIV million (1 rows, difference -2.88)",
        ], failing);
        // Pakistan 2007: |7 - 6.6| = 0.4 <= 0.505; world 2008: |20 - 20.48| = 0.48 <= 0.505; world total |27 - 27.08| <= 0.515.
        Assert.True(checks.Single(c => c.Total.Recipient?.Name == "Pakistan" && c.Total.Year?.Year == 2007).WithinRounding);
        Assert.All(checks.Where(c => c.Total.Side == TotalSide.World), c => Assert.True(c.WithinRounding, c.ToString()));
        Assert.Equal(0.515, checks.Single(c => c.Total.Side == TotalSide.World && c.Total.Year is null).Tolerance, 9);
    }
}
