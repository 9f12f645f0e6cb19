using System.Globalization;
using TradeArms.Register;
using TradeArms.Tests.Infrastructure;
using static TradeArms.Tests.Register.SharedReleases;

namespace TradeArms.Tests.Register;

/// <summary>
/// The nine Russia -> Pakistan deals of each full release, checked against the rows as published (read by hand with
/// grep '^Pakistan,Russia,' on each file). <c>?</c> marks SIPRI's uncertainty flags.
/// </summary>
public class PakistanRussiaDealsTest
{
    private static string Show(ArmsDeal d) => string.Create(CultureInfo.InvariantCulture,
        $"{d.OrderYear}{Q(d.OrderYearIsEstimate)} {d.NumberOrdered}{Q(d.NumberOrderedIsEstimate)} {d.Designation} ({d.Description}), {d.Status}, delivered {d.NumberDelivered}{Q(d.NumberDeliveredIsEstimate)} in {d.DeliveryYears}, TIV {d.TivPerUnit?.Millions}/{d.TotalOrderTiv?.Millions}/{d.DeliveredTiv.Millions}");

    private static string Q(bool flag) => flag ? "?" : "";

    private static string[] Deals(TradeRegister register) =>
        [.. register.Between(register.Actor("Russia"), register.Actor("Pakistan")).Select(Show).Order(StringComparer.Ordinal)];

    private const string Years2007To2023 = "2007; 2008; 2009; 2010; 2011; 2012; 2013; 2014; 2015; 2016; 2017; 2018; 2019; 2020; 2021; 2023";

    [SharedDataFact]
    public void Release2024_NineDeals()
    {
        Assert.Equal(
        [
            "1995 12 Mi-17 (transport helicopter), New, delivered 12 in 1996, TIV 7.25/87/87",
            "1995? 5 Mi-17 (transport helicopter), New, delivered 5 in 1995, TIV 7.25/36.25/36.25",
            "2001 12 Mi-17 (transport helicopter), New, delivered 12? in 2002, TIV 7.25/87/87",
            "2001 4 Mi-17 (transport helicopter), Second hand but modernized, delivered 4 in 2002, TIV 4.79/19.14/19.14",
            "2003? 12 Mi-17 (transport helicopter), New, delivered 12 in 2004, TIV 7.25/87/87",
            $"2004? 250? RD-33 (turbofan), New, delivered 194? in {Years2007To2023}, TIV 2.2/550/426.8",
            "2015 2 Mi-17 (transport helicopter), Second hand, delivered 2 in 2016, TIV 2.9/5.8/5.8",
            "2015 4 Mi-35M (combat helicopter), New, delivered 4 in 2018, TIV 11.5/46/46",
            "2017 500 Kornet (anti-tank missile), New, delivered 500? in 2019, TIV 0.04/20/20",
        ], Deals(Full2024));
    }

    [SharedDataFact]
    public void Release2025_NineDeals_RD33Grows_FlagsOfDeliveredMostlyDropped()
    {
        Assert.Equal(
        [
            "1995 12 Mi-17 (transport helicopter), New, delivered 12 in 1996, TIV 7.25/87/87",
            "1995? 5 Mi-17 (transport helicopter), New, delivered 5 in 1995, TIV 7.25/36.25/36.25",
            "2001 12 Mi-17 (transport helicopter), New, delivered 12 in 2002, TIV 7.25/87/87",
            "2001 4 Mi-17 (transport helicopter), Second hand but modernized, delivered 4 in 2002, TIV 4.79/19.14/19.14",
            "2003? 12 Mi-17 (transport helicopter), New, delivered 12 in 2004, TIV 7.25/87/87",
            $"2004? 250? RD-33 (turbofan), New, delivered 206 in {Years2007To2023}; 2024, TIV 2.2/550/453.2",
            "2015 2 Mi-17 (transport helicopter), Second hand, delivered 2 in 2016, TIV 2.9/5.8/5.8",
            "2015 4 Mi-35M (combat helicopter), New, delivered 4 in 2018, TIV 11.5/46/46",
            "2017 500 Kornet (anti-tank missile), New, delivered 500 in 2019, TIV 0.04/20/20",
        ], Deals(Full2025));
    }

    [SharedDataFact]
    public void Release2026_NineDeals()
    {
        Assert.Equal(
        [
            "1995 12 Mi-17 (transport helicopter), New, delivered 12 in 1996, TIV 7.25/87/87",
            "1995? 5 Mi-17 (transport helicopter), New, delivered 5 in 1995, TIV 7.25/36.25/36.25",
            "2001 12 Mi-17 (transport helicopter), New, delivered 12? in 2002, TIV 7.25/87/87",
            "2001 4 Mi-17 (transport helicopter), Second hand but modernized, delivered 4 in 2002, TIV 4.79/19.14/19.14",
            "2003? 12 Mi-17 (transport helicopter), New, delivered 12 in 2004, TIV 7.25/87/87",
            $"2004? 250? RD-33 (turbofan), New, delivered 207? in {Years2007To2023}; 2024; 2025, TIV 2.2/550/455.4",
            "2015 2 Mi-17 (transport helicopter), Second hand, delivered 2 in 2016, TIV 2.9/5.8/5.8",
            "2015 4 Mi-35M (combat helicopter), New, delivered 4 in 2018, TIV 11.5/46/46",
            "2017 500 Kornet (anti-tank missile), New, delivered 500? in 2019, TIV 0.04/20/20",
        ], Deals(Full2026));
    }

    [SharedDataFact]
    public void Mi35M_IsTheSameFourHelicoptersInEveryRelease()
    {
        foreach (var register in new[] { Full2024, Full2025, Full2026 })
        {
            var mi35 = Assert.Single(register.Between(register.Actor("Russia"), register.Actor("Pakistan")), d => d.Designation == "Mi-35M");
            Assert.Equal(2015, mi35.OrderYear.Year);
            Assert.Equal(4, mi35.NumberOrdered);
            Assert.Equal(4, mi35.NumberDelivered);
            Assert.Equal([2018], mi35.DeliveryYears.Years.Select(y => y.Year));
            Assert.Equal(DealStatusKind.New, mi35.Status.Kind);
            Assert.Equal("Possibly second-hand Mi-24 rebuilt to Mi-35M before delivery", mi35.Comments);
            Assert.Equal(46, mi35.DeliveredTiv.Millions);
            Assert.False(mi35.IsOpenOrder);
        }
    }

    [SharedDataFact]
    public void DeliveredTiv_GrowsOnlyThroughTheEngineDeal()
    {
        // 814.99 (2024) + 26.4 (12 more RD-33) = 841.39 (2025) + 2.2 (one more) = 843.59 (2026).
        double Total(TradeRegister r) => r.Between(r.Actor("Russia"), r.Actor("Pakistan")).Sum(d => d.DeliveredTiv.Millions);
        Assert.Equal(814.99, Total(Full2024), 6);
        Assert.Equal(841.39, Total(Full2025), 6);
        Assert.Equal(843.59, Total(Full2026), 6);
        Assert.Equal(["RD-33"], Full2026.OpenOrders().Where(d => d.Supplier.Name == "Russia" && d.Recipient.Name == "Pakistan").Select(d => d.Designation));
    }

    [SharedDataFact]
    public void ByDeliveryYear2024_SplitsTheEngineDealIntoSixteenYears()
    {
        var deals = ByYear2024.Between(ByYear2024.Actor("Russia"), ByYear2024.Actor("Pakistan"));
        Assert.Equal(9, deals.Length);
        var rd33 = Assert.Single(deals, d => d.DealId == 35034);
        Assert.Equal("RD-33 (6200)", rd33.Designation);
        Assert.Equal("Engines", rd33.Category);
        Assert.Equal(16, rd33.Deliveries.Length);
        Assert.Equal(194, rd33.NumberDelivered); // the full register's 194
        Assert.Equal(426.8, rd33.DeliveredTiv.Millions, 6);
        Assert.Equal(Years2007To2023, rd33.DeliveryYears.Text);
        Assert.Equal(33, rd33.Deliveries.Single(d => d.Year.Year == 2018).Tiv.Millions, 9); // 15 x 2.2
        var mi35 = Assert.Single(deals, d => d.Designation == "Mi-35M");
        Assert.Equal(57408, mi35.DealId);
        Assert.Equal("Aircraft", mi35.Category);
        Assert.Equal(Tiv.FromMillions(11.5), mi35.TivPerNewUnit);
    }
}
