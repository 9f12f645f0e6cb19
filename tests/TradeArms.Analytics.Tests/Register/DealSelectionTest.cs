using TradeArms.Register;
using TradeArms.Rendering;
using TradeArms.Tests.Infrastructure;
using static TradeArms.Tests.Register.RegisterFiles;
using static TradeArms.Tests.Register.SharedReleases;

namespace TradeArms.Tests.Register;

/// <summary>
/// <see cref="DealSelection"/> as a result: its totals and notes (the summary lines of <c>arms deals</c>) and its
/// table. Russia -> Pakistan 2015-2018 in the 2024 by-delivery-year export, summed by hand from the rows: RD-33
/// 37.4 + 37.4 + 37.4 + 33 = 145.2 of 426.8, Mi-17 5.8 (2016), Mi-35M 46 (2018): 197 in the window, 478.6 whole.
/// </summary>
public class DealSelectionTest
{
    private static readonly TradeRegister Small = TradeRegisterReader.Parse(FiveDeals, "register.csv");

    [Fact]
    public void Summary_CountsTheDealsAndTotalsTheirTiv()
    {
        var all = Small.Query(new DealQuery());
        Assert.Equal(["5 of 5 deals of the register.", "Total TIV delivered: 1,087.8 TIV million."], ((IAnalysisResult)all).Summary); // 46 + 426.8 + 600 + 15
        Assert.Equal(1087.8, all.DeliveredTiv.Millions, 9);
        Assert.Null(all.DeliveredTivInWindow);
        Assert.Equal(TableRenderer.Render(all), all.ToString());
    }

    [Fact]
    public void NoMatch_IsAnEmptyTableWithANote()
    {
        var none = Small.Query(new DealQuery { Supplier = Small.Actor("France") });
        Assert.Empty(none.Deals);
        Assert.Equal("No deal matches.", ((IAnalysisResult)none).Notes[0]);
        var text = TableRenderer.Render(none).Split('\n');
        Assert.Equal("Arms deals of SIPRI's Trade Register: 0 deals (supplier France)", text[0]);
        Assert.StartsWith("Recipient  Supplier  Order year  Order year is estimate", text[1], StringComparison.Ordinal);
        Assert.StartsWith("---------  --------  ----------", text[2], StringComparison.Ordinal);
        Assert.Equal("0 of 5 deals of the register.", text[3]);
    }

    [Fact]
    public void Headers_OfTheCamelCaseFields_ReadAsWords()
    {
        var table = ResultTable.Of(Small.Query(new DealQuery()));
        Assert.Equal(
            ["Recipient", "Supplier", "Order year", "Order year is estimate", "Number ordered", "Number ordered is estimate", "Designation", "Description",
             "Category", "Number delivered", "Number delivered is estimate", "Delivery years", "Status", "Comments", "TIV per unit (million)",
             "Total order TIV (million)", "Delivered TIV (million)", "Deal id", "Generated", "Location"],
            table.Headers.ToArray());
        Assert.Equal("426.8", table.Cells[1][16]); // as published, not rounded to whole millions
        Assert.Equal("deliveredTiv", table.ValueNames[16]); // the CSV keeps the JSON names
    }

    [SharedDataFact]
    public void ByDeliveryYear2024_RussiaToPakistan_TotalsTheWindowAndWholeDeals()
    {
        var register = TradeRegisterReader.Read(ByYear2024LatePath);
        var window = YearRange.Parse("2015-2018");
        var selection = register.Query(new DealQuery { Supplier = register.Actor("Russia"), Recipient = register.Actor("Pakistan"), DeliveryYears = window });
        Assert.Equal(197, selection.DeliveredTivInWindow!.Value.Millions, 6);
        Assert.Equal(478.6, selection.DeliveredTiv.Millions, 6);
        Assert.Equal(
        [
            "3 of 13,893 deals of the register.",
            "Total TIV delivered in 2015-2018: 197 TIV million (SIPRI's rule: only deliveries in the selected years).",
            "Total TIV delivered by these deals in all years: 478.6 TIV million.",
        ], ((IAnalysisResult)selection).Summary);
        var frame = selection.ToDataFrame();
        Assert.Equal(["window", "deliveredTivInWindow", "numberDeliveredInWindow"], frame.Columns.Skip(20).Select(c => c.Name));
        var engines = Enumerable.Range(0, (int)frame.Rows.Count).Single(r => (string)frame.Columns["designation"][r] == "RD-33 (6200)");
        Assert.Equal(145.2, (double)frame.Columns["deliveredTivInWindow"][engines], 9);
        Assert.Equal(66, frame.Columns["numberDeliveredInWindow"][engines]); // 17 + 17 + 17 + 15
    }

    [SharedDataFact]
    public void FullRegister2024_InAWindow_SaysItTotalsWholeDeals()
    {
        var selection = Full2024.Query(new DealQuery { Supplier = Full2024.Actor("Russia"), Recipient = Full2024.Actor("Pakistan"), DeliveryYears = YearRange.Parse("2015-2018") });
        Assert.Null(selection.DeliveredTivInWindow);
        Assert.Equal("Total TIV delivered by these deals in all years (whole deals): 478.6 TIV million.", ((IAnalysisResult)selection).Summary[1]);
        Assert.Contains(((IAnalysisResult)selection).Notes, n => n.StartsWith("The full register has no TIV per delivery year", StringComparison.Ordinal));
        Assert.All(Enumerable.Range(0, (int)selection.ToDataFrame().Rows.Count), r => Assert.Null(selection.ToDataFrame().Columns["deliveredTivInWindow"][r]));
    }
}
