using TradeArms.Sipri;

namespace TradeArms.Tests.Sipri;

/// <summary>The SIPRI extract shipped inside the library, checked against figures from SIPRI's own files.</summary>
public class ExtractTest
{
    private static ArmsTransfers Arms => Datasets.Sipri;

    [Fact]
    public void Extract_HoldsTheFourDocumentedFiles() =>
        Assert.Equal(
            ["by-exporter-2022-07-28/TIV-Export-CHI-1950-2021.csv", "by-exporter-2022-07-28/TIV-Export-RUS-1950-2021.csv",
             "by-recipient-2022-04-22/India.csv", "by-recipient-2022-04-22/Pakistan.csv"],
            Datasets.SipriFiles);

    [Fact]
    public void Extract_CarriesSipriVintage()
    {
        Assert.Equal(4, Arms.Sources.Length);
        Assert.Contains(Arms.Sources, s => s.Generated == new DateOnly(2022, 4, 22));
        Assert.Contains(Arms.Sources, s => s.Generated == new DateOnly(2022, 7, 28));
        Assert.All(Arms.Sources, s => Assert.StartsWith("SIPRI Arms Transfers Database", s.Citation, StringComparison.Ordinal));
        Assert.Equal(new YearRange(1950, 2021), Arms.Years);
    }

    [Fact]
    public void RussiaToIndia_2012_Is3798TivMillion()
    {
        // The paper's "3.8 billion in 2012": SIPRI's figure is 3798 TIV million (a volume, not US$).
        var series = Arms.Series(Arms.Actor("Russia"), Arms.Actor("India"));
        Assert.Equal(3798, series[2012].Millions);
        Assert.Equal(1322, series[2018].Millions);
    }

    [Fact]
    public void PublishedTotals_AllAgreeWithinRounding()
    {
        var failures = Arms.CheckPublishedTotals().Where(c => !c.WithinRounding).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(Arms.CheckPublishedTotals().Count > 400);
    }

    [Fact]
    public void IndiaTotalRow_DiffersFromSupplierSumOnlyByRounding()
    {
        // sipri-tiv/README.md: India 2012-2016 suppliers sum to 19348, the Total row sums to 19342.
        var window = YearRange.Parse("2012-2016");
        var india = Arms.Actor("India");
        Assert.Equal(19348, Arms.Total(window, recipient: india).Millions);
        var totalRow = Arms.PublishedTotals.Where(t => t.Side == TotalSide.RecipientImports && t.Recipient == india && t.Year is { } y && window.Contains(y))
            .Sum(t => t.Value.Millions);
        Assert.Equal(19342, totalRow);
    }

    [Fact]
    public void BelowHalfCells_AreKeptDistinct()
    {
        // United States -> Pakistan 1952 is printed "0" in Pakistan.csv.
        var series = Arms.Series(Arms.Actor("United States"), Arms.Actor("Pakistan"));
        Assert.Equal(TivStatus.BelowHalf, series[1952].Status);
        Assert.Equal(TivStatus.NoDeliveries, series[1951].Status);
        Assert.Equal(36, series[1950].Millions);
    }

    [Fact]
    public void SovietUnionAndRussia_StaySeparateUnlessAskedToMerge()
    {
        var india = Arms.Actor("India");
        var soviet = Arms.Actor("Soviet Union");
        var russia = Arms.Actor("Russia");
        var all = new YearRange(1950, 2021);
        var sovietTotal = Arms.Total(all, soviet, india).Millions;
        var russiaTotal = Arms.Total(all, russia, india).Millions;
        Assert.True(sovietTotal > 0);
        Assert.True(russiaTotal > 0);

        var merged = Arms.WithSovietUnionAsRussia();
        Assert.Equal(sovietTotal + russiaTotal, merged.Total(all, russia, india).Millions);
        Assert.DoesNotContain(merged.Suppliers, a => a.Name == "Soviet Union");
        Assert.Contains(merged.Notes, n => n.Contains("Soviet Union counted as Russia", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportsBySupplier_India2017To2021_RussiaFirst()
    {
        var list = Arms.ImportsBySupplier(Arms.Actor("India"), YearRange.Parse("2017-2021"));
        Assert.Equal("Russia", list[0].Supplier!.Name);
        Assert.Equal("France", list[1].Supplier!.Name);
    }

    [Fact]
    public void Total_ForAnActorWithNoCells_IsNoDeliveries_NotEveryonesTotal()
    {
        // Bhutan neither supplies nor receives anything in the extract (India, Pakistan, Russia, China files), so its
        // totals are empty; they must not fall back to "any supplier" (all of India's cells, 132683 TIV million:
        // python3 -c "import csv; print(sum(int(c) for r in list(csv.reader(open('India.csv', encoding='cp1252')))[11:-2] for c in r[1:73] if c))").
        var all = new YearRange(1950, 2021);
        var india = Arms.Actor("India");
        var bhutan = Actor.Find("Bhutan");
        Assert.Equal(132683, Arms.Total(all, recipient: india).Millions);
        Assert.Equal(Tiv.NoDeliveries, Arms.Total(all, supplier: bhutan, recipient: india));
        Assert.Equal(Tiv.NoDeliveries, Arms.Total(all, supplier: bhutan));
        Assert.Equal(Tiv.NoDeliveries, Arms.Total(all, recipient: bhutan));
        Assert.All(Arms.Series(india, bhutan).Values, v => Assert.Equal(Tiv.NoDeliveries, v));
        Assert.All(Arms.Series(bhutan, india).Values, v => Assert.Equal(Tiv.NoDeliveries, v));
        Assert.Empty(Arms.ImportsBySupplier(bhutan));
        Assert.Empty(Arms.ExportsByRecipient(bhutan));
    }

    [Fact]
    public void Series_YearsWithoutCells_AreNoDeliveries_OrDidNotExist()
    {
        var series = Arms.Series(Arms.Actor("Russia"), Arms.Actor("India"), YearRange.Parse("1980-1995"));
        // Russia exists from 1992 (the Soviet Union delivered before): 1985 did not exist for it, it is not a zero.
        Assert.Equal(TivStatus.DidNotExist, series[1985].Status);
        Assert.Equal(16, series.Values.Length);
        var soviet = Arms.Series(Arms.Actor("Soviet Union"), Arms.Actor("Pakistan"), YearRange.Parse("1980-1995"));
        Assert.Equal(TivStatus.DidNotExist, soviet[1995].Status);
        Assert.Contains(soviet.Values.Take(12), v => v.Status == TivStatus.NoDeliveries);
    }

    [Fact]
    public void Tidy_RoundTrip_KeepsEveryObservation()
    {
        var text = TidyTivCsv.ToText(Arms);
        var again = TidyTivCsv.Parse(text, "tidy.csv");
        Assert.Equal(Arms.Observations.OrderBy(o => o.Supplier.Name, StringComparer.Ordinal).ThenBy(o => o.Recipient.Name, StringComparer.Ordinal).ThenBy(o => o.Year).ToList(),
            again.Observations.OrderBy(o => o.Supplier.Name, StringComparer.Ordinal).ThenBy(o => o.Recipient.Name, StringComparer.Ordinal).ThenBy(o => o.Year).ToList());
        Assert.StartsWith("supplier,recipient,year,tiv\n", text, StringComparison.Ordinal);
    }
}
