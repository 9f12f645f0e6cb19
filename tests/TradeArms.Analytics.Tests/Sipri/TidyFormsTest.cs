using System.Globalization;
using TradeArms.Sipri;
using TradeArms.Tests.Infrastructure;
using TradeArms.Text;

namespace TradeArms.Tests.Sipri;

/// <summary>
/// The SIPRI tables against the tidy long forms others made of the same release: lajh87's <c>import_tiv.csv</c> and
/// <c>export_tiv.csv</c> (from the April 2022 download) and 360info's <c>sipri-exports-processed.csv</c> (from the
/// July 2022 exporter tables). Counts were computed independently with python3's csv module.
/// </summary>
public class TidyFormsTest(FullReleaseFixture data) : IClassFixture<FullReleaseFixture>
{
    private static readonly Lazy<ArmsTransfers> s_processed360info = new(() =>
        TidyTivCsv.Read(SharedData.Path("sipri-tiv", "tidy-360info-2022-08", "sipri-exports-processed.csv"), FullReleaseFixture.Strict));

    [SharedDataFact]
    public void ImportTiv_HoldsEveryByRecipientCellAndPrintedTotal_WithTheAllRowsSwapped()
    {
        // import_tiv.csv: "Import_To","Export_From","Year","TIV"; "Total" stands for a Total row or column and
        // "All" for all.csv. In the "All" rows the actor columns are swapped (sipri-tiv/README.md): "All","India",y
        // is India's imports from everyone, so it is read here as recipient India.
        var tidy = new Dictionary<string, Tiv>(StringComparer.Ordinal);
        var lines = CsvTokenizer.Split(TextSource.ReadAllText(SharedData.Path("sipri-tiv", "import_tiv.csv")), ',', "import_tiv.csv");
        Assert.Equal(["Import_To", "Export_From", "Year", "TIV"], lines[0].Fields);
        foreach (var line in lines.Skip(1))
        {
            var (to, from, year) = (line[0], line[1], line[2]);
            var value = SipriTivTableReader.ParseCell(line[3], "import_tiv.csv", line.Number, 4);
            var key = (to, from, year) switch
            {
                ("All", "Total", _) => $"world|{year}",
                ("All", _, _) => $"all.csv|{Name(from)}|{year}",
                (_, "Total", _) => $"total row|{Name(to)}|{year}",
                (_, _, "Total") => $"pair|{Name(from)}|{Name(to)}",
                _ => $"cell|{Name(from)}|{Name(to)}|{year}",
            };
            Assert.True(tidy.TryAdd(key, value), key);
        }

        var expected = Keys(data.ByRecipient);

        // 22223 cells, 2940 pair totals, 7729 + 260 Total-row figures, the same again from all.csv, 72 + 1 world totals.
        Assert.Equal(41214, tidy.Count);
        Assert.Equal(22223, tidy.Keys.Count(k => k.StartsWith("cell|", StringComparison.Ordinal)));
        Assert.Equal(expected.Count, tidy.Count);
        var differing = expected.Where(e => !tidy.TryGetValue(e.Key, out var v) || v != e.Value).Select(e => e.Key).ToList();
        Assert.True(differing.Count == 0, string.Join('\n', differing.Take(20)));
        // The swap, spelled out: "All","India","2012" is 4393 = India's imports in 2012 (all.csv line 106).
        Assert.Equal(4393, tidy["all.csv|India|2012"].Millions);
    }

    [SharedDataFact]
    public void ExportTiv_FromTheAprilDownload_MatchesTheAprilCells_NotTheJulyRevision()
    {
        // export_tiv.csv: "Export_From","Import_To","Year","TIV". Its cells are those of the by-recipient tables of
        // 22 April 2022; the four cells SIPRI revised by 28 July (see ReleaseViewsTest) keep their April values.
        var april = new Dictionary<(string, string, int), Tiv>();
        foreach (var line in CsvTokenizer.Split(TextSource.ReadAllText(SharedData.Path("sipri-tiv", "export_tiv.csv")), ',', "export_tiv.csv").Skip(1))
        {
            if (line[0] != "All" && line[1] != "Total" && line[2] != "Total")
            {
                april.Add((Name(line[0]), Name(line[1]), int.Parse(line[2], CultureInfo.InvariantCulture)),
                    SipriTivTableReader.ParseCell(line[3], "export_tiv.csv", line.Number, 4));
            }
        }
        var byRecipient = data.ByRecipient.Observations.ToDictionary(o => (o.Supplier.Name, o.Recipient.Name, o.Year.Year), o => o.Value);
        var byExporter = data.ByExporter.Observations.ToDictionary(o => (o.Supplier.Name, o.Recipient.Name, o.Year.Year), o => o.Value);

        Assert.Equal(22223, april.Count);
        Assert.All(byRecipient, c => Assert.Equal(c.Value, april[c.Key]));
        Assert.Equal(4, byExporter.Keys.Union(april.Keys).Count(k => april.GetValueOrDefault(k) != byExporter.GetValueOrDefault(k)));
        Assert.Equal(198, april[("France", "UAE", 1977)].Millions);
        Assert.False(april.ContainsKey(("France", "Afghanistan", 1977)));
    }

    [SharedDataFact]
    public void ExportTiv_AllRowsAreSwappedToo()
    {
        // Not only import_tiv.csv: in export_tiv.csv "All","France","1977" is 2681, France's *exports* in 1977 (the
        // Total row of TIV-Export-FRA-1950-2021.csv), not its imports (204 in all.csv). The README warns about
        // import_tiv.csv only.
        var rows = CsvTokenizer.Split(TextSource.ReadAllText(SharedData.Path("sipri-tiv", "export_tiv.csv")), ',', "export_tiv.csv");
        Assert.Equal(["Export_From", "Import_To", "Year", "TIV"], rows[0].Fields);
        Assert.Equal("2681", rows.Single(l => l[0] == "All" && l[1] == "France" && l[2] == "1977")[3]);
        var france = Actor.Find("France");
        var printedExports = data.ByExporter.PublishedTotals.Single(t => t.Side == TotalSide.SupplierExports && t.Supplier == france && t.Year == new CalendarYear(1977));
        Assert.Equal(2681, printedExports.Value.Millions);
    }

    [SharedDataFact]
    public void Processed360info_AgreesWithTheByExporterTables_WhereverItHasTheCell()
    {
        // 360info's processed file loads with TidyTivCsv (value column named "value"; its six extra columns are
        // ignored by name). All 21324 of its cells equal the by-exporter cells of 28 July 2022; it lacks 901 of the
        // 22225: 841 involving Germany in 1953-1990 and 60 others delivered before the recipient's or supplier's
        // entry in 360info's year-by-year state list (Zimbabwe 1954-1963, Kuwait 1953-1960, South Sudan 2007-2011,
        // ...), apparently dropped when 360info joined Correlates of War codes by year.
        var tidy = s_processed360info.Value;
        var july = data.ByExporter.Observations.ToDictionary(o => (o.Supplier, o.Recipient, o.Year), o => o.Value);

        Assert.Equal(21324, tidy.Count);
        Assert.Equal(808, tidy.Observations.Count(o => o.Value.Status == TivStatus.BelowHalf));
        Assert.Empty(tidy.Notes);
        Assert.All(tidy.Observations, o => Assert.Equal(july[(o.Supplier, o.Recipient, o.Year)], o.Value));

        var inTidy = tidy.Observations.Select(o => (o.Supplier, o.Recipient, o.Year)).ToHashSet();
        var missing = july.Keys.Where(k => !inTidy.Contains(k)).ToList();
        Assert.Equal(901, missing.Count);
        var germany = Actor.Find("Germany");
        Assert.Equal(841, missing.Count(k => (k.Supplier == germany || k.Recipient == germany) && k.Year.Year <= 1990));
        Assert.Equal(841, july.Keys.Count(k => (k.Supplier == germany || k.Recipient == germany) && k.Year.Year <= 1990));
        Assert.Contains((Actor.Find("United Kingdom"), Actor.Find("Zimbabwe"), new CalendarYear(1958)), missing);
    }

    [SharedDataFact]
    public void Processed360info_TheRevisedCells_HaveTheirJulyValues()
    {
        var tidy = s_processed360info.Value;
        var france = Actor.Find("France");
        Assert.Equal(192, tidy.Series(france, Actor.Find("UAE"))[1977].Millions);
        Assert.Equal(6, tidy.Series(france, Actor.Find("Afghanistan"))[1978].Millions);
    }

    private static string Name(string sipriName) => Actor.Find(sipriName).Name;

    /// <summary>Every cell and printed total of a by-recipient load, keyed as the import_tiv.csv rows are read above.</summary>
    private static Dictionary<string, Tiv> Keys(ArmsTransfers arms)
    {
        var keys = arms.Observations.ToDictionary(o => $"cell|{o.Supplier}|{o.Recipient}|{o.Year}", o => o.Value, StringComparer.Ordinal);
        foreach (var t in arms.PublishedTotals)
        {
            var year = t.Year?.ToString() ?? "Total";
            var key = t.Side switch
            {
                TotalSide.World => $"world|{year}",
                TotalSide.Pair => $"pair|{t.Supplier}|{t.Recipient}",
                TotalSide.RecipientImports when t.Location.StartsWith("all.csv:", StringComparison.Ordinal) => $"all.csv|{t.Recipient}|{year}",
                TotalSide.RecipientImports => $"total row|{t.Recipient}|{year}",
                _ => throw new InvalidOperationException(t.ToString()),
            };
            keys.Add(key, t.Value);
        }
        return keys;
    }
}
