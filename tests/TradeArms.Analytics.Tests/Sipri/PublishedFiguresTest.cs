using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Sipri;

/// <summary>
/// Figures SIPRI published from the 2022 release, reproduced from the full by-recipient tables through the public
/// API. Two kinds of anchor: exact cells and sums, recomputed with python3 from the raw CSV (cp1252; the one-liner is
/// given at each, run in <c>../shared/data/sipri-tiv/by-recipient-2022-04-22</c>; column index = year - 1949), and the
/// rounded percentages of SIPRI Fact Sheet "Trends in international arms transfers, 2021" (March 2022; key facts and
/// the India section, as quoted in the press on 14-15 March 2022).
/// </summary>
public class PublishedFiguresTest(FullReleaseFixture data) : IClassFixture<FullReleaseFixture>
{
    private static readonly YearRange Earlier = YearRange.Parse("2012-2016");
    private static readonly YearRange Latest = YearRange.Parse("2017-2021");

    private static Actor India => Actor.Find("India");

    [SharedDataFact]
    public void RussiaToIndia_2012_Is3798TivMillion_InBothViews()
    {
        // python3 -c "import csv; print([r[2012-1949] for r in csv.reader(open('India.csv', encoding='cp1252')) if r[0] == 'Russia'])"
        // -> ['3798']; the same cell of TIV-Export-RUS-1950-2021.csv (row India) is 3798.
        var russia = Actor.Find("Russia");
        Assert.Equal(3798, data.ByRecipient.Series(russia, India)[2012].Millions);
        Assert.Equal(3798, data.ByExporter.Series(russia, India)[2012].Millions);
        Assert.Equal(1322, data.ByExporter.Series(russia, India)[2018].Millions);
    }

    [SharedDataFact]
    public void IndiasImports_2017To2021_And2012To2016()
    {
        // python3 -c "import csv; t=[r for r in csv.reader(open('India.csv', encoding='cp1252')) if r[0]=='Total'][0]; print(sum(int(c or 0) for c in t[68:73]), sum(int(c or 0) for c in t[63:68]))"
        // -> 15356 19342 (the Total row); the supplier cells sum to 15356 and 19348 (sipri-tiv/README.md).
        Assert.Equal(15356, data.ByRecipient.Total(Latest, recipient: India).Millions);
        Assert.Equal(19348, data.ByRecipient.Total(Earlier, recipient: India).Millions);
        Assert.Equal(15356, data.ByRecipient.ImportsOf(India, Latest).Total.Millions);
    }

    [SharedDataFact]
    public void IndiasSuppliers_2017To2021()
    {
        // python3 -c "import csv; print({r[0]: sum(int(c or 0) for c in r[68:73]) for r in csv.reader(open('India.csv', encoding='cp1252')) if r[0] in ('Russia', 'France', 'United States', 'Israel')})"
        // -> Russia 7068, France 4198, United States 1863, Israel 1247.
        // Fact sheet: "Russia (46%), France (27%) and the USA (12%)" were India's main suppliers in 2017-21.
        var suppliers = data.ByRecipient.ImportsBySupplier(India, Latest);
        Assert.Equal(
            [("Russia", 7068.0), ("France", 4198.0), ("United States", 1863.0), ("Israel", 1247.0)],
            suppliers.Take(4).Select(s => (s.Supplier!.Name, s.Total.Millions)));
        Assert.Equal([46, 27, 12], suppliers.Take(3).Select(s => Percent(s.Total.Millions, 15356)));
    }

    [SharedDataFact]
    public void India_FactSheetKeyFacts()
    {
        var russia = Actor.Find("Russia");
        var france = Actor.Find("France");
        var arms = data.ByRecipient;

        // "India ... accounted for 11 per cent of total global arms imports in 2017-21": 15356 / 136095 (all cells of
        // 2017-2021; the all.csv Total row gives 136022).
        Assert.Equal(136095, arms.WorldTotal(Latest).Total.Millions);
        Assert.Equal(11, Percent(15356, 136095));
        // "Between 2012-16 and 2017-21 Indian arms imports decreased by 21 per cent": 15356 / 19348 - 1 = -20.6 %.
        Assert.Equal(-21, Change(arms.Total(Earlier, recipient: India).Millions, arms.Total(Latest, recipient: India).Millions));
        // "India's imports of Russian arms dropped by 47 per cent" (13318 -> 7068), "Russia's share ... fell from 69 per
        // cent to 46 per cent"; python3 as above with r[63:68] gives Russia 13318, France 393.
        Assert.Equal(13318, arms.Total(Earlier, russia, India).Millions);
        Assert.Equal(-47, Change(13318, arms.Total(Latest, russia, India).Millions));
        Assert.Equal(69, Percent(13318, 19348));
        // "India's arms imports from France increased more than tenfold" (393 -> 4198).
        Assert.True(arms.Total(Latest, france, India).Millions > 10 * arms.Total(Earlier, france, India).Millions);
    }

    [SharedDataFact]
    public void World_FactSheetKeyFacts()
    {
        // python3 -c "import csv; t=[r for r in csv.reader(open('all.csv', encoding='cp1252')) if r[0]=='Total'][0]; print([sum(int(c or 0) for c in t[a:a+5]) for a in (58, 63, 68)])"
        // -> [130858, 142569, 136022] (printed); the cells sum to 130956, 142709 and 136095.
        var arms = data.ByRecipient;
        var w0711 = arms.WorldTotal(YearRange.Parse("2007-2011")).Total.Millions;
        var w1216 = arms.WorldTotal(Earlier).Total.Millions;
        var w1721 = arms.WorldTotal(Latest).Total.Millions;
        Assert.Equal((130956.0, 142709.0, 136095.0), (w0711, w1216, w1721));
        // "4.6 per cent lower than in 2012-16, but 3.9 per cent higher than in 2007-11".
        Assert.Equal(-4.6, Math.Round(100 * (w1721 / w1216 - 1), 1));
        Assert.Equal(3.9, Math.Round(100 * (w1721 / w0711 - 1), 1));

        // "The five largest arms exporters in 2017-21 were the United States, Russia, France, China and Germany ...
        // 77 per cent"; "US arms exports accounted for 39 per cent ... 14 per cent higher than in 2012-16"; "French
        // arms exports increased by 59 per cent ... Chinese (-31 per cent), Russian (-26 per cent) and German (-19 per
        // cent) arms exports decreased". SIPRI computes these from unrounded values, which its printed Total rows
        // reflect better than sums of rounded cells: Germany's cells give 7643 -> 6152 = -19.5 % (rounds to -20), its
        // Total row 7628 -> 6152 = -19.3 %. So the supplier figures use the by-exporter Total rows:
        // python3 -c "import csv,glob; t={f[11:14]: [r for r in csv.reader(open(f, encoding='cp1252')) if r[0]=='Total'][0] for f in glob.glob('TIV-Export-*.csv')}; print({k: (sum(int(c or 0) for c in t[k][63:68]), sum(int(c or 0) for c in t[k][68:73])) for k in ('USA', 'RUS', 'FRA', 'CHI', 'FRG')})"
        // (in by-exporter-2022-07-28) -> USA (45955, 52502), RUS (34376, 25292), FRA (9110, 14490), CHI (9111, 6271), FRG (7628, 6152).
        string[] top = ["United States", "Russia", "France", "China", "Germany"];
        var exports = top.Select(name => Actor.Find(name))
            .Select(a => (a.Name, Earlier: PrintedExports(a, Earlier), Latest: PrintedExports(a, Latest)))
            .ToList();
        Assert.Equal(
            [("United States", 45955.0, 52502.0), ("Russia", 34376.0, 25292.0), ("France", 9110.0, 14490.0), ("China", 9111.0, 6271.0), ("Germany", 7628.0, 6152.0)],
            exports);
        Assert.Equal(top, arms.Suppliers.OrderByDescending(s => arms.Total(Latest, supplier: s).Millions).Take(5).Select(s => s.Name));
        Assert.Equal(77, Percent(exports.Sum(e => e.Latest), 136022));
        Assert.Equal(39, Percent(exports[0].Latest, 136022));
        Assert.Equal([14, -26, 59, -31, -19], exports.Select(e => Change(e.Earlier, e.Latest)));
        Assert.Equal(-20, Change(arms.Total(Earlier, supplier: Actor.Find("Germany")).Millions, arms.Total(Latest, supplier: Actor.Find("Germany")).Millions));

        // "The five largest arms importers in 2017-21, India, Saudi Arabia, Egypt, Australia and China, together
        // received 38 per cent".
        var importers = arms.Recipients.OrderByDescending(r => arms.Total(Latest, recipient: r).Millions).Take(5).ToList();
        Assert.Equal(["India", "Saudi Arabia", "Egypt", "Australia", "China"], importers.Select(r => r.Name));
        Assert.Equal(38, Percent(importers.Sum(r => arms.Total(Latest, recipient: r).Millions), w1721));
    }

    [SharedDataFact]
    public void Pakistan_2017To2021()
    {
        // python3 -c "import csv; print({r[0]: sum(int(c or 0) for c in r[68:73]) for r in csv.reader(open('Pakistan.csv', encoding='cp1252')) if r[0] in ('China', 'Total')})"
        // -> China 2931, Total 4069; the supplier cells sum to 4071 (r[68:73] over the rows between header and Total).
        var pakistan = Actor.Find("Pakistan");
        Assert.Equal(4071, data.ByRecipient.Total(Latest, recipient: pakistan).Millions);
        Assert.Equal(2931, data.ByRecipient.Total(Latest, Actor.Find("China"), pakistan).Millions);
        Assert.Equal("China", data.ByRecipient.ImportsBySupplier(pakistan, Latest)[0].Supplier!.Name);
    }

    private double PrintedExports(Actor supplier, YearRange window) =>
        data.ByExporter.PublishedTotals
            .Where(t => t.Side == TotalSide.SupplierExports && t.Supplier == supplier && t.Year is { } y && window.Contains(y))
            .Sum(t => t.Value.Millions);

    [SharedDataFact]
    public void BruneiFromTheUnitedStates_BelowHalfIn2017To2021_IsNotAZeroInTheComparison()
    {
        // python3 -c "import csv; print([r[63:73] for r in csv.reader(open('Brunei.csv', encoding='cp1252')) if r[0] == 'United States'])"
        // -> ['', '15', '36', '36', '', '', '', '', '', '0']: 87 in 2012-2016, SIPRI's printed 0 (under 0.5) in 2021.
        var comparison = data.ByRecipient.CompareSupplierShares(Actor.Find("Brunei"), Earlier, Latest);
        var us = comparison.Rows.Single(r => r.Partner?.Name == "United States");
        Assert.Equal(87, us.FirstVolume.Millions);
        Assert.Equal(TivStatus.BelowHalf, us.SecondVolume.Status);
        var frame = comparison.ToDataFrame();
        var row = Enumerable.Range(0, (int)frame.Rows.Count).Single(i => (string)frame.Columns["supplier"][i] == "United States");
        Assert.Equal(("reported", "belowHalf"), ((string)frame.Columns["first_status"][row], (string)frame.Columns["second_status"][row]));
        var cells = TradeArms.Rendering.ResultTable.Of(comparison).Cells[row];
        Assert.Equal("87", cells[2]);
        Assert.Equal("<0.5", cells[5]);
        Assert.Contains("<0.5", comparison.ToString(), StringComparison.Ordinal);
    }

    private static int Percent(double part, double whole) => (int)Math.Round(100 * part / whole, MidpointRounding.AwayFromZero);

    private static int Change(double from, double to) => (int)Math.Round(100 * (to / from - 1), MidpointRounding.AwayFromZero);
}
