using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;
using TradeArms.Text;

namespace TradeArms.Tests.Sipri;

/// <summary>
/// The by-recipient (generated 22 April 2022) and by-exporter (generated 28 July 2022) views of SIPRI's 2022 release,
/// compared cell by cell. They agree everywhere except four cells: between the two generation dates SIPRI moved
/// about 11 TIV million of French deliveries in 1977-1978 from the UAE to Afghanistan.
/// </summary>
/// <remarks>
/// Found with python3 (csv, cp1252) by keying every non-empty cell of both folders by (supplier, recipient, year) and
/// comparing the two dictionaries; checked by hand in the files:
/// UAE.csv line 19 (France): 1977 = 198, 1978 = 121, Total 8804; TIV-Export-FRA-1950-2021.csv line 137 (UAE):
/// 192, 115, Total 8793; line 12 (Afghanistan): 6, 6, Total 11; Afghanistan.csv has no France row. France's
/// Total row (line 153) still reads 2681 for 1977 and 3263 for 1978, and the recipients' totals in all.csv are
/// unchanged (UAE 294 and 207, Afghanistan 75 and 281), as they are computed from the April data.
/// lajh87's export_tiv.csv (made from the April download) has France -> UAE 1977 = 198 and no France -> Afghanistan
/// row, so this is a revision between generation dates, not a difference between the two views.
/// </remarks>
public class ReleaseViewsTest(FullReleaseFixture data) : IClassFixture<FullReleaseFixture>
{
    [SharedDataFact]
    public void TheTwoViews_DifferInExactlyFourCells()
    {
        var byRecipient = Cells(data.ByRecipient);
        var byExporter = Cells(data.ByExporter);

        var differing = byRecipient.Keys.Union(byExporter.Keys)
            .Where(k => byRecipient.GetValueOrDefault(k) != byExporter.GetValueOrDefault(k))
            .Select(k => (k.Supplier, k.Recipient, k.Year,
                April: byRecipient.TryGetValue(k, out var a) ? a.Millions : (double?)null,
                July: byExporter.TryGetValue(k, out var j) ? j.Millions : (double?)null))
            .OrderBy(d => d.Recipient, StringComparer.Ordinal).ThenBy(d => d.Year)
            .ToList();

        Assert.Equal(
            [("France", "Afghanistan", 1977, null, 6.0), ("France", "Afghanistan", 1978, null, 6.0),
             ("France", "UAE", 1977, 198.0, 192.0), ("France", "UAE", 1978, 121.0, 115.0)],
            differing);
        Assert.Equal(22223 - 2, byRecipient.Keys.Intersect(byExporter.Keys).Count(k => byRecipient[k] == byExporter[k]));
    }

    [SharedDataFact]
    public void TheTwoViews_AgreePairByPair_ExceptTheRevisedPairs()
    {
        var byRecipient = data.ByRecipient;
        var byExporter = data.ByExporter;
        var pairs = byRecipient.Observations.Concat(byExporter.Observations)
            .Select(o => (o.Supplier, o.Recipient)).Distinct().ToList();

        var differing = pairs
            .Where(p => !byRecipient.Series(p.Supplier, p.Recipient).Values.SequenceEqual(byExporter.Series(p.Supplier, p.Recipient).Values))
            .Select(p => p.Supplier.Name + " -> " + p.Recipient.Name)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(2941, pairs.Count);
        Assert.Equal(["France -> Afghanistan", "France -> UAE"], differing);
    }

    [SharedDataFact]
    public void TheTwoViews_PrintDifferentPairTotals_OnlyForTheRevisedPairs()
    {
        var april = PairTotals(data.ByRecipient);
        var july = PairTotals(data.ByExporter);

        var differing = april.Keys.Union(july.Keys)
            .Where(k => april.GetValueOrDefault(k) != july.GetValueOrDefault(k))
            .Select(k => (k, april.GetValueOrDefault(k), july.GetValueOrDefault(k)))
            .OrderBy(d => d.k, StringComparer.Ordinal)
            .ToList();

        Assert.Equal([("France -> Afghanistan", 0.0, 11.0), ("France -> UAE", 8804.0, 8793.0)], differing);
    }

    [SharedDataFact]
    public void TheRevision_MovesDeliveriesBetweenRecipients_FranceTotalUnchanged()
    {
        var france = Actor.Find("France");
        var window = YearRange.Parse("1977-1978");
        // France's cells of 1977-1978 sum to 5950 in both views (python3: the FRA file's rows, columns 29-30; the
        // printed Total row gives 2681 + 3263 = 5944, within rounding).
        Assert.Equal(5950, data.ByRecipient.Total(window, supplier: france).Millions);
        Assert.Equal(5950, data.ByExporter.Total(window, supplier: france).Millions);
        var uae = Actor.Find("UAE");
        var afghanistan = Actor.Find("Afghanistan");
        Assert.Equal(data.ByRecipient.Total(window, recipient: uae).Millions - 12, data.ByExporter.Total(window, recipient: uae).Millions);
        Assert.Equal(data.ByRecipient.Total(window, recipient: afghanistan).Millions + 12, data.ByExporter.Total(window, recipient: afghanistan).Millions);
    }

    [SharedDataFact]
    public void BothFoldersAsOneDataset_FailAtTheFirstConflictingCell()
    {
        // The reader refuses to merge two files that give one cell different values, and names both places.
        var files = Directory.GetFiles(FullReleaseFixture.ByRecipientFolder, "*.csv").Order(StringComparer.Ordinal)
            .Concat(Directory.GetFiles(FullReleaseFixture.ByExporterFolder, "*.csv").Order(StringComparer.Ordinal))
            .ToList();
        var uae = Path.Combine(FullReleaseFixture.ByRecipientFolder, "UAE.csv");
        var fra = Path.Combine(FullReleaseFixture.ByExporterFolder, "TIV-Export-FRA-1950-2021.csv");

        // Two releases (generated 22 April and 28 July 2022): refused unless combined explicitly, at the first file of
        // the second release; and, combined, refused at the first cell the releases give differently.
        var mixed = Assert.Throws<DataFormatException>(() => SipriTivTableReader.Read(files, FullReleaseFixture.Strict));
        Assert.Contains("expected a table of the same SIPRI release as", mixed.Message, StringComparison.Ordinal);
        Assert.EndsWith("found 'generated 2022-07-28'.", mixed.Message, StringComparison.Ordinal);

        var e = Assert.Throws<DataFormatException>(() => SipriTivTableReader.Read(files, FullReleaseFixture.Strict with { CombineReleases = true }));

        Assert.Equal($"{fra}:137:29: expected the value given for France -> UAE 1977 at {uae}:19:29 (198 TIV million), found '192 TIV million'.", e.Message);
        Assert.Equal((fra, 137, 29), (e.Source, e.Line, e.Column));
    }

    private static Dictionary<(string Supplier, string Recipient, int Year), Tiv> Cells(ArmsTransfers arms) =>
        arms.Observations.ToDictionary(o => (o.Supplier.Name, o.Recipient.Name, o.Year.Year), o => o.Value);

    private static Dictionary<string, double> PairTotals(ArmsTransfers arms) =>
        arms.PublishedTotals.Where(t => t.Side == TotalSide.Pair)
            .ToDictionary(t => t.Supplier!.Name + " -> " + t.Recipient!.Name, t => t.Value.Millions, StringComparer.Ordinal);
}
