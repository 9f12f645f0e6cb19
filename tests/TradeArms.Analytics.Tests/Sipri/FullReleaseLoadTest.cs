using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Tests.Sipri;

/// <summary>
/// Every SIPRI table of the 2022 release in <c>../shared/data</c> loads. Expected counts were computed independently
/// with python3's csv module over the raw files (cp1252): a cell is a non-empty field of a partner row in the year
/// columns (2-73); e.g. for the by-recipient folder
/// <c>sum(1 for f in glob('*.csv') if f != 'all.csv' for r in list(csv.reader(open(f, encoding='cp1252')))[11:] if r[0] not in ('', 'Total') for c in r[1:73] if c)</c>
/// gives 22223.
/// </summary>
public class FullReleaseLoadTest(FullReleaseFixture data) : IClassFixture<FullReleaseFixture>
{
    [SharedDataFact]
    public void Folders_HoldTheDocumentedNumberOfFiles()
    {
        var byRecipient = Directory.GetFiles(FullReleaseFixture.ByRecipientFolder, "*.csv");
        var byExporter = Directory.GetFiles(FullReleaseFixture.ByExporterFolder, "*.csv");
        Assert.Equal(261, byRecipient.Length);
        Assert.Contains(byRecipient, f => Path.GetFileName(f) == "all.csv");
        Assert.Equal(134, byExporter.Length);
        Assert.All(byExporter, f => Assert.Matches(@"^TIV-Export-[A-Z]{2,3}-1950-2021\.csv$", Path.GetFileName(f)));
    }

    [SharedDataFact]
    public void ByRecipientFolder_LoadsEveryFile()
    {
        var arms = data.ByRecipient;

        Assert.Equal(261, arms.Sources.Length);
        Assert.All(arms.Sources, s => Assert.Equal(new DateOnly(2022, 4, 22), s.Generated));
        Assert.Equal(new YearRange(1950, 2021), arms.Years);
        Assert.Equal(22223, arms.Count);
        Assert.Equal(847, arms.Observations.Count(o => o.Value.Status == TivStatus.BelowHalf));
        Assert.Equal(134, arms.Suppliers.Length);
        Assert.Equal(260, arms.Recipients.Length);
        // The one note: SIPRI records deliveries to South Sudan before its independence (2011), which widens its lifetime.
        Assert.StartsWith("The data record transfers of South Sudan in 2007-", Assert.Single(arms.Notes), StringComparison.Ordinal);
        Assert.All(arms.Suppliers.Concat(arms.Recipients), a => Assert.True(a.IsCatalogued, a.Name));
    }

    [SharedDataFact]
    public void ByExporterFolder_LoadsEveryFile()
    {
        var arms = data.ByExporter;

        Assert.Equal(134, arms.Sources.Length);
        Assert.All(arms.Sources, s => Assert.Equal(new DateOnly(2022, 7, 28), s.Generated));
        Assert.Equal(new YearRange(1950, 2021), arms.Years);
        Assert.Equal(22225, arms.Count);
        Assert.Equal(847, arms.Observations.Count(o => o.Value.Status == TivStatus.BelowHalf));
        Assert.Equal(134, arms.Suppliers.Length);
        Assert.Equal(260, arms.Recipients.Length);
        // The one note: SIPRI records deliveries to South Sudan before its independence (2011), which widens its lifetime.
        Assert.StartsWith("The data record transfers of South Sudan in 2007-", Assert.Single(arms.Notes), StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void EachByExporterFile_IsOneSuppliersExports()
    {
        // One supplier per file, and every file's supplier has deliveries in it.
        var suppliers = data.ByExporter.Sources
            .Select(s => SipriTivTableReader.Read(s.Location!, FullReleaseFixture.Strict).Suppliers.Single())
            .ToList();
        Assert.Equal(134, suppliers.Distinct().Count());
        Assert.Equal(data.ByExporter.Suppliers, suppliers.Order());
    }

    [SharedDataFact]
    public void AllCsv_YieldsOnlyPublishedTotals()
    {
        // all.csv has one row per recipient (its imports from everyone) and SIPRI's world Total row: no cells.
        // Counts: 7729 non-empty year cells in the 260 recipient rows plus their 260 totals; 72 non-empty year cells
        // of the Total row plus its total (python3 over all.csv, as in the class comment).
        var all = SipriTivTableReader.Read(SharedData.Path("sipri-tiv", "by-recipient-2022-04-22", "all.csv"), FullReleaseFixture.Strict);

        Assert.Equal(0, all.Count);
        Assert.Empty(all.Observations);
        Assert.Equal(8062, all.PublishedTotals.Length);
        Assert.Equal(7729 + 260, all.PublishedTotals.Count(t => t.Side == TotalSide.RecipientImports));
        Assert.Equal(72 + 1, all.PublishedTotals.Count(t => t.Side == TotalSide.World));
        Assert.Equal(260, all.PublishedTotals.Select(t => t.Recipient).OfType<Actor>().Distinct().Count());
        // all.csv line 106 (India), column 64 (2012): 4393; line 273 (Total), column 64: 27976; column 74: 2001957.
        var india = Actor.Find("India");
        var india2012 = all.PublishedTotals.Single(t => t.Recipient == india && t.Year == new CalendarYear(2012));
        Assert.Equal(4393, india2012.Value.Millions);
        Assert.Equal("all.csv:106:64", india2012.Location);
        Assert.Equal(27976, all.PublishedTotals.Single(t => t.Side == TotalSide.World && t.Year == new CalendarYear(2012)).Value.Millions);
        Assert.Equal(2001957, all.PublishedTotals.Single(t => t.Side == TotalSide.World && t.Year is null).Value.Millions);
    }

    [SharedDataFact]
    public void FileOrder_DoesNotChangeTheDataset()
    {
        var files = Directory.GetFiles(FullReleaseFixture.ByRecipientFolder, "*.csv").OrderDescending(StringComparer.Ordinal).ToList();
        var reversed = SipriTivTableReader.Read(files, FullReleaseFixture.Strict);
        Assert.Equal(data.ByRecipient.Observations, reversed.Observations);
        Assert.Equal(data.ByRecipient.PublishedTotals.Length, reversed.PublishedTotals.Length);
    }
}
