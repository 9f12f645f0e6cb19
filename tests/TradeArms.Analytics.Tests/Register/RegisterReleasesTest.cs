using TradeArms.Register;
using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;
using static TradeArms.Tests.Register.SharedReleases;

namespace TradeArms.Tests.Register;

/// <summary>
/// The real releases of SIPRI's Trade Register in <c>../shared/data</c>. Counts and figures were obtained with python3
/// reading the same files independently (<c>Reference/register_reference.py</c>: split on ',' after joining the
/// broken lines), checked against PROVENANCE.md where it gives them, and, for the Pakistan-Russia deals, by reading
/// the rows by hand.
/// </summary>
public class RegisterReleasesTest
{
    [SharedDataFact]
    public void Full2024_Loads27951DealsAndRepairsTwoBrokenRecords()
    {
        var r = Full2024;
        Assert.Equal(RegisterFormat.Full, r.Format);
        Assert.Equal(27951, r.Count);
        Assert.Equal(new DateOnly(2024, 10, 13), r.Source.Generated);
        Assert.Equal(136, r.Suppliers.Length);
        Assert.Equal(261, r.Recipients.Length); // "Yemen Arab Republic (North Yemen)" is SIPRI's YAR, kept apart from North Yemen (YEN)
        // The BTR-3 deal to Thailand and the Hermes-900 deal to the United Nations.
        Assert.Equal([(24336, 24337), (26458, 26459)], r.Repairs.Select(x => (x.Line, x.ContinuationLine)));
        Assert.All(r.Repairs, x => Assert.Equal(13, x.Column));
        var btr = r.Deals.Single(d => d.Location == "trade-register.csv:24336");
        Assert.Equal("BTR-3", btr.Designation);
        Assert.EndsWith("refusal to export engines and redesign for other engines", btr.Comments, StringComparison.Ordinal);
        Assert.Equal(3.25, btr.DeliveredTiv.Millions);
        Assert.Equal(["trade-register.csv: 57 deals with no number ordered print 'SIPRI TIV for total order' as '0'; read as not available."], r.Notes.ToArray());
        Assert.Equal(new YearRange(1940, 2023), new YearRange(r.Deals.Min(d => d.OrderYear), r.Deals.Max(d => d.OrderYear)));
        Assert.Equal(577, r.OpenOrders().Length);
    }

    [SharedDataFact]
    public void Full2025_Loads29515DealsAndRepairsFourBrokenRecords()
    {
        var r = Full2025;
        Assert.Equal(29515, r.Count);
        Assert.Equal(new DateOnly(2025, 3, 13), r.Source.Generated);
        // Cote d'Ivoire/US vehicle engines and Saudi Arabia/Germany ship engines (LF); Thailand/Ukraine BTR-3 and
        // United Nations/Israel Hermes-900 (CRLF in the Hermes record).
        Assert.Equal([(5432, 5433), (21488, 21489), (25178, 25179), (27955, 27956)], r.Repairs.Select(x => (x.Line, x.ContinuationLine)));
        var hermes = r.Deals.Single(d => d.Location == "trade-register.csv:27955");
        Assert.Equal("3-year lease; for use with UN peacekeeping forces in Mali", hermes.Comments); // no stray CR
        Assert.Equal(9, hermes.DeliveredTiv.Millions);
        var engines = r.Deals.Single(d => d.Location == "trade-register.csv:5432");
        Assert.Equal("Cote d'Ivoire", engines.Recipient.Name);
        Assert.Equal(Tiv.FromMillions(0.03), engines.TivPerUnit);
        Assert.Equal(Tiv.FromMillions(0.36), engines.TotalOrderTiv);
        Assert.Equal(Tiv.NoDeliveries, engines.DeliveredTiv); // 0 delivered: SIPRI's "0" read as none
        Assert.Equal(
        [
            "trade-register.csv: 280 deals with no number ordered print 'SIPRI TIV for total order' as '0'; read as not available.",
            "trade-register.csv: 1166 deals with nothing delivered yet print '0' in TIV columns; read as not stated (per unit, total order) and no deliveries (delivered).",
        ], r.Notes.ToArray());
        Assert.Equal(1166, r.Deals.Count(d => d.NumberDelivered == 0 && d.DeliveryYears.IsEmpty));
        Assert.Equal(1679, r.OpenOrders().Length);
    }

    [SharedDataFact]
    public void Full2026_Loads29916DealsWithNoBrokenRecords()
    {
        var r = Full2026;
        Assert.Equal(29916, r.Count);
        Assert.Equal(new DateOnly(2026, 5, 18), r.Source.Generated);
        Assert.Empty(r.Repairs);
        Assert.Equal(138, r.Suppliers.Length);
        Assert.Equal(1220, r.Deals.Count(d => d.NumberDelivered == 0 && d.DeliveryYears.IsEmpty));
        Assert.Equal(1731, r.OpenOrders().Length);
        // PROVENANCE.md's deal counts for the pairs of interest.
        Assert.Equal(152, r.Between(r.Actor("Russia"), r.Actor("India")).Length);
        Assert.Equal(135, r.Between(r.Actor("China"), r.Actor("Pakistan")).Length);
        Assert.Equal(167, r.Between(r.Actor("United States"), r.Actor("Pakistan")).Length);
        Assert.Equal(67, r.Between(r.Actor("France"), r.Actor("India")).Length);
        Assert.Equal(86, r.Between(r.Actor("Israel"), r.Actor("India")).Length);
    }

    [SharedDataFact]
    public void Full2024_ReadWithRejectPolicy_StopsAtTheFirstBreak()
    {
        var e = Assert.Throws<TradeArms.Text.DataFormatException>(() => TradeRegisterReader.Read(Full2024Path, new RegisterReadOptions { BrokenLines = BrokenLinePolicy.Reject }));
        Assert.Equal($"{Full2024Path}:24336:13: expected each record on one line, found 'a line break in Comments (continued on line 24337)'.", e.Message);
    }

    [SharedDataFact]
    public void ByDeliveryYearFiles_LoadWithRowAndDealCounts()
    {
        var early = TradeRegisterReader.Read(ByYear2024EarlyPath);
        var late = TradeRegisterReader.Read(ByYear2024LatePath);
        var jan2025 = TradeRegisterReader.Read(ByYear2025Path);
        Assert.Equal((14610, 31319), (early.Count, early.Deals.Sum(d => d.Deliveries.Length)));
        Assert.Equal((13893, 27838), (late.Count, late.Deals.Sum(d => d.Deliveries.Length)));
        Assert.Equal((10396, 20480), (jan2025.Count, jan2025.Deals.Sum(d => d.Deliveries.Length)));
        Assert.Equal(new DateOnly(2024, 4, 16), early.Source.Generated);
        Assert.Equal(new DateOnly(2024, 4, 13), late.Source.Generated);
        Assert.Equal(new DateOnly(2025, 1, 3), jan2025.Source.Generated);
        Assert.Equal(["1 rows leave an 'is estimate' flag empty; read as not stated (null), not as 'No'."], jan2025.Notes.ToArray());
        // Read together, the 552 deals delivered on both sides of 1989/1990 become one deal each.
        Assert.Equal(14610 + 13893 - 552, ByYear2024.Count);
        Assert.Equal(11, ByYear2024.Deals.Select(d => d.Category).Distinct().Count());
    }

    [SharedDataFact]
    public void ByDeliveryYear2024_HasTheSameDealsAndPairSumsAsTheFull2024Register()
    {
        // Same release: 27,951 deals both ways; each pair's delivered TIV agrees to the register's 2-decimal rounding
        // (python3: 56 of 3,033 pairs differ by 0.01-0.04, never more than 0.005 x rows; North Yemen (YEN) and SIPRI's
        // "Yemen Arab Republic (North Yemen)" (YAR) are two actors, as in SIPRI's country list).
        Assert.Equal(Full2024.Count, ByYear2024.Count);
        var full = Full2024.Deals.GroupBy(d => (d.Supplier, d.Recipient)).ToDictionary(g => g.Key, g => g.Sum(d => d.DeliveredTiv.Millions));
        var byYear = ByYear2024.Deals.GroupBy(d => (d.Supplier, d.Recipient)).ToDictionary(g => g.Key, g => (Sum: g.Sum(d => d.DeliveredTiv.Millions), Rows: g.Sum(d => d.Deliveries.Length)));
        Assert.Equal(3033, full.Count);
        Assert.True(full.Keys.ToHashSet().SetEquals(byYear.Keys));
        Assert.All(full, kv => Assert.True(Math.Abs(kv.Value - byYear[kv.Key].Sum) <= (0.005 * byYear[kv.Key].Rows) + 1e-6, $"{kv.Key}: {kv.Value} vs {byYear[kv.Key].Sum}"));
        Assert.Equal(56, full.Count(kv => Math.Abs(kv.Value - byYear[kv.Key].Sum) > 0.005));
        // PROVENANCE.md: Russia->India 43730.38, Russia->Pakistan 814.99, Soviet Union->India 42380.66, China->Pakistan 20522.28.
        foreach (var (supplier, recipient, sum) in new[] { ("Russia", "India", 43730.38), ("Russia", "Pakistan", 814.99), ("Soviet Union", "India", 42380.66), ("China", "Pakistan", 20522.28) })
        {
            var key = (Full2024.Actor(supplier), Full2024.Actor(recipient));
            Assert.Equal(sum, full[key], 6);
            Assert.Equal(sum, byYear[key].Sum, 6);
        }
    }

    [SharedDataFact]
    public void ByDeliveryYear2024_ReconcilesWithSipriImporterTotalsWithinRounding()
    {
        // 223 recipients and the world row x (34 years + 1990-2023) = 7,840 printed cells, 3,881 of them non-empty
        // recipient-years; every one agrees within 0.5 + 0.005 x rows, and no recipient with deliveries lacks a row.
        var checks = ByYear2024.ReconcileWith(SipriTotalsTable.Read(ImportTotals2024Path));
        Assert.Equal(7840, checks.Count);
        Assert.Equal(3881, checks.Count(c => c.Total.Side == TotalSide.RecipientImports && c.Total.Year is not null && c.Total.Value.HasDeliveries));
        Assert.Empty(checks.Where(c => !c.WithinRounding).Select(c => c.ToString()));
        Assert.All(checks, c => Assert.True(Math.Abs(c.Difference) <= 0.5 + 1e-9, c.ToString()));
        // PROVENANCE.md: India 1990 2832.1 vs 2832; India 2012 4428.6 vs 4429; Pakistan 2010 2226.4 vs 2226; Pakistan 2023
        // 2129.3 vs 2129 (python3 sums to two decimals: 2832.12, 4428.63, 2226.42, 2129.35).
        foreach (var (recipient, year, computed, printed) in new[] { ("India", 1990, 2832.12, 2832), ("India", 2012, 4428.63, 4429), ("Pakistan", 2010, 2226.42, 2226), ("Pakistan", 2023, 2129.35, 2129) })
        {
            Assert.Equal(computed, Cell(checks, recipient, year).Computed.Millions, 6);
            Assert.Equal(printed, Cell(checks, recipient, year).Total.Value.Millions);
        }
    }

    [SharedDataFact]
    public void ByDeliveryYear2024_ReconcilesWithSipriExporterTotalsWithinRounding()
    {
        // 119 exporters and the world row x 35 = 4,200 printed cells, 1,527 non-empty exporter-years; none differs.
        var checks = ByYear2024.ReconcileWith(SipriTotalsTable.Read(ExportTotals2024Path));
        Assert.Equal(4200, checks.Count);
        Assert.Equal(1527, checks.Count(c => c.Total.Side == TotalSide.SupplierExports && c.Total.Year is not null && c.Total.Value.HasDeliveries));
        Assert.Empty(checks.Where(c => !c.WithinRounding).Select(c => c.ToString()));
        var russia2012 = checks.Single(c => c.Total.Supplier?.Name == "Russia" && c.Total.Year?.Year == 2012);
        Assert.Equal(8275, russia2012.Total.Value.Millions);
        Assert.Equal(8275, russia2012.Computed.Millions, 6);
    }

    private static TotalReconciliation Cell(IReadOnlyList<TotalReconciliation> checks, string recipient, int year) =>
        checks.Single(c => c.Total.Recipient?.Name == recipient && c.Total.Year?.Year == year);

    [SharedDataFact]
    public void ByDeliveryYear2024_GivesTivSeriesByYear()
    {
        var arms = ByYear2024.ToArmsTransfers();
        Assert.Equal(new YearRange(1950, 2023), arms.Years);
        Assert.Equal(new DateOnly(2024, 4, 13), arms.Sources[1].Generated);
        var russiaPakistan = arms.Series(arms.Actor("Russia"), arms.Actor("Pakistan"));
        // 2018: Mi-35M 46 + RD-33 15 x 2.2 = 33 -> 79.
        Assert.Equal(79, russiaPakistan[2018].Millions, 9);
        Assert.Equal(814.99, russiaPakistan.Total.Millions, 6);
    }
}
