using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using TradeArms.Sources;
using TradeArms.Tests.Infrastructure;
using TradeArms.Tests.Sources;

namespace TradeArms.Columnar.Tests;

/// <summary>
/// The README's DuckDB balance and share query ("Beyond one machine"), read from README.md so the two cannot drift,
/// run in-process over Parquet the library writes (<see cref="TradeRecordsParquet.WritePartitioned"/>); every figure
/// must equal <see cref="Balance.Summarise"/> of the library's table for the same pair (relative 1e-9).
/// </summary>
public class ReadmeDuckDbQueryTest
{
    private static string ReadmeSql()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md"));
        var m = Regex.Match(readme, @"<!-- duckdb-balance-query[^>]*-->\s*```sql\n(?<sql>.*?)```", RegexOptions.Singleline | RegexOptions.CultureInvariant);
        Assert.True(m.Success, "README.md has no 'duckdb-balance-query' SQL block");
        return m.Groups["sql"].Value;
    }

    [Fact]
    public void ReadmeQuery_OnDerivedImts_EqualsTheLibrary()
    {
        // DERIVED: the shipped DOTS extract (data/trade) in IMTS SDMX-CSV layout, see DerivedImts.FromDots.
        using var temp = new TempFolder();
        var lines = File.ReadAllLines(RepositoryRoot.Combine("data", "trade", "imf-dots-pakistan-russia.csv"));
        var data = ImtsSdmxCsvReader.Read(temp.Write("imts.csv", DerivedImts.FromDots(lines)));
        var checkedFigures = Check(data, temp);
        // 182 observations: Pakistan with Russia (29 years) and the USSR (33), Russia with Pakistan (29), both flows.
        Assert.Equal(91, checkedFigures.Rows);
        Assert.Equal(91 * 2 + 91 * 2, checkedFigures.Figures); // exports, imports, balance, share: all defined here
    }

    [SharedDataFact]
    public void ReadmeQuery_OnComtradePlusTotals_EqualsTheLibrary()
    {
        // A real Comtrade Plus export: China, Germany and the USA with every partner, TOTAL, 2022.
        using var temp = new TempFolder();
        var data = ComtradeCsvReader.Read(SharedData.Path("comtrade", "nikolinanikolovska__Economic-Analysis-Trade-ML", "TradeData.csv"));
        var result = Check(data, temp);
        Assert.True(result.Rows > 600, $"{result.Rows} rows");
        Assert.True(result.Figures > 2000, $"{result.Figures} figures");
    }

    private static (int Rows, int Figures) Check(TradeDataset data, TempFolder temp)
    {
        var folder = Path.Combine(temp.Path, "out");
        TradeRecordsParquet.WritePartitioned(data, folder);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = ReadmeSql().Replace("'out/", "'" + folder.Replace("'", "''", StringComparison.Ordinal) + "/", StringComparison.Ordinal);
        using var reader = command.ExecuteReader();
        var codes = data.Records.Where(r => r.Reporter is not null).Select(r => r.Reporter!).Distinct()
            .ToDictionary(e => e.Iso3 ?? e.Name, StringComparer.Ordinal);
        var summaries = new Dictionary<(string, string), Dictionary<int, BalancePeriod>>();
        var rows = 0;
        var figures = 0;
        while (reader.Read())
        {
            var year = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
            var reporter = reader.GetString(1);
            if (reader.IsDBNull(2))
            {
                continue; // a partner code the model cannot map: the library has no table for it (it is listed in Unmapped)
            }
            var partner = reader.GetString(2);
            if (partner == reporter)
            {
                continue; // Comtrade's re-imports of a reporter from itself: no bilateral table (the library refuses one economy as both sides)
            }
            if (!summaries.TryGetValue((reporter, partner), out var byYear))
            {
                var r = codes[reporter];
                var p = data.Records.First(x => x.Partner is { } e && (e.Iso3 ?? e.Name) == partner).Partner!;
                byYear = Balance.Summarise(data.Table(r, p)).Rows.ToDictionary(b => b.Period.Start.Year);
                summaries[(reporter, partner)] = byYear;
            }
            var library = byYear[year];
            double? Sql(int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
            figures += Same(library.Exports is { } x ? (double)x.Amount : null, Sql(3), $"{year} {reporter}-{partner} exports");
            figures += Same(library.Imports is { } m ? (double)m.Amount : null, Sql(4), $"{year} {reporter}-{partner} imports");
            figures += Same(library.Balance is { } b ? (double)b.Amount : null, Sql(5), $"{year} {reporter}-{partner} balance");
            figures += Same(library.ExportShare, Sql(6), $"{year} {reporter}-{partner} export share");
            rows++;
        }
        // Every pair-year of the library is a row of the query.
        Assert.Equal(summaries.Values.Sum(s => s.Count), rows);
        return (rows, figures);
    }

    private static int Same(double? library, double? sql, string what)
    {
        Assert.True(library.HasValue == sql.HasValue, $"{what}: library {library}, DuckDB {sql}");
        if (library is not { } l)
        {
            return 0;
        }
        Assert.True(Math.Abs(l - sql!.Value) <= 1e-9 * Math.Max(1, Math.Abs(l)), $"{what}: library {l}, DuckDB {sql}");
        return 1;
    }
}
