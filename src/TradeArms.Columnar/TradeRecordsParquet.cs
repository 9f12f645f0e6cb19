using System.Globalization;
using Parquet;
using Parquet.Schema;
using TradeArms.Sources;

namespace TradeArms.Columnar;

/// <summary>
/// Writes trade records (Comtrade, BACI, IMTS) as Parquet partitioned by year and reporter in the Hive layout
/// (<c>year=2016/reporter=THA/part-0.parquet</c>) that DuckDB (<c>read_parquet('out/*/*/*.parquet', hive_partitioning = true)</c>)
/// and Spark (<c>spark.read.parquet("out/")</c>) read as they are, so data larger than one machine's memory stay queryable.
/// </summary>
/// <remarks>
/// Columns: <c>reporter_code, partner_code, partner, flow, period, classification, product, value, unit, valuation</c>
/// (<c>value</c> null when missing; <c>partner</c> the ISO alpha-3 code or the economy's name, empty when unmapped). The
/// partition values are the year and the reporter's ISO alpha-3 code (its source code when it has none). Each file is
/// written to a temporary name and renamed, so a reader never sees half a file.
/// </remarks>
public static class TradeRecordsParquet
{
    /// <summary>Writes the records under <paramref name="folder"/>; returns the files written, in partition order.</summary>
    public static IReadOnlyList<string> WritePartitioned(TradeDataset data, string folder)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(folder);
        var files = new List<string>();
        // Grouped by row number, so that only one partition's records are built at a time (the dataset keeps columns).
        var records = data.Records;
        foreach (var partition in Enumerable.Range(0, records.Count).GroupBy(i => PartitionOf(records[i])).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Reporter, StringComparer.Ordinal))
        {
            var directory = Path.Combine(folder, "year=" + partition.Key.Year.ToString(CultureInfo.InvariantCulture), "reporter=" + partition.Key.Reporter);
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, "part-0.parquet");
            var temp = Path.Combine(directory, ".part-0.parquet." + Guid.NewGuid().ToString("N") + ".tmp");
            try
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    WriteAsync([.. partition.Select(i => records[i])], stream, data.Source).GetAwaiter().GetResult();
                }
                File.Move(temp, path, overwrite: true);
            }
            finally
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
            files.Add(path);
        }
        return files;
    }

    private static (int Year, string Reporter) PartitionOf(TradeRecord r) => (r.Period.Year, r.Reporter?.Iso3 ?? r.ReporterCode);

    private static async Task WriteAsync(IReadOnlyList<TradeRecord> records, Stream output, DataSource source)
    {
        var names = new[] { "reporter_code", "partner_code", "partner", "flow", "period", "classification", "product", "unit", "valuation" };
        var text = names.Select(n => new DataField<string>(n, true)).ToArray();
        var value = new DataField<double?>("value");
        var schema = new ParquetSchema([.. text.Take(7), value, .. text.Skip(7)]);
        string?[][] columns =
        [
            [.. records.Select(r => r.ReporterCode)],
            [.. records.Select(r => r.PartnerCode)],
            [.. records.Select(r => r.Partner?.Iso3 ?? r.Partner?.Name)],
            [.. records.Select(r => r.Flow.ToString().ToLowerInvariant())],
            [.. records.Select(r => r.Period.ToString())],
            [.. records.Select(r => r.Product?.Classification.Name)],
            [.. records.Select(r => r.Product?.Code)],
            [.. records.Select(r => r.Value?.Value.Unit.ToString())],
            [.. records.Select(r => r.Value?.Valuation.ToString().ToLowerInvariant())],
        ];
        await using var writer = await ParquetWriter.CreateAsync(schema, output, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }).ConfigureAwait(false);
        writer.CustomMetadata = new Dictionary<string, string> { ["source"] = source.Citation, ["vintage"] = source.Vintage ?? "" };
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < 7; i++)
        {
            await group.WriteAsync(text[i], columns[i]).ConfigureAwait(false);
        }
        await group.WriteAsync<double>(value, records.Select(r => r.Value is { } v ? (double?)(double)v.Value.Amount : null).ToArray()).ConfigureAwait(false);
        for (var i = 7; i < 9; i++)
        {
            await group.WriteAsync(text[i], columns[i]).ConfigureAwait(false);
        }
    }
}
