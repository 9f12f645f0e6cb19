using System.Globalization;
using Microsoft.Data.Analysis;

namespace TradeArms.Benchmarks;

/// <summary>
/// The baseline: Microsoft.Data.Analysis <c>DataFrame.LoadCsv</c> with the column types given, then a dictionary
/// group-by on (reporter, partner, year) and the same balance columns.
/// </summary>
internal static class DataFrameContender
{
    public static int Run(string path)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var frame = DataFrame.LoadCsv(path, header: true,
            dataTypes: [typeof(string), typeof(string), typeof(int), typeof(string), typeof(double)], cultureInfo: CultureInfo.InvariantCulture);
        var loaded = clock.Elapsed.TotalSeconds;
        var reporters = (StringDataFrameColumn)frame.Columns["reporter"];
        var partners = (StringDataFrameColumn)frame.Columns["partner"];
        var years = (PrimitiveDataFrameColumn<int>)frame.Columns["year"];
        var flows = (StringDataFrameColumn)frame.Columns["flow"];
        var values = (PrimitiveDataFrameColumn<double>)frame.Columns["value"];
        var cells = new Dictionary<(string, string, int), (double X, double M)>();
        var pairs = new HashSet<(string, string)>();
        int minYear = int.MaxValue, maxYear = int.MinValue;
        for (long i = 0; i < frame.Rows.Count; i++)
        {
            var key = (reporters[i], partners[i], years[i]!.Value);
            pairs.Add((key.Item1, key.Item2));
            minYear = Math.Min(minYear, key.Item3);
            maxYear = Math.Max(maxYear, key.Item3);
            var v = values[i] ?? double.NaN;
            var cell = cells.TryGetValue(key, out var c) ? c : (X: double.NaN, M: double.NaN);
            cells[key] = flows[i] == "X" ? (v, cell.M) : (cell.X, v);
        }
        var balances = new Checksums.Balances();
        foreach (var (x, m) in cells.Values)
        {
            balances.Add(x, m);
        }
        Checksums.Print(pairs.Count, maxYear - minYear + 1, balances.Columns());
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dataframe: LoadCsv {loaded:0.000} s, group-by and balances {clock.Elapsed.TotalSeconds - loaded:0.000} s"));
        return 0;
    }
}
