using Parquet;
using Parquet.Schema;
using TradeArms.Columnar.Format;
using TradeArms.Matrix;
using TradeArms.Text;

namespace TradeArms.Columnar;

/// <summary>
/// Writes and reads a <see cref="BilateralTradeMatrix"/> as Apache Parquet (written directly: dictionary-encoded actors,
/// Snappy compression, row groups encoded in parallel; read with Parquet.Net) in tidy
/// columns: <c>reporter</c>, <c>partner</c>, <c>year</c>, <c>exports</c>, <c>imports</c> (null = missing), one row per
/// pair and period with a value, so the matrix moves to DuckDB, Spark, pandas or polars without CSV. The unit and the
/// source go into the file's key-value metadata.
/// </summary>
/// <example>
/// <code>
/// using (var file = File.Create("dots.parquet")) TradeMatrixParquet.Write(matrix, file);
/// // duckdb: SELECT reporter, sum(exports) FROM 'dots.parquet' GROUP BY reporter;
/// </code>
/// </example>
public static class TradeMatrixParquet
{
    /// <summary>Writes the matrix (and the estimate flags, when it has any), Snappy-compressed.</summary>
    /// <returns>The number of rows written.</returns>
    public static long Write(BilateralTradeMatrix matrix, Stream output) => Write(matrix, output, ParquetCompression.Snappy);

    /// <summary>Writes the matrix (and the estimate flags, when it has any) with the given page compression.</summary>
    /// <returns>The number of rows written.</returns>
    public static long Write(BilateralTradeMatrix matrix, Stream output, ParquetCompression compression) =>
        MatrixParquetWriter.Write(matrix, output, summary: false, compression);

    /// <summary>Writes the matrix with the all-pairs figures of <see cref="TradeMatrixSummary"/>: balance, turnover, coverage, normalised balance.</summary>
    /// <returns>The number of rows written.</returns>
    public static long WriteSummary(BilateralTradeMatrix matrix, Stream output) =>
        MatrixParquetWriter.Write(matrix, output, summary: true, ParquetCompression.Snappy);

    /// <summary>Reads a matrix written by <see cref="Write(BilateralTradeMatrix, Stream)"/> (or any Parquet file with those columns).</summary>
    /// <param name="input">A seekable stream.</param>
    /// <param name="source">The name used in error messages.</param>
    /// <param name="unit">The unit, required when the file has no <c>tradearms.unit</c> metadata; must agree otherwise.</param>
    /// <param name="dataSource">Citation and vintage; by default from the metadata.</param>
    /// <exception cref="DataFormatException">A column is missing or of another type, or a cell repeats.</exception>
    public static BilateralTradeMatrix Read(Stream input, string source, MoneyUnit? unit = null, DataSource? dataSource = null) =>
        ReadAsync(input, source, unit, dataSource).GetAwaiter().GetResult();

    private static async Task<BilateralTradeMatrix> ReadAsync(Stream input, string source, MoneyUnit? unit, DataSource? dataSource)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(source);
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(input, leaveStreamOpen: true).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new DataFormatException(source, 0, 0, "a Parquet file", e.Message);
        }
        await using (reader.ConfigureAwait(false))
        {
            var (builder, fiscal) = MatrixColumns.Builder(reader.CustomMetadata, source, unit, dataSource);
            var fields = reader.Schema.GetDataFields();
            DataField Field(string name, Type type) =>
                fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal)) is { } f
                    ? f.ClrType == type || (type == typeof(string) && f.ClrType == typeof(ReadOnlyMemory<char>)) ? f : throw new DataFormatException(source, 0, 0, $"a {type.Name} column '{name}'", f.ClrType.Name)
                    : throw new DataFormatException(source, 0, 0, $"a column '{name}'", null);
            var reporter = Field("reporter", typeof(string));
            var partner = Field("partner", typeof(string));
            var year = Field("year", typeof(int));
            var exports = Field("exports", typeof(double));
            var imports = Field("imports", typeof(double));
            var exportsEstimated = fields.FirstOrDefault(f => f.Name == "exports_estimated");
            var importsEstimated = fields.FirstOrDefault(f => f.Name == "imports_estimated");
            var row = 0L;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var n = checked((int)group.RowCount);
                var reporters = new string?[n];
                var partners = new string?[n];
                var years = new int[n];
                var x = new double?[n];
                var m = new double?[n];
                await group.ReadAsync(reporter, reporters.AsMemory()).ConfigureAwait(false);
                await group.ReadAsync(partner, partners.AsMemory()).ConfigureAwait(false);
                await group.ReadAsync<int>(year, years.AsMemory()).ConfigureAwait(false);
                await group.ReadAsync<double>(exports, x.AsMemory()).ConfigureAwait(false);
                await group.ReadAsync<double>(imports, m.AsMemory()).ConfigureAwait(false);
                var xe = new bool[n];
                var me = new bool[n];
                if (exportsEstimated is not null && importsEstimated is not null)
                {
                    await group.ReadAsync<bool>(exportsEstimated, xe.AsMemory()).ConfigureAwait(false);
                    await group.ReadAsync<bool>(importsEstimated, me.AsMemory()).ConfigureAwait(false);
                }
                for (var i = 0; i < n; i++)
                {
                    row++;
                    try
                    {
                        var period = MatrixColumns.Period(years[i], fiscal);
                        builder.Add(reporters[i]!, partners[i]!, period, TradeFlow.Exports, x[i], xe[i]);
                        builder.Add(reporters[i]!, partners[i]!, period, TradeFlow.Imports, m[i], me[i]);
                    }
                    catch (ArgumentException e)
                    {
                        throw new DataFormatException(source, checked((int)Math.Min(row, int.MaxValue)), 0, "a valid cell (row number counted from 1 over all row groups)", e.Message);
                    }
                }
            }
            return builder.Build();
        }
    }
}
