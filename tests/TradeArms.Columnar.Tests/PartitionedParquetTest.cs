using Parquet;
using TradeArms.Sources;
using TradeArms.Tests.Infrastructure;

namespace TradeArms.Columnar.Tests;

/// <summary>Trade records written as Parquet partitioned by year and reporter, read back: every row and value arrives.</summary>
public class PartitionedParquetTest
{
    [SharedDataFact]
    public void Thailand8542_ElevenYearPartitions_HoldEveryRecord()
    {
        using var temp = new TempFolder();
        var data = ComtradeCsvReader.Read(SharedData.Path("comtrade", "methakanb__taiwan-semiconductor-risk-thailand", "TradeData.csv"));
        var files = TradeRecordsParquet.WritePartitioned(data, temp.Path);
        Assert.Equal(11, files.Count); // 2014-2024, one reporter
        Assert.Equal(Path.Combine(temp.Path, "year=2016", "reporter=THA", "part-0.parquet"), files[2]);
        var rows = 0L;
        var sum = 0.0;
        var pakistan2016 = (double?)null;
        foreach (var file in files)
        {
            var (partners, values) = Read(file).GetAwaiter().GetResult();
            rows += values.Length;
            sum += values.Sum(v => v ?? 0);
            if (file.Contains("year=2016", StringComparison.Ordinal))
            {
                pakistan2016 = values[Array.IndexOf(partners, "586")];
            }
        }
        Assert.Equal(1178, rows);
        Assert.Equal((double)data.Records.Sum(r => r.Value?.Value.Amount ?? 0), sum, 1e-3);
        Assert.Equal(21345.41, pakistan2016!.Value, 1e-9); // THA M from PAK 2016
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
    }

    private static async Task<(string?[] Partners, double?[] Values)> Read(string file)
    {
        await using var stream = File.OpenRead(file);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        using var group = reader.OpenRowGroupReader(0);
        var n = checked((int)group.RowCount);
        var partners = new string?[n];
        var values = new double?[n];
        await group.ReadAsync(fields.Single(f => f.Name == "partner_code"), partners.AsMemory());
        await group.ReadAsync<double>(fields.Single(f => f.Name == "value"), values.AsMemory());
        return (partners, values);
    }
}
