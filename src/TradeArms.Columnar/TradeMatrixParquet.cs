using Parquet;
using Parquet.Schema;
using TradeArms.Matrix;
using TradeArms.Text;

namespace TradeArms.Columnar;

/// <summary>
/// Writes and reads a <see cref="BilateralTradeMatrix"/> as Apache Parquet (Parquet.Net, Snappy compression) in tidy
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
    /// <summary>Writes the matrix (and the estimate flags, when it has any).</summary>
    /// <returns>The number of rows written.</returns>
    public static long Write(BilateralTradeMatrix matrix, Stream output) => WriteColumns(matrix, output, summary: false);

    /// <summary>Writes the matrix with the all-pairs figures of <see cref="TradeMatrixSummary"/>: balance, turnover, coverage, normalised balance.</summary>
    /// <returns>The number of rows written.</returns>
    public static long WriteSummary(BilateralTradeMatrix matrix, Stream output) => WriteColumns(matrix, output, summary: true);

    /// <summary>Reads a matrix written by <see cref="Write"/> (or any Parquet file with those columns).</summary>
    /// <param name="input">A seekable stream.</param>
    /// <param name="source">The name used in error messages.</param>
    /// <param name="unit">The unit, required when the file has no <c>tradearms.unit</c> metadata; must agree otherwise.</param>
    /// <param name="dataSource">Citation and vintage; by default from the metadata.</param>
    /// <exception cref="DataFormatException">A column is missing or of another type, or a cell repeats.</exception>
    public static BilateralTradeMatrix Read(Stream input, string source, MoneyUnit? unit = null, DataSource? dataSource = null) =>
        ReadAsync(input, source, unit, dataSource).GetAwaiter().GetResult();

    private static long WriteColumns(BilateralTradeMatrix matrix, Stream output, bool summary) =>
        WriteAsync(matrix, output, summary).GetAwaiter().GetResult();

    private static async Task<long> WriteAsync(BilateralTradeMatrix matrix, Stream output, bool summary)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(output);
        var reporter = new DataField<string>("reporter", false);
        var partner = new DataField<string>("partner", false);
        var year = new DataField<int>("year");
        var fields = new List<DataField> { reporter, partner, year, new DataField<double?>("exports"), new DataField<double?>("imports") };
        if (matrix.HasEstimates)
        {
            fields.Add(new DataField<bool>("exports_estimated"));
            fields.Add(new DataField<bool>("imports_estimated"));
        }
        if (summary)
        {
            fields.AddRange([new DataField<double?>("balance"), new DataField<double?>("turnover"), new DataField<double?>("coverage"), new DataField<double?>("normalised_balance")]);
        }
        var schema = new ParquetSchema(fields);
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        var rows = 0L;
        await using (var writer = await ParquetWriter.CreateAsync(schema, output, options).ConfigureAwait(false))
        {
            writer.CustomMetadata = MatrixColumns.Metadata(matrix);
            var cells = new List<(int Pair, int Period)>();
            foreach (var count in MatrixColumns.Batches(matrix, cells))
            {
                var reporters = new string[count];
                var partners = new string[count];
                var years = new int[count];
                var columns = new double?[summary ? 6 : 2][];
                for (var c = 0; c < columns.Length; c++)
                {
                    columns[c] = new double?[count];
                }
                var estimated = matrix.HasEstimates ? new[] { new bool[count], new bool[count] } : null;
                for (var i = 0; i < count; i++)
                {
                    var (pair, t) = cells[i];
                    reporters[i] = matrix.Actors[matrix.ReporterOf(pair)];
                    partners[i] = matrix.Actors[matrix.PartnerOf(pair)];
                    years[i] = matrix.Periods[t].Start.Year;
                    var x = matrix.Values(pair, TradeFlow.Exports)[t];
                    var m = matrix.Values(pair, TradeFlow.Imports)[t];
                    columns[0][i] = Nullable(x);
                    columns[1][i] = Nullable(m);
                    if (summary)
                    {
                        columns[2][i] = Nullable(x - m);
                        columns[3][i] = Nullable(x + m);
                        columns[4][i] = Nullable(m == 0 ? double.NaN : x / m);
                        columns[5][i] = Nullable(x + m == 0 ? double.NaN : (x - m) / (x + m));
                    }
                    if (estimated is not null)
                    {
                        estimated[0][i] = matrix.IsEstimated(pair, t, TradeFlow.Exports);
                        estimated[1][i] = matrix.IsEstimated(pair, t, TradeFlow.Imports);
                    }
                }
                using var group = writer.CreateRowGroup();
                await group.WriteAsync(reporter, reporters).ConfigureAwait(false);
                await group.WriteAsync(partner, partners).ConfigureAwait(false);
                await group.WriteAsync<int>(year, years).ConfigureAwait(false);
                await group.WriteAsync<double>(fields[3], columns[0]).ConfigureAwait(false);
                await group.WriteAsync<double>(fields[4], columns[1]).ConfigureAwait(false);
                var next = 5;
                if (estimated is not null)
                {
                    await group.WriteAsync<bool>(fields[next++], estimated[0]).ConfigureAwait(false);
                    await group.WriteAsync<bool>(fields[next++], estimated[1]).ConfigureAwait(false);
                }
                for (var c = 2; c < columns.Length; c++)
                {
                    await group.WriteAsync<double>(fields[next++], columns[c]).ConfigureAwait(false);
                }
                rows += count;
            }
        }
        await output.FlushAsync().ConfigureAwait(false);
        return rows;
    }

    private static double? Nullable(double value) => double.IsNaN(value) ? null : value;

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
