using System.Text.RegularExpressions;
using TradeArms.Tests.Infrastructure;
using TradeArms.Text;

namespace TradeArms.Tests.Actors;

/// <summary>
/// Every supplier and recipient name in every SIPRI file of <c>../shared/data</c> (2022 TIV tables of both views,
/// the 2024 country totals, and the Recipient and Supplier columns of the 2024-2026 trade registers) is in the actor
/// catalogue, by its SIPRI name or a listed alias: none would have to be inferred. Counts were computed
/// independently with python3 (csv module, cp1252) over the same files and columns.
/// </summary>
public partial class SharedDataActorNamesTest
{
    [SharedDataFact]
    public void EveryActorNameInTheSharedSipriFiles_IsCatalogued()
    {
        var names = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        void Add(string name, string file)
        {
            name = name.Trim();
            if (name.Length > 0)
            {
                (names.TryGetValue(name, out var files) ? files : names[name] = new SortedSet<string>(StringComparer.Ordinal)).Add(file);
            }
        }

        foreach (var folder in new[] { "by-recipient-2022-04-22", "by-exporter-2022-07-28" })
        {
            foreach (var path in Directory.GetFiles(SharedData.Path("sipri-tiv", folder), "*.csv"))
            {
                var lines = CsvTokenizer.Split(TextSource.ReadAllText(path), ',', path);
                var title = TitlePattern().Match(lines[0][0]);
                Assert.True(title.Success, path);
                if (title.Groups[1].Value != "all")
                {
                    Add(title.Groups[1].Value, folder);
                }
                foreach (var line in lines.Skip(11).Where(l => l[0].Length > 0 && l[0] != "Total"))
                {
                    Add(line[0], folder);
                }
            }
        }

        string[] notActors = ["Total world import", "Total world export", "Regional total"];
        foreach (var path in Directory.GetFiles(SharedData.Path("sipri-tiv"), "*.csv", SearchOption.AllDirectories).Where(p => p.Contains("country-totals-", StringComparison.Ordinal)))
        {
            // Header "Recipient,1950,..." or "Exports by,1990,..."; the regional file has the supplier in column 2.
            var lines = Lines(path);
            var header = lines.FindIndex(l => l.StartsWith("Recipient,", StringComparison.Ordinal) || l.StartsWith("Exports by,", StringComparison.Ordinal) || l.StartsWith(",,1990,", StringComparison.Ordinal));
            Assert.True(header > 0, path);
            var column = lines[header].StartsWith(",,", StringComparison.Ordinal) ? 1 : 0;
            foreach (var line in lines.Skip(header + 1).Where(l => l.Length > 0))
            {
                var name = line.Split(',')[column];
                if (!notActors.Contains(name))
                {
                    Add(name, Path.GetFileName(path));
                }
            }
        }

        foreach (var path in Directory.GetFiles(SharedData.Path("sipri-register"), "*.csv", SearchOption.AllDirectories))
        {
            // Line 12 is the header. A record whose Comments hold a line break spans two lines: join them.
            var lines = Lines(path);
            var header = lines[11].Split(',');
            var (recipient, supplier) = (Array.IndexOf(header, "Recipient"), Array.IndexOf(header, "Supplier"));
            Assert.True(recipient >= 0 && supplier >= 0, path);
            var records = 0;
            for (var i = 12; i < lines.Count; i++)
            {
                if (lines[i].Length == 0)
                {
                    continue;
                }
                var fields = lines[i].Split(',');
                if (fields.Length < header.Length && i + 1 < lines.Count)
                {
                    fields = (lines[i] + " " + lines[++i]).Split(',');
                }
                Assert.True(fields.Length == header.Length, $"{path}:{i + 1}");
                Add(fields[recipient], "register " + Path.GetFileName(Path.GetDirectoryName(path)));
                Add(fields[supplier], "register " + Path.GetFileName(Path.GetDirectoryName(path)));
                records++;
            }
            Assert.True(records > 20000, path);
        }

        var unresolved = names.Keys.Where(n => !ActorCatalog.Default.TryFind(n, out var a) || !a.IsCatalogued).Order(StringComparer.Ordinal).ToList();
        Assert.True(unresolved.Count == 0, "Not in the catalogue: " + string.Join(", ", unresolved.Select(n => $"'{n}' ({string.Join(", ", names[n])})")));

        Assert.Equal(274, names.Count);
        Assert.Equal(265, names.Keys.Select(n => ActorCatalog.Default.Find(n)).Distinct().Count());

        // Spellings that are not the catalogue's SIPRI name: later releases' renames, case variants and full names.
        Assert.Equal(
            ["House of Representatives (Libya)* -> Libya HoR*", "PKK (Turkiye)* -> PKK (Turkey)*",
             "Palestinian Islamic Jihad (Israel/Palestine)* -> PIJ (Israel/Palestine)*", "Turkiye -> Turkey",
             "United Arab Emirates -> UAE", "Yemen Arab Republic (North Yemen) -> Yemen Arab Republic",
             "unknown rebel group* -> Unknown rebel group*", "unknown recipient(s) -> Unknown recipient(s)",
             "unknown supplier(s) -> Unknown supplier(s)"],
            names.Keys.Select(n => (Name: n, Actor: ActorCatalog.Default.Find(n).Name))
                .Where(p => p.Name != p.Actor)
                .Select(p => $"{p.Name} -> {p.Actor}")
                .Order(StringComparer.Ordinal));
    }

    /// <summary>The file's lines, decoded as the loaders do; these files use no quoting, so a comma always separates.</summary>
    private static List<string> Lines(string path)
    {
        var text = TextSource.ReadAllText(path);
        Assert.False(text.Contains('"', StringComparison.Ordinal), path + " quotes a field");
        return [.. text.Split('\n').Select(l => l.TrimEnd('\r'))];
    }

    [GeneratedRegex(@"^TIV of arms exports (?:to|from) (.+), \d{4}-\d{4}$")]
    private static partial Regex TitlePattern();
}
